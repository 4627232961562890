// The demo data set arrives in the CMS complete, published where it should
// be, and readable through the public API.
import { describe, expect, it } from 'vitest';
import { demoData } from '../../src/demo-data/index.ts';
import { getAll, getPublic } from '../support/api.ts';

// The parts of the public API's answers these tests read.
interface StoredKpi {
  observations: Array<{ period: string; series: string | null; value: number }>;
  target: { value: number; year: number } | null;
  sdgs: Array<{ goal: number }>;
}
interface StoredMeeting {
  title: string;
  location: string;
  body: { name: string };
  agendaItems: Array<{
    number: string;
    title: string;
    reasoning: string;
    consultationType: string;
    climateImpact: string;
    causesCosts: boolean;
  }>;
}

const published = <T>(list: T[], key: (e: T) => string, drafts: string[]) =>
  list.filter((e) => !drafts.includes(key(e)));

describe('demo data seeded on an empty database', () => {
  it('has the 17 SDGs with official colours', async () => {
    const sdgs = await getAll('sdgs', 'sort=number');
    expect(sdgs.map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(sdgs.find((s) => s.number === 11)).toMatchObject({
      titleDe: 'Nachhaltige Städte und Gemeinden',
      color: '#FD9D24',
    });
  });

  it('has the 3 action dimensions with their 10 action fields', async () => {
    const dimensions = await getAll('action-dimensions', 'populate=fields&sort=order');
    expect(dimensions.map((d) => d.name)).toEqual(['Ökologie', 'Soziales', 'Ökonomie']);
    expect(dimensions.map((d) => (d.fields as unknown[]).length)).toEqual([4, 3, 3]);
    expect(await getAll('action-fields')).toHaveLength(10);
  });

  it('publishes every KPI and tile except the drafts: at least 140 KPIs in at least 60 tiles', async () => {
    const kpis = await getAll('kpis');
    const tiles = await getAll('tiles');
    const expectedKpis = published(demoData.kpis, (k) => k.code, demoData.drafts.kpis);
    const expectedTiles = published(demoData.tiles, (t) => t.slug, demoData.drafts.tiles);
    expect(kpis.map((k) => k.code).sort()).toEqual(expectedKpis.map((k) => k.code).sort());
    expect(tiles).toHaveLength(expectedTiles.length);
    expect(kpis.length).toBeGreaterThanOrEqual(140);
    expect(tiles.length).toBeGreaterThanOrEqual(60);
  });

  it('keeps the observations, series, targets and SDG targets of a KPI', async () => {
    const sample =
      demoData.kpis.find(
        (k) =>
          k.target !== null && k.observations.some((o) => o.series !== null) && !demoData.drafts.kpis.includes(k.code),
      ) ?? demoData.kpis.find((k) => k.target !== null && !demoData.drafts.kpis.includes(k.code))!;
    const res = await getPublic<{ data: StoredKpi[] }>(
      `/api/kpis?filters[code][$eq]=${encodeURIComponent(sample.code)}&populate=*`,
    );
    expect(res.status).toBe(200);
    const kpi = res.body.data[0]!;
    expect(kpi.observations).toHaveLength(sample.observations.length);
    const byKey = (o: { period: string; series: string | null }) => `${o.period}|${o.series ?? ''}`;
    const stored = new Map(kpi.observations.map((o) => [byKey(o), o.value]));
    for (const o of sample.observations) expect(stored.get(byKey(o))).toBe(o.value);
    expect(kpi.target).toMatchObject({ value: sample.target!.value, year: sample.target!.year });
    expect(kpi.sdgs.map((s) => s.goal)).toEqual(sample.sdgs.map((s) => s.goal));
  });

  it('has the session of 26.02.2025 with both public agenda items in full', async () => {
    const res = await getPublic<{ data: StoredMeeting[] }>(
      '/api/meetings?filters[slug][$eq]=dos-2025-02-26&populate[agendaItems][populate]=*&populate[body]=true',
    );
    const meeting = res.body.data[0]!;
    expect(meeting.title).toBe('1. Sitzung des Digitalisierungs- und Organisationssenates');
    expect(meeting.body.name).toBe('Digitalisierungs- und Organisationssenat');
    expect(meeting.location).toBe('Großer Sitzungssaal');
    expect(meeting.agendaItems.map((a) => [a.number, a.consultationType, a.climateImpact, a.causesCosts])).toEqual([
      ['1', 'for-information', 'none-required', false],
      ['2', 'decision', 'none-required', false],
    ]);
    expect(meeting.agendaItems[1]?.title).toBe('Vorstellung der Erweiterungen des Smart Data Dashboards');
    expect(meeting.agendaItems[1]?.reasoning).toContain('Über 60 Kacheln mit über 140 Kennzahlen');
  });

  it('has the bodies of the digital participation page and the legal pages', async () => {
    const bodies = (await getAll('bodies')).map((b) => b.name);
    expect(bodies).toEqual(
      expect.arrayContaining([
        'Digitalisierungs- und Organisationssenat',
        'Denkraum30',
        'Koordinationskreis Digitale Transformation',
      ]),
    );
    const pages = (await getAll('pages')).map((p) => p.kind);
    expect(pages).toEqual(expect.arrayContaining(['imprint', 'privacy', 'accessibility']));
    const settings = await getPublic<{ data: Record<string, unknown> }>('/api/site-setting');
    expect(settings.status).toBe(200);
    expect(settings.body.data.cityName).toBe(demoData.settings.cityName);
  });
});
