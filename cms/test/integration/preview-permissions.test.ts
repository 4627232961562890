// Who gets a preview link. The link opens every draft until it expires, and
// Strapi 5 asks only for an admin login before calling the preview handler
// ("TODO: Permissions to preview content" in its controller), so the plugin's
// handler (server/src/preview/preview-link.ts) answers only for admins whose
// role may read the entry's type in the content manager. Here: a role that may
// read tiles but not KPIs asks Strapi's preview route for both, as the admin
// panel (or anyone with that login and a documentId) would.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, getAll, request } from '../support/api.ts';

const TILE = 'plugin::smart-data.tile';
const KPI = 'plugin::smart-data.kpi';
const READ = 'plugin::content-manager.explorer.read';

type Role = { id: number; code: string };

let roleId: number | undefined;
let userId: number | undefined;
let restrictedJwt: string;
let tileId: string;
let kpiId: string;

async function admin<T = unknown>(method: string, path: string, body?: unknown) {
  const res = await request<T>(method, path, { token: await adminJwt(), ...(body === undefined ? {} : { body }) });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
  return res.body;
}

const previewUrl = (token: string, uid: string, documentId: string) =>
  request<{ data?: { url?: string } } | null>('GET', `/content-manager/preview/url/${uid}?documentId=${documentId}`, {
    token,
  });

describe('preview links and content-manager permissions', () => {
  beforeAll(async () => {
    const [tile] = await getAll('tiles');
    const [kpi] = await getAll('kpis');
    tileId = tile!.documentId;
    kpiId = kpi!.documentId;
    // A role that reads tiles only (no KPIs), and an admin user with it.
    const role = await admin<{ data: Role }>('POST', '/admin/roles', {
      name: `Nur Kacheln ${randomBytes(3).toString('hex')}`,
      description: 'Test: liest Kacheln, keine Kennzahlen',
    });
    roleId = role.data.id;
    await admin('PUT', `/admin/roles/${roleId}/permissions`, {
      permissions: [{ action: READ, subject: TILE, properties: { fields: ['title', 'slug'] }, conditions: [] }],
    });
    const email = `nur-kacheln-${randomBytes(4).toString('hex')}@example.org`;
    const password = `Kacheln-${randomBytes(6).toString('hex')}A1`;
    const invited = await admin<{ data: { id: number; registrationToken: string } }>('POST', '/admin/users', {
      firstname: 'Karl',
      lastname: 'Kachel',
      email,
      roles: [roleId],
    });
    userId = invited.data.id;
    const registered = await request('POST', '/admin/register', {
      body: {
        registrationToken: invited.data.registrationToken,
        userInfo: { firstname: 'Karl', lastname: 'Kachel', password },
      },
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    const login = await request<{ data: { token: string } }>('POST', '/admin/login', { body: { email, password } });
    expect(login.status).toBe(200);
    restrictedJwt = login.body.data.token;
  });

  afterAll(async () => {
    if (userId) await admin('DELETE', `/admin/users/${userId}`);
    if (roleId) await admin('DELETE', `/admin/roles/${roleId}`);
  });

  it('gives no link for a type the role may not read, and a link for one it may', async () => {
    const kpi = await previewUrl(restrictedJwt, KPI, kpiId);
    expect(kpi.status).toBe(204);
    expect(JSON.stringify(kpi.body ?? '')).not.toContain('vorschau=');
    // The same user and route do give a link for tiles: the refusal above is the permission, not a broken route.
    const tile = await previewUrl(restrictedJwt, TILE, tileId);
    expect(tile.status).toBe(200);
    expect(tile.body?.data?.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${inject('previewPort')}/kacheln/[^/]+/\\?vorschau=\\d+\\.`),
    );
    // An admin with every permission gets the KPI's link.
    expect((await previewUrl(await adminJwt(), KPI, kpiId)).body?.data?.url).toMatch(
      /\/kennzahlen\/[^/]+\/\?vorschau=/,
    );
  });

  it('gives no link without an admin login, nor with an API token', async () => {
    expect((await request('GET', `/content-manager/preview/url/${TILE}?documentId=${tileId}`)).status).toBe(401);
    expect((await previewUrl(inject('previewToken'), TILE, tileId)).status).toBe(401);
  });
});
