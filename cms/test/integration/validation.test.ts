// Every validation rule refuses bad input where editors meet it — the admin
// API behind the content manager — with a German message naming the field,
// and writes nothing.
import { describe, expect, it } from 'vitest';
import { demoData } from '../../src/demo-data/index.ts';
import { contentManager, errorPaths, getAll, type ValidationBody } from '../support/api.ts';
import { validKpi } from '../support/valid-kpi.ts';

const KPI = '/collection-types/plugin::smart-data.kpi';
const SDG = '/collection-types/plugin::smart-data.sdg';
const existingCode = demoData.kpis.find((k) => !demoData.drafts.kpis.includes(k.code))!.code;

async function expectRejected(path: string, data: unknown, field: string, messagePart: RegExp) {
  const before = (await contentManager<{ pagination: { total: number } }>('GET', `${path}?pageSize=1`)).body.pagination
    .total;
  const res = await contentManager<ValidationBody>('POST', path, data);
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(errorPaths(res.body)).toContain(field);
  const entry = res.body.error!.details!.errors!.find((e) => e.path.join('.') === field)!;
  expect(entry.message).toMatch(messagePart);
  const after = (await contentManager<{ pagination: { total: number } }>('GET', `${path}?pageSize=1`)).body.pagination
    .total;
  expect(after).toBe(before);
}

describe('KPI validation', () => {
  it('accepts a valid KPI (the control case)', async () => {
    const res = await contentManager<{ data: { documentId: string } }>('POST', KPI, validKpi('TEST-OK-1'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    await contentManager('DELETE', `${KPI}/${res.body.data.documentId}`);
  });

  it('refuses a KPI code that is already used', async () => {
    await expectRejected(KPI, validKpi(existingCode), 'code', /schon an die Kennzahl .* vergeben/);
  });

  it('refuses a malformed KPI code', async () => {
    await expectRejected(KPI, validKpi('kleinbuchstaben code'), 'code', /Großbuchstaben/);
  });

  it('refuses a missing or blank unit', async () => {
    await expectRejected(KPI, { ...validKpi('TEST-UNIT'), unit: '   ' }, 'unit', /Einheit/);
  });

  it('refuses two values for the same period and series', async () => {
    const observations = [
      { period: '2020', value: 1, series: 'Frauen', provisional: false },
      { period: '2020', value: 2, series: 'Männer', provisional: false },
      { period: '2020', value: 3, series: 'Frauen', provisional: false },
    ];
    await expectRejected(
      KPI,
      { ...validKpi('TEST-DUP'), observations },
      'observations.2.period',
      /2020 und die Reihe „Frauen“ gibt es schon einen Wert/,
    );
  });

  it('refuses implausible years in observations and targets', async () => {
    await expectRejected(
      KPI,
      { ...validKpi('TEST-YEAR'), observations: [{ period: '2090', value: 1, provisional: false }] },
      'observations.0.period',
      /nicht plausibel/,
    );
    await expectRejected(
      KPI,
      { ...validKpi('TEST-YEAR2'), observations: [{ period: '20x0', value: 1, provisional: false }] },
      'observations.0.period',
      /kein Zeitraum/,
    );
    await expectRejected(
      KPI,
      { ...validKpi('TEST-TARGET'), target: { value: 1, year: 1850 } },
      'target.year',
      /Zieljahr 1850/,
    );
  });

  it('refuses SDG numbers outside 1–17 and targets of another goal', async () => {
    await expectRejected(KPI, { ...validKpi('TEST-SDG'), sdgs: [{ goal: 18 }] }, 'sdgs.0.goal', /1 bis 17/);
    await expectRejected(
      KPI,
      { ...validKpi('TEST-SDG2'), sdgs: [{ goal: 11, target: '7.2' }] },
      'sdgs.0.target',
      /kein Unterziel von SDG 11/,
    );
  });

  it('refuses changing a KPI code to one that is taken (update)', async () => {
    const [first, second] = await getAll('kpis');
    const res = await contentManager<ValidationBody>('PUT', `${KPI}/${second!.documentId}`, { code: first!.code });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toContain('code');
    const unchanged = await getAll('kpis', `filters[documentId][$eq]=${second!.documentId}`);
    expect(unchanged[0]!.code).toBe(second!.code);
  });
});

describe('KPI duplication in the admin', () => {
  it('refuses a clone that keeps the code of its source', async () => {
    const [source] = await getAll('kpis');
    const res = await contentManager<ValidationBody>('POST', `${KPI}/clone/${source!.documentId}`, {
      code: source!.code,
      name: 'Kopie',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(errorPaths(res.body)).toContain('code');
  });
});

describe('SDG catalogue', () => {
  it('refuses SDG numbers outside 1–17 and duplicates', async () => {
    await expectRejected(SDG, { number: 18, titleDe: 'X', titleEn: 'X', color: '#000000' }, 'number', /1 bis 17/);
    await expectRejected(SDG, { number: 11, titleDe: 'X', titleEn: 'X', color: '#000000' }, 'number', /gibt es schon/);
  });

  it('refuses deleting an SDG', async () => {
    const [sdg] = await getAll('sdgs');
    const res = await contentManager<ValidationBody>('DELETE', `${SDG}/${sdg!.documentId}`);
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(/fester Katalog/);
    expect(await getAll('sdgs')).toHaveLength(17);
  });
});

describe('slugs', () => {
  it('refuses a tile slug with capitals or spaces', async () => {
    await expectRejected(
      '/collection-types/plugin::smart-data.tile',
      { title: 'Test', slug: 'Mit Leerzeichen', chartType: 'line', showTarget: true, featured: false, order: 1 },
      'slug',
      /Kleinbuchstaben/,
    );
  });
});

describe('rules the site build depends on, checked on save', () => {
  const PAGE = '/collection-types/plugin::smart-data.page';
  const MEETING = '/collection-types/plugin::smart-data.meeting';

  it('refuses a page URL name the site uses itself, also over the API (no schema check there)', async () => {
    await expectRejected(
      PAGE,
      { title: 'Kacheln', slug: 'kacheln', kind: 'other', body: '' },
      'slug',
      /verwendet die Website selbst|Format/,
    );
  });

  it('makes a missing URL name from the title, unique, and never a reserved one', async () => {
    const first = await contentManager<{ data: { documentId: string; slug: string } }>('POST', PAGE, {
      title: 'Über die Kacheln',
      kind: 'other',
      body: '',
    });
    const second = await contentManager<{ data: { documentId: string; slug: string } }>('POST', PAGE, {
      title: 'Über die Kacheln',
      kind: 'other',
      body: '',
    });
    const reserved = await contentManager<{ data: { documentId: string; slug: string } }>('POST', PAGE, {
      title: 'Suche',
      kind: 'other',
      body: '',
    });
    try {
      expect(first.body.data.slug).toBe('ueber-die-kacheln');
      expect(second.body.data.slug).toBe('ueber-die-kacheln-1');
      expect(reserved.body.data.slug).toBe('suche-seite');
    } finally {
      for (const r of [first, second, reserved])
        if (r.body.data?.documentId) await contentManager('DELETE', `${PAGE}/${r.body.data.documentId}`);
    }
  });

  it('refuses a target year before the first value', async () => {
    await expectRejected(
      KPI,
      { ...validKpi('TEST-TGT-EARLY'), target: { value: 1, year: 2010 } },
      'target.year',
      /vor dem ersten Wert \(2020\)/,
    );
  });

  it('refuses a session without a body, and blank required texts, naming fields in words', async () => {
    const res = await contentManager<ValidationBody>('POST', MEETING, {
      title: 'Sitzung ohne Gremium',
      start: '2026-03-03T15:00:00.000Z',
      meetingStatus: 'scheduled',
      agendaItems: [
        {
          number: '1',
          title: '   ',
          public: true,
          consultationType: 'decision',
          climateImpact: 'low',
          causesCosts: false,
        },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(errorPaths(res.body)).toEqual(expect.arrayContaining(['body', 'agendaItems.0.title']));
    expect(res.body.error!.message).toContain('Tagesordnung, Eintrag 1, Bezeichnung');
    expect(res.body.error!.message).not.toMatch(/agendaItems\.0/);
  });
});
