// The site nginx configuration of docs/deployment.md, run by the real nginx
// (Debian's package) on a free loopback port and serving the demo build
// through a `live` symlink that the publisher's own releases.ts switches:
// pages, downloads and the catalogue with their content types, gzip, the
// headers, and the atomic switch under requests: while `live` flips between
// two builds, no request gets a 404 and every response is wholly one build's.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../cms/scripts/free-port.ts';
import { createReleases } from '../../../scripts/publisher/releases.ts';
import { EMBED_SECURITY_HEADERS, SECURITY_HEADERS } from '../../../scripts/serve/security-headers.ts';
import { expectFraming } from '../support/framing.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
const docs = readFileSync(join(ROOT, 'docs', 'deployment.md'), 'utf8');
const block = (file: string) =>
  [...docs.matchAll(/```nginx\n# \/etc\/nginx\/(\S+)\n([\s\S]*?)```/g)].find((m) => m[1] === file)?.[2] ?? '';
const work = mkdtempSync(join(tmpdir(), 'sdd-nginx-live-'));
const state = join(work, 'state');
const MARK_B = '<!-- build b -->';

let nginx: ChildProcess | undefined;
let base = '';

/** The site server block of the docs, as plain HTTP on `port`, serving `live/site` of our state folder. */
function siteConfig(port: number): string {
  const servers = block('sites-available/daten.example.org');
  const tls = servers.slice(servers.indexOf('server {', servers.indexOf('return 301'))); // the second server: the site itself
  return tls
    .replace(/^\s*listen .*$/gm, '')
    .replace(/^\s*http2 on;.*$/gm, '')
    .replace(/^\s*ssl_certificate.*$/gm, '')
    .replace('server_name daten.example.org;', `listen 127.0.0.1:${port};\n    server_name localhost;`)
    .replace(/root \S+;/, `root ${join(state, 'live', 'site')};`);
}

/**
 * Copy the built site as build `id`; build b differs in every HTML file and the catalogue, so a response shows whose it
 * is.
 */
function addBuild(id: string, from: string) {
  const site = join(state, 'builds', id, 'site');
  cpSync(from, site, { recursive: true });
  if (id !== 'b') return;
  const mark = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) mark(path);
      else if (entry.name.endsWith('.html'))
        writeFileSync(path, readFileSync(path, 'utf8').replace('</body>', `${MARK_B}</body>`));
    }
  };
  mark(site);
  const rdf = join(site, 'daten', 'katalog.rdf');
  writeFileSync(rdf, readFileSync(rdf, 'utf8').replace('</rdf:RDF>', `${MARK_B}</rdf:RDF>`));
}

beforeAll(async () => {
  if (!NGINX) return;
  const releases = createReleases(state);
  addBuild('a', inject('siteDir'));
  addBuild('b', inject('siteDir'));
  releases.switchLive('a');
  const port = await freePort();
  mkdirSync(join(work, 'snippets'), { recursive: true });
  for (const snippet of ['sdd-site-headers.conf', 'sdd-embed-headers.conf'])
    writeFileSync(join(work, 'snippets', snippet), block(`snippets/${snippet}`));
  writeFileSync(join(work, 'site.conf'), siteConfig(port));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${join(work, t)};`)
    .join('\n  ');
  writeFileSync(
    join(work, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;\nworker_processes 2;\npid ${join(work, 'nginx.pid')};\nerror_log ${join(work, 'error.log')};\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n  include site.conf;\n}\n`,
  );
  nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/`);
      break;
    } catch (error) {
      if (i > 100 || nginx.exitCode !== null)
        throw new Error(
          `nginx did not start: ${existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : String(error)}`,
          { cause: error },
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}, 120_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!NGINX)('nginx from docs/deployment.md serving the live build', () => {
  const kpiPath = () =>
    `/kennzahlen/${readdirSync(join(inject('siteDir'), 'kennzahlen')).find((f) => !f.includes('.'))!}/`;

  it('serves pages, the 404 page, downloads and the catalogue with their content types', async () => {
    const expectations: [string, number, string][] = [
      ['/', 200, 'text/html'],
      ['/daten/', 200, 'text/html'],
      [kpiPath(), 200, 'text/html'],
      ['/gibt-es-nicht/', 404, 'text/html'],
      ['/daten/kennzahlen.csv', 200, 'text/csv; charset=utf-8'],
      ['/daten/kennzahlen-excel.csv', 200, 'text/csv; charset=utf-8'],
      ['/daten/snapshot.json', 200, 'application/json'],
      ['/daten/offene-daten.zip', 200, 'application/zip'],
      ['/daten/katalog.rdf', 200, 'application/rdf+xml; charset=utf-8'],
      ['/daten/katalog.ttl', 200, 'text/turtle; charset=utf-8'],
    ];
    for (const [path, status, type] of expectations) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(status);
      expect(response.headers.get('content-type'), path).toContain(type);
    }
    const zip = new Uint8Array(await (await fetch(`${base}/daten/offene-daten.zip`)).arrayBuffer());
    expect(Buffer.from(zip).equals(readFileSync(join(inject('siteDir'), 'daten', 'offene-daten.zip')))).toBe(true);
  });

  it('compresses text with gzip, but not the ZIP', async () => {
    for (const path of [
      '/',
      '/daten/kennzahlen.csv',
      '/daten/katalog.rdf',
      '/daten/katalog.ttl',
      '/daten/snapshot.json',
    ]) {
      const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
    }
    const raw = await rawGet('/daten/kennzahlen.csv', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(raw.body).equals(readFileSync(join(inject('siteDir'), 'daten', 'kennzahlen.csv')))).toBe(true);
    expect(
      (await fetch(`${base}/daten/offene-daten.zip`, { headers: { 'accept-encoding': 'gzip' } })).headers.get(
        'content-encoding',
      ),
    ).toBeNull();
  });

  it('sends the security headers everywhere, a year of caching for hashed assets only', async () => {
    const asset = readdirSync(join(inject('siteDir'), '_astro'))[0]!;
    for (const path of ['/', '/daten/katalog.rdf', '/daten/kennzahlen.csv', `/_astro/${asset}`, '/gibt-es-nicht/']) {
      const response = await fetch(`${base}${path}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      expect(response.headers.get('cache-control'), path).toBe(
        path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
  });

  it('lets any origin frame the embed pages only (also not through an encoded "..")', async () => {
    const code = kpiPath().split('/')[2]!;
    for (const path of [
      `/einbetten/kennzahlen/${code}/`,
      `/einbetten/kacheln/${readdirSync(join(inject('siteDir'), 'kacheln')).find((f) => !f.includes('.'))!}/`,
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(EMBED_SECURITY_HEADERS))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      expect(response.headers.get('x-frame-options'), path).toBeNull();
    }
    // The browser never sends "..", but "%2f" passes its URL parser as it is.
    const sneaky = await rawGet(`/einbetten/..%2fkennzahlen/${code}/`, {});
    expect(sneaky.headers['x-frame-options']).toBe('DENY');
    expect(sneaky.headers['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
    await expectFraming(base, `/einbetten/kennzahlen/${code}/`, `/kennzahlen/${code}/`);
  }, 60_000);

  it('switches atomically under requests: no 404, every response wholly one build', async () => {
    const releases = createReleases(state);
    const paths = ['/', '/daten/', kpiPath(), '/daten/katalog.rdf'];
    const versions = new Map(
      paths.map((p) => {
        const file = join(state, 'builds', 'a', 'site', p.endsWith('/') ? `${p}index.html` : p);
        const a = readFileSync(file, 'utf8');
        return [p, { a, b: readFileSync(file.replace(`${join('builds', 'a')}`, join('builds', 'b')), 'utf8') }];
      }),
    );
    expect(versions.get('/')!.a).not.toBe(versions.get('/')!.b);
    let switching = true;
    let switches = 0;
    const switcher = (async () => {
      while (switching) {
        releases.switchLive(switches % 2 === 0 ? 'b' : 'a');
        switches++;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const seen = { a: 0, b: 0 };
    const problems: string[] = [];
    const client = async (n: number) => {
      for (let i = 0; i < 60; i++) {
        const path = paths[(n + i) % paths.length]!;
        const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': i % 2 ? 'gzip' : 'identity' } });
        const body = await response.text();
        const v = versions.get(path)!;
        if (response.status !== 200) problems.push(`${path}: ${response.status}`);
        else if (body === v.a) seen.a++;
        else if (body === v.b) seen.b++;
        else problems.push(`${path}: a response that is neither build's (${body.length} characters)`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, (_, n) => client(n)));
    switching = false;
    await switcher;
    expect(problems).toEqual([]);
    expect(switches).toBeGreaterThan(20);
    expect(seen.a).toBeGreaterThan(10);
    expect(seen.b).toBeGreaterThan(10);
  }, 120_000);
});

/** One GET without fetch's automatic decompression. */
async function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }> {
  const { request } = await import('node:http');
  return new Promise((ok, fail) => {
    request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res
        .on('data', (c: Buffer) => chunks.push(c))
        .on('end', () => ok({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    })
      .on('error', fail)
      .end();
  });
}
