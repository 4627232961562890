// `astro dev` serves the files a build makes beside Astro
// (scripts/beside-astro-in-dev.ts): the share preview each page names as its
// og:image, and the download files (CSV, JSON, chart SVG), the same bytes as
// in the build. Without the dev middleware they were missing in development.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../cms/scripts/free-port.ts';
import { pngSize } from '../support/png-size.ts';

const SITE = join(import.meta.dirname, '..', '..');
const ASTRO = join(
  dirname(createRequire(join(SITE, 'package.json')).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
);

/** Resolves once `url` answers, or fails with the server's output after `ms`. */
async function answering(url: string, server: { output: string }, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro dev did not answer at ${url}:\n${server.output}`);
}

describe('astro dev', () => {
  let dev: ChildProcess | undefined;
  let base = '';
  const scratch = mkdtempSync(join(tmpdir(), 'sdd-dev-'));
  const server = { output: '' };

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: SITE,
      env: {
        // Without Vitest's own variables: with VITEST set, astro dev answers every page with 404.
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
        SITE_IMAGE_CACHE: join(scratch, 'images'),
        SITE_CACHE_DIR: join(scratch, 'astro'),
        SNAPSHOT_FILE: join(SITE, 'fixtures', 'demo-snapshot.json'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [dev.stdout, dev.stderr]) stream?.on('data', (chunk) => (server.output += String(chunk)));
    await answering(`${base}/`, server);
  }, 90_000);
  afterAll(() => {
    dev?.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  });

  it('serves the share preview a KPI page, a tile page and the home page name as og:image', async () => {
    for (const page of ['/kennzahlen/kli-01/', '/kacheln/co2-bilanz/', '/']) {
      const html = await (await fetch(`${base}${page}`)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, page).toMatch(/vorschau\.png$/);
      const response = await fetch(`${base}${new URL(image!).pathname}`);
      expect(response.status, image).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('serves the download files of a KPI and a tile as the build writes them', async () => {
    const siteDir = inject('siteDir');
    for (const [path, type] of [
      ['/kennzahlen/kli-01.csv', 'text/csv; charset=utf-8'],
      ['/kennzahlen/kli-01.json', 'application/json; charset=utf-8'],
      ['/kennzahlen/kli-01.svg', 'image/svg+xml; charset=utf-8'],
      ['/daten/excel/kli-01.csv', 'text/csv; charset=utf-8'],
      ['/kacheln/co2-bilanz.csv', 'text/csv; charset=utf-8'],
      ['/kacheln/co2-bilanz.json', 'application/json; charset=utf-8'],
      ['/kacheln/co2-bilanz.svg', 'image/svg+xml; charset=utf-8'],
    ] as const) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      const served = Buffer.from(await response.arrayBuffer());
      // The build's own address is in the chart images' credit line; astro dev has the same (SITE_URL unset).
      expect(served.equals(readFileSync(join(siteDir, path))), path).toBe(true);
    }
  });

  it('answers 404 for the preview of a KPI that does not exist', async () => {
    expect((await fetch(`${base}/kennzahlen/gibt-es-nicht.vorschau.png`)).status).toBe(404);
    expect((await fetch(`${base}/kennzahlen/gibt-es-nicht.csv`)).status).toBe(404);
    // A path that is no valid URL encoding: passed on to Astro, which answers it as any such page path (500 in
    // astro dev 7.3); the server keeps answering.
    const malformed = (await fetch(`${base}/%E0%A4%A.csv`)).status;
    expect(malformed).toBe((await fetch(`${base}/%E0%A4%A/`)).status);
    expect((await fetch(`${base}/kennzahlen/kli-01.csv`)).status).toBe(200);
  });
});
