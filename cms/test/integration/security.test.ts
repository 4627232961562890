// The public API is read-only and serves published, public content only —
// to anonymous visitors and to the build token alike.
import { inject, describe, expect, it } from 'vitest';
import { demoData } from '../../src/demo-data/index.ts';
import { getAll, getPublic, request, type Entry } from '../support/api.ts';

const COLLECTIONS = ['sdgs', 'action-dimensions', 'action-fields', 'kpis', 'tiles', 'bodies', 'meetings', 'pages'];
const draftMeeting = demoData.drafts.meetings[0]!;
const draftKpi = demoData.drafts.kpis[0]!;
const hiddenItem = demoData.meetings.flatMap((m) => m.agendaItems).find((a) => !a.public)!;

describe('anonymous writes are refused', () => {
  for (const plural of COLLECTIONS) {
    it(`POST /api/${plural} answers 405 and creates nothing`, async () => {
      const before = (await getAll(plural)).length;
      const res = await request('POST', `/api/${plural}`, {
        body: { data: { name: 'x', title: 'x', code: 'HACK-01', number: 5 } },
      });
      expect(res.status).toBe(405);
      expect((await getAll(plural)).length).toBe(before);
    });
  }

  it('PUT and DELETE of an existing KPI are refused, also with the read-only build token', async () => {
    const [kpi] = await getAll('kpis');
    for (const token of [undefined, inject('buildToken')]) {
      const put = await request('PUT', `/api/kpis/${kpi!.documentId}`, {
        body: { data: { name: 'changed' } },
        ...(token ? { token } : {}),
      });
      const del = await request('DELETE', `/api/kpis/${kpi!.documentId}`, token ? { token } : {});
      expect(put.status).toBe(405);
      expect(del.status).toBe(405);
    }
    const after = await getPublic<{ data: Entry }>(`/api/kpis/${kpi!.documentId}`);
    expect(after.body.data.name).toBe(kpi!.name);
  });

  it('user accounts are not readable, anonymously or with the build token', async () => {
    expect((await getPublic('/api/users')).status).toBe(403);
    expect((await getPublic('/api/users', inject('buildToken'))).status).toBe(403);
    expect((await getPublic('/api/kpis', inject('buildToken'))).status).toBe(200);
  });

  it('self-registration of end users is switched off', async () => {
    const res = await request('POST', '/api/auth/local/register', {
      body: { username: 'mallory', email: 'mallory@example.org', password: 'Passw0rd-Passw0rd' },
    });
    expect(res.status).not.toBe(200);
    expect(JSON.stringify(res.body)).not.toContain('jwt');
  });
});

describe('drafts never leak', () => {
  for (const who of ['anonymous', 'build token'] as const) {
    it(`status=draft still returns published content only (${who})`, async () => {
      const token = who === 'build token' ? inject('buildToken') : undefined;
      const kpis = await getAll('kpis', 'status=draft', token);
      expect(kpis.map((k) => k.code)).not.toContain(draftKpi);
      expect(kpis.every((k) => k.publishedAt !== null)).toBe(true);
      const meetings = await getAll('meetings', 'status=draft', token);
      expect(meetings.map((m) => m.slug)).not.toContain(draftMeeting);
    });
  }

  it('findOne of a draft-only document answers 404, even with status=draft', async () => {
    const admin = await import('../support/api.ts').then((m) =>
      m.contentManager<{ results: Entry[] }>(
        'GET',
        `/collection-types/plugin::smart-data.kpi?filters[code][$eq]=${draftKpi}`,
      ),
    );
    const documentId = admin.body.results[0]!.documentId;
    expect((await getPublic(`/api/kpis/${documentId}?status=draft`)).status).toBe(404);
    expect((await getPublic(`/api/kpis/${documentId}?status=draft`, inject('buildToken'))).status).toBe(404);
  });
});

describe('non-public agenda items never leave the CMS', () => {
  const populateVariants = [
    'populate=*',
    'populate[agendaItems]=true',
    'populate[agendaItems][populate]=*',
    'populate[agendaItems][fields][0]=title',
  ];
  for (const query of populateVariants) {
    it(`are absent from /api/meetings?${query}`, async () => {
      const res = await getPublic<{ data: Array<{ agendaItems?: Array<{ title: string; public?: boolean }> }> }>(
        `/api/meetings?pagination[pageSize]=100&${query}`,
      );
      expect(res.status).toBe(200);
      const items = res.body.data.flatMap((m) => m.agendaItems ?? []);
      expect(items.length).toBeGreaterThan(0);
      expect(items.map((a) => a.title)).not.toContain(hiddenItem.title);
      expect(JSON.stringify(res.body)).not.toContain('VERTRAULICH');
    });
  }

  it('cannot be probed by filtering or sorting on agenda items', async () => {
    const filter = await getPublic(`/api/meetings?filters[agendaItems][title][$contains]=Vergabe`);
    expect(filter.status).toBe(400);
    const sort = await getPublic(`/api/meetings?sort=agendaItems.title`);
    expect(sort.status).toBe(400);
  });

  it('are absent when reached through relations (body → meetings, meeting → body → meetings)', async () => {
    const viaBodies = await getPublic(
      `/api/bodies?pagination[pageSize]=100&populate[meetings][populate][agendaItems]=true`,
    );
    const viaMeetings = await getPublic(
      `/api/meetings?pagination[pageSize]=100&populate[body][populate][meetings][populate][agendaItems][fields][0]=title`,
      inject('buildToken'),
    );
    for (const res of [viaBodies, viaMeetings]) {
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).toContain('agendaItems');
      expect(JSON.stringify(res.body)).not.toContain(hiddenItem.title);
      expect(JSON.stringify(res.body)).not.toContain('VERTRAULICH');
    }
  });

  it('cannot be probed through relations either', async () => {
    expect((await getPublic(`/api/bodies?filters[meetings][agendaItems][title][$contains]=Vergabe`)).status).toBe(400);
    expect(
      (await getPublic(`/api/bodies?populate[meetings][filters][agendaItems][title][$contains]=Vergabe`)).status,
    ).toBe(400);
    expect((await getPublic(`/api/bodies?populate[meetings][sort]=agendaItems.title`)).status).toBe(400);
    // Counting or paging hidden items with filters under the agenda-item populate.
    const probe = 'populate[agendaItems][count]=true&populate[agendaItems][filters][public]=false';
    expect((await getPublic(`/api/meetings?${probe}`)).status).toBe(400);
    const nested =
      'populate[meetings][populate][agendaItems][count]=true&populate[meetings][populate][agendaItems][filters][public]=false';
    expect((await getPublic(`/api/bodies?${nested}`)).status).toBe(400);
    expect((await getPublic(`/api/meetings?populate[agendaItems][limit]=1`)).status).toBe(400);
  });

  it('are absent from findOne of their session', async () => {
    const meetings = await getAll('meetings', 'filters[slug][$eq]=dos-2025-02-26');
    const res = await getPublic(
      `/api/meetings/${meetings[0]!.documentId}?populate[agendaItems][populate]=*`,
      inject('buildToken'),
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain(hiddenItem.title);
  });
});
