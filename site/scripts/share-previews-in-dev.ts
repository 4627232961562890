// `astro dev` serves each page's share preview (its og:image) as a build
// places it: share-previews.ts runs beside `astro build` only, so without this
// the previews a page names would be missing in development.
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** The PNG of the share preview at `path`, drawn from the site's current modules; undefined for any other path. */
async function previewPng(server: DevServer, path: string): Promise<Buffer | undefined> {
  // Through Vite, as the pages are: the source as it is now, not as it was when the server started.
  const images = (await server.ssrLoadModule(
    '/src/data/site-images.ts',
  )) as typeof import('../src/data/site-images.ts');
  const preview = (await images.sharePreviews()).find((p) => p.path === path);
  if (!preview) return undefined;
  const { renderPng } = (await server.ssrLoadModule(
    '/src/lib/images/png.ts',
  )) as typeof import('../src/lib/images/png.ts');
  const png = await renderPng(preview.svg);
  return 'bytes' in png ? png.bytes : readFileSync(png.file);
}

export function sharePreviewsInDev(): AstroIntegration {
  return {
    name: 'sdd:share-previews-in-dev',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURI(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!path.endsWith('.png')) return next();
          previewPng(server, path).then((png) => {
            if (!png) return next();
            response.setHeader('Content-Type', 'image/png');
            response.setHeader('Cache-Control', 'no-store');
            response.end(png);
          }, next);
        });
      },
    },
  };
}
