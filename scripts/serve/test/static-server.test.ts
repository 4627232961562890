// The built-in static server of `npm start` and the site tests serves like
// the production nginx of docs/deployment.md: the snippet's security headers
// (all but HSTS), year-long caching for /_astro/ only, ETag revalidation,
// brotli or gzip for text — and nothing compressed that should not be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../cms/scripts/free-port.ts';
import { startStaticServer } from '../static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'sdd-static-'));
const page = `<!doctype html><html lang="de"><body>${'<p>Kennzahl</p>'.repeat(200)}</body></html>`;
const csv = `\uFEFFkennzahl_code,wert\r\n${'KLI-01,12.5\r\n'.repeat(100)}`;
let server: Server;
let base = '';

function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    request(`${base}${path}`, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res
        .on('data', (c: Buffer) => chunks.push(c))
        .on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

beforeAll(async () => {
  mkdirSync(join(root, '_astro'));
  mkdirSync(join(root, 'daten'));
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, '404.html'), `<!doctype html><title>Nicht gefunden</title>${' '.repeat(600)}`);
  writeFileSync(join(root, '_astro', 'chart.AbC123.js'), `export const x = ${JSON.stringify('a'.repeat(5000))};`);
  writeFileSync(join(root, 'daten', 'kennzahlen.csv'), csv);
  writeFileSync(
    join(root, 'daten', 'katalog.ttl'),
    `@prefix dcat: <http://www.w3.org/ns/dcat#> .\n${'<a> a dcat:Dataset .\n'.repeat(60)}`,
  );
  writeFileSync(join(root, 'daten', 'offene-daten.zip'), Buffer.alloc(4096, 7));
  writeFileSync(join(root, 'robots.txt'), 'User-agent: *\n');
  base = `http://127.0.0.1:${await freePort()}`;
  server = await startStaticServer(() => root, Number(base.split(':')[2]));
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(root, { recursive: true, force: true });
});

describe('static server', () => {
  it('sends brotli when asked, else gzip, else plain — the same bytes each time', async () => {
    const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(br.body.length).toBeLessThan(page.length / 5);
    const gz = await get('/daten/kennzahlen.csv', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(csv);
    expect(gz.headers.vary).toBe('Accept-Encoding');
    const plain = await get('/', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(page)));
    expect((await get('/', { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
  });

  it('compresses the catalogue and JavaScript, but not a ZIP or a tiny file', async () => {
    expect((await get('/daten/katalog.ttl', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await get('/_astro/chart.AbC123.js', { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
    const zip = await get('/daten/offene-daten.zip', { 'accept-encoding': 'gzip, br' });
    expect(zip.headers['content-encoding']).toBeUndefined();
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.body.length).toBe(4096);
    expect((await get('/robots.txt', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
  });

  it('caches hashed assets for a year and makes everything else revalidate, answering 304 when unchanged', async () => {
    expect((await get('/_astro/chart.AbC123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const first = await get('/daten/kennzahlen.csv');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    const again = await get('/daten/kennzahlen.csv', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    writeFileSync(join(root, 'daten', 'kennzahlen.csv'), `${csv}KLI-02,1\r\n`); // a new build: new size, new tag
    expect((await get('/daten/kennzahlen.csv', { 'if-none-match': etag })).status).toBe(200);
  });

  it('sends the security headers of the nginx snippet in docs/deployment.md (all but HSTS) on every answer, 404 included', async () => {
    const docs = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'docs', 'deployment.md'), 'utf8');
    const snippet = /```nginx\n# \/etc\/nginx\/snippets\/sdd-site-headers\.conf\n([\s\S]*?)```/.exec(docs)![1]!;
    const nginxHeaders = [...snippet.matchAll(/add_header (\S+) "([^"]*)" always;/g)]
      .map((m) => [m[1]!.toLowerCase(), m[2]!] as const)
      .filter(([name]) => name !== 'strict-transport-security');
    expect(nginxHeaders.length).toBeGreaterThanOrEqual(5);
    for (const path of ['/', '/daten/kennzahlen.csv', '/gibt-es-nicht/']) {
      const response = await get(path);
      for (const [name, value] of nginxHeaders) expect(response.headers[name], `${path} ${name}`).toBe(value);
    }
    expect((await get('/gibt-es-nicht/')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses paths outside the root', async () => {
    const head = await get('/', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await get('/../../etc/passwd')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});
