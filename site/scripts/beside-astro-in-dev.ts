// `astro dev` serves the files a build makes beside Astro (beside-astro.ts):
// each page's share preview (its og:image) and the download files (CSV, JSON,
// chart SVG of each KPI and tile), made on request from the site's current
// modules. Without this they would be missing in development: `astro build`
// alone does not make them either.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { AstroIntegration } from 'astro';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Through Vite, as the pages are: the source as it is now, not as it was when the server started. */
const load = <T>(server: DevServer, path: string) => server.ssrLoadModule(path) as Promise<T>;

/** The bytes of the file made beside Astro at `path`; undefined for any other path. */
async function fileAt(server: DevServer, path: string): Promise<Uint8Array | undefined> {
  if (path.endsWith('.png')) {
    const images = await load<typeof import('../src/data/site-images.ts')>(server, '/src/data/site-images.ts');
    const preview = (await images.sharePreviews()).find((p) => p.path === path);
    if (!preview) return undefined;
    const { renderPng } = await load<typeof import('../src/lib/images/png.ts')>(server, '/src/lib/images/png.ts');
    const png = await renderPng(preview.svg);
    return 'bytes' in png ? png.bytes : readFileSync(png.file);
  }
  const downloads = await load<typeof import('../src/data/download-files.ts')>(server, '/src/data/download-files.ts');
  return (await downloads.downloadFiles()).find((f) => f.path === path)?.bytes();
}

export function besideAstroInDev(): AstroIntegration {
  return {
    name: 'sdd:beside-astro-in-dev',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          let path: string;
          try {
            path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          } catch {
            return next();
          }
          const type = CONTENT_TYPES[extname(path)];
          if (!type) return next();
          fileAt(server, path).then((bytes) => {
            if (!bytes) return next();
            response.setHeader('Content-Type', type);
            response.setHeader('Cache-Control', 'no-store');
            response.end(bytes);
          }, next);
        });
      },
    },
  };
}
