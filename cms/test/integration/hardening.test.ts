// What an attack on our own instance found, checked over real HTTP against
// the test CMS: cross-origin reads, deep populates, large bodies, Strapi's
// default tokens, the favicon, and token rotation.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { currentBuildToken } from '../../../scripts/publisher/build-token.ts';
import { createCmsClient } from '../../../scripts/snapshot/cms-client.ts';
import { apiKpiSchema } from '@sdd/shared-types';
import { adminJwt, request } from '../support/api.ts';

const EVIL = 'https://evil.example';
const cms = (path: string, init: RequestInit = {}) => fetch(`${inject('cmsUrl')}${path}`, init);

describe('cross-origin requests', () => {
  it('a login from another origin cannot be read by that origin', async () => {
    const res = await cms('/admin/login', {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'application/json' },
      body: JSON.stringify(inject('admin')),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('POST /admin/access-token from another origin gets no CORS grant, in the preflight or the request', async () => {
    const preflight = await cms('/admin/access-token', {
      method: 'OPTIONS',
      headers: {
        origin: EVIL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await cms('/admin/access-token', {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('the public read API may be read from any origin, but never with credentials', async () => {
    const res = await cms('/api/kpis', { headers: { origin: EVIL } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(EVIL);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('public API limits', () => {
  it('refuses a populate nested deeper than three levels, with a German message naming the setting', async () => {
    const deep = await request<{ error: { message: string } }>(
      'GET',
      '/api/tiles?populate[kpis][populate][tiles][populate][kpis][populate]=*',
    );
    expect(deep.status).toBe(400);
    expect(deep.body.error.message).toMatch(/populate.*4 Ebenen.*höchstens 3.*API_MAX_POPULATE_DEPTH/);
    const dotted = await request('GET', '/api/tiles?populate=kpis.tiles.kpis.tiles');
    expect(dotted.status).toBe(400);
    // What the site build asks for (two levels) is answered.
    const build = await request('GET', '/api/meetings?populate[agendaItems][populate][tiles][fields][0]=slug');
    expect(build.status).toBe(200);
  });

  it('refuses JSON bodies over 2 MB before reading them', async () => {
    const body = JSON.stringify({ data: { name: 'x'.repeat(3 * 1024 * 1024) } });
    const res = await request<{ error: { message: string } }>('POST', '/api/kpis', { body: JSON.parse(body) });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/höchstens 2 MB/);
  });

  it('refuses a body of unknown length (chunked) instead of reading it without a limit', async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"data":{}}'));
        controller.close();
      },
    });
    const res = await cms('/api/kpis', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(411);
  });

  it('lets the import send more than 2 MB (all values of a file in one request)', async () => {
    // More than 2 MB, but refused cheaply afterwards (a note longer than allowed): the body was read, not cut off.
    const body = { values: [{ code: 'ZZZ-99', period: '2024', series: null, value: 1, note: 'x'.repeat(2_500_000) }] };
    expect(JSON.stringify(body).length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await request('POST', '/api/import/observations', { token: inject('importToken'), body });
    expect(res.status).not.toBe(413);
    expect(res.status).toBe(400);
  });
});

describe('small findings', () => {
  it('Strapi\'s default never-expiring tokens "Read Only" and "Full Access" do not exist', async () => {
    const res = await request<{ data: Array<{ name: string }> }>('GET', '/admin/api-tokens', {
      token: await adminJwt(),
    });
    expect(res.status).toBe(200);
    const names = res.body.data.map((t) => t.name);
    expect(names).toContain('site-build (read-only)');
    expect(names).not.toContain('Read Only');
    expect(names).not.toContain('Full Access');
  });

  it('/favicon.ico answers with an icon, not a 500 with a stack trace', async () => {
    const res = await cms('/favicon.ico');
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });
});

describe('token rotation', () => {
  const work = mkdtempSync(join(tmpdir(), 'sdd-rotation-'));
  let tokenId: number | undefined;
  afterAll(async () => {
    if (tokenId !== undefined) await request('DELETE', `/admin/api-tokens/${tokenId}`, { token: await adminJwt() });
    rmSync(work, { recursive: true, force: true });
  });

  it('a token regenerated in the CMS is used from its file without restarting anything', async () => {
    const jwt = await adminJwt();
    const created = await request<{ data: { id: number; accessKey: string } }>('POST', '/admin/api-tokens', {
      token: jwt,
      body: { name: `rotation test ${Date.now()}`, type: 'read-only', lifespan: null },
    });
    expect(created.status).toBe(201);
    tokenId = created.body.data.id;
    const file = join(work, 'build-token');
    writeFileSync(file, `${created.body.data.accessKey}\n`);
    const config = { CMS_TOKEN: undefined, CMS_TOKEN_FILE: file };
    // The publisher creates its client like this for every build.
    const readKpis = () =>
      createCmsClient(inject('cmsUrl'), currentBuildToken(config)).collection(
        'kpis',
        'populate[observations]=true&populate[target]=true&populate[sdgs]=true&populate[actionFields][fields][0]=slug',
        apiKpiSchema,
      );
    expect((await readKpis()).length).toBeGreaterThan(0);
    const regenerated = await request<{ data: { accessKey: string } }>(
      'POST',
      `/admin/api-tokens/${tokenId}/regenerate`,
      { token: jwt },
    );
    expect(regenerated.status).toBe(201);
    await expect(readKpis()).rejects.toThrow(/refused/);
    writeFileSync(file, `${regenerated.body.data.accessKey}\n`);
    expect((await readKpis()).length).toBeGreaterThan(0);
  });
});
