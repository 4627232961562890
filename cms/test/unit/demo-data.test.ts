import { describe, it, expect } from 'vitest';
import { demoDataSchema, demoScaleSchema, multiplyDemoData } from '@sdd/shared-types';
import { demoData } from '../../src/demo-data';

const data = demoDataSchema.parse(demoData);
const draftKpis = new Set(data.drafts.kpis);
const draftTiles = new Set(data.drafts.tiles);
const publishedKpis = data.kpis.filter((k) => !draftKpis.has(k.code));
const publishedTiles = data.tiles.filter((t) => !draftTiles.has(t.slug));
const agendaItems = data.meetings.flatMap((m) => m.agendaItems);

describe('demo data set', () => {
  // The set itself passed demoDataSchema above (parse throws); here: its cross-reference checks are live,
  // so that passing means every relation of the demo resolves.
  it('is checked for its cross-references: a tile naming an unknown KPI is refused, at that KPI', () => {
    const broken = structuredClone(demoData);
    broken.tiles[0]!.kpis = [...broken.tiles[0]!.kpis, 'GIBT-ES-NICHT'];
    const result = demoDataSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      `tiles.0.kpis.${broken.tiles[0]!.kpis.length - 1}`,
    ]);
  });

  it('has the settings of the Aschaffenburg demo', () => {
    expect(data.settings.cityName).toBe('Aschaffenburg');
    expect(data.settings.siteTitle).toBe('Smart Data Dashboard Aschaffenburg');
    expect(data.settings.accentColor).toBe('#005A9C');
    expect(data.settings.contactEmail).toMatch(/@example\.org$/);
    expect(data.settings.footerLinks.length).toBeGreaterThanOrEqual(2);
  });

  it('has all 17 SDGs with a description', () => {
    expect(data.sdgs.map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const sdg of data.sdgs) expect(sdg.description.length).toBeGreaterThan(20);
  });

  it('has the taxonomy of Aschaffenburg: 3 dimensions, 10 fields', () => {
    expect(data.actionDimensions.map((d) => d.slug)).toEqual(['oekologie', 'soziales', 'oekonomie']);
    expect(data.actionFields.map((f) => f.slug)).toEqual([
      'energie',
      'mobilitaet-und-infrastruktur',
      'umwelt-und-ressourcenschutz',
      'wetter-und-klima',
      'globale-verantwortung',
      'leben-und-wohnen',
      'partizipation-und-teilhabe',
      'arbeit-und-wirtschaft',
      'digitalisierung',
      'wissenschaft',
    ]);
  });

  it('has at least 145 example KPIs in every action field, each with yearly values', () => {
    expect(data.kpis.length).toBeGreaterThanOrEqual(145);
    for (const kpi of data.kpis) {
      expect(kpi.exampleData).toBe(true);
      expect(kpi.periodicity).toBe('yearly');
      expect(kpi.observations.length).toBeGreaterThan(0);
      expect(kpi.sdgs.length).toBeGreaterThan(0);
      expect(kpi.actionFields.length).toBeGreaterThanOrEqual(1);
      expect(kpi.actionFields.length).toBeLessThanOrEqual(2);
    }
    const fields = new Set(data.kpis.flatMap((k) => k.actionFields));
    expect(fields.size).toBe(10);
  });

  it('has KPIs with series, targets, missing and provisional values', () => {
    const years = Array.from({ length: 10 }, (_, i) => String(2015 + i));
    const withSeries = data.kpis.filter((k) => k.observations.some((o) => o.series !== null));
    const withTarget = data.kpis.filter((k) => k.target !== null);
    const withGaps = publishedKpis.filter((k) => {
      const main = k.observations.filter((o) => o.series === (k.observations[0]?.series ?? null));
      const from = Number(main[0]?.period ?? 2015);
      const expected = years.filter((y) => Number(y) >= Math.max(from, 2015));
      return main.some((o) => o.value === null) || expected.some((y) => !main.some((o) => o.period === y));
    });
    const provisional = data.kpis.filter((k) => k.observations.some((o) => o.period === '2024' && o.provisional));
    expect(withSeries.length).toBeGreaterThanOrEqual(8);
    expect(withTarget.length).toBeGreaterThanOrEqual(25);
    expect(withGaps.length).toBeGreaterThanOrEqual(8);
    expect(provisional.length).toBeGreaterThanOrEqual(15);
    expect(data.kpis.some((k) => k.observations.some((o) => o.note !== null))).toBe(true);
    const unemployment = data.kpis.find((k) => k.name === 'Arbeitslosenquote');
    expect(new Set(unemployment?.observations.map((o) => o.series))).toEqual(new Set([null, 'Frauen', 'Männer']));
  });

  it('has at least 62 tiles with 1–4 KPIs covering every published KPI', () => {
    expect(data.tiles.length).toBeGreaterThanOrEqual(62);
    expect(publishedTiles.length).toBeGreaterThanOrEqual(62);
    for (const tile of data.tiles) {
      expect(tile.kpis.length).toBeGreaterThanOrEqual(1);
      expect(tile.kpis.length).toBeLessThanOrEqual(4);
    }
    const shown = new Set(publishedTiles.flatMap((t) => t.kpis));
    expect(shown.size).toBeGreaterThanOrEqual(140);
    for (const kpi of publishedKpis) expect(shown.has(kpi.code), kpi.code).toBe(true);
    for (const code of draftKpis) expect(shown.has(code), code).toBe(false);
    const featured = data.tiles.filter((t) => t.featured).length;
    expect(featured).toBeGreaterThanOrEqual(6);
    expect(featured).toBeLessThanOrEqual(10);
  });

  it('has the council bodies and the DOS session of 26.02.2025', () => {
    expect(data.bodies.length).toBe(6);
    const dos = data.meetings.find((m) => m.slug === 'dos-2025-02-26');
    expect(dos?.title).toBe('1. Sitzung des Digitalisierungs- und Organisationssenates');
    expect(dos?.start).toBe('2025-02-26T16:00:00.000Z');
    expect(dos?.status).toBe('invitation');
    expect(dos?.agendaItems.filter((a) => a.public).map((a) => a.consultationType)).toEqual([
      'for-information',
      'decision',
    ]);
    expect(dos?.agendaItems[1]?.reasoning).toContain('Über 60 Kacheln mit über 140 Kennzahlen');
    expect(data.meetings.length).toBeGreaterThanOrEqual(6);
    const statuses = new Set(data.meetings.map((m) => m.status));
    for (const status of ['minutes', 'held', 'scheduled', 'invitation'] as const)
      expect(statuses.has(status), status).toBe(true);
    for (const m of data.meetings.filter((x) => x.slug !== 'dos-2025-02-26')) {
      const items = m.agendaItems.filter((a) => a.public);
      expect(items.length, m.slug).toBeGreaterThanOrEqual(1);
      expect(items.length, m.slug).toBeLessThanOrEqual(3);
      for (const item of items)
        expect(item.kpis.length + item.tiles.length + item.sdgs.length, item.title).toBeGreaterThan(0);
    }
  });

  it('has exactly one non-public agenda item', () => {
    const hidden = agendaItems.filter((a) => !a.public);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]?.reasoning).toContain('VERTRAULICH-NICHTOEFFENTLICH');
    expect(agendaItems.filter((a) => a.public && a.reasoning.includes('VERTRAULICH'))).toHaveLength(0);
  });

  it('has the legal and editorial pages', () => {
    const kinds = data.pages.map((p) => p.kind);
    for (const kind of ['imprint', 'privacy', 'accessibility', 'easy-language', 'sign-language', 'about'] as const)
      expect(kinds).toContain(kind);
  });

  it('has drafts of every kind, referenced only by drafts', () => {
    expect(data.drafts.kpis).toHaveLength(2);
    expect(data.drafts.tiles).toHaveLength(2);
    expect(data.drafts.meetings).toHaveLength(1);
    expect(data.drafts.pages).toHaveLength(1);
    for (const kpi of data.kpis.filter((k) => draftKpis.has(k.code))) expect(kpi.name).toContain('ENTWURF');
    for (const tile of data.tiles.filter((t) => draftTiles.has(t.slug))) expect(tile.title).toContain('ENTWURF');
    const draftMeetings = new Set(data.drafts.meetings);
    const publishedItems = data.meetings.filter((m) => !draftMeetings.has(m.slug)).flatMap((m) => m.agendaItems);
    for (const item of publishedItems) {
      for (const code of item.kpis) expect(draftKpis.has(code)).toBe(false);
      for (const slug of item.tiles) expect(draftTiles.has(slug)).toBe(false);
    }
  });
});

describe('the demo at scale (SDD_DEMO_SCALE, for the publish benchmark)', () => {
  it('ten times the demo is valid demo data: every reference resolves to its copy, drafts stay drafts', () => {
    const many = demoDataSchema.parse(multiplyDemoData(data, 10));
    expect(many.kpis).toHaveLength(10 * data.kpis.length);
    expect(many.tiles).toHaveLength(10 * data.tiles.length);
    expect(many.meetings).toHaveLength(10 * data.meetings.length);
    expect(many.drafts.kpis).toHaveLength(10 * data.drafts.kpis.length);
    const copy = many.tiles.find((t) => t.slug === `${data.tiles[0]!.slug}-x3`)!;
    expect(copy.kpis).toEqual(data.tiles[0]!.kpis.map((c) => `${c}-X3`));
    // One start page: only the originals stay featured.
    expect(many.tiles.filter((t) => t.featured)).toHaveLength(data.tiles.filter((t) => t.featured).length);
  });

  it('reads SDD_DEMO_SCALE: unset is 1; anything but a whole number from 1 to 20 is refused in German', () => {
    expect(demoScaleSchema.parse(undefined)).toBe(1);
    expect(demoScaleSchema.parse(' ')).toBe(1);
    expect(demoScaleSchema.parse('10')).toBe(10);
    for (const bad of ['0', '21', '2.5', 'zehn', '-1']) {
      const result = demoScaleSchema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        'SDD_DEMO_SCALE muss eine ganze Zahl von 1 bis 20 sein (ohne Angabe: 1).',
      );
    }
  });
});
