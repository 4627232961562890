// Relation pickers show and search KPIs and SDGs as "Code – Name": a stored,
// read-only `label`, kept current on every write and used as the content
// manager's main field.
import { describe, expect, it } from 'vitest';
import { contentManager, getAll } from '../support/api.ts';

const KPI = 'plugin::smart-data.kpi';

describe('display labels', () => {
  it('labels every KPI and SDG as code and name', async () => {
    for (const k of await getAll('kpis')) expect(k.label).toBe(`${String(k.code)} – ${String(k.name)}`);
    const sdg11 = (await getAll('sdgs')).find((s) => s.number === 11)!;
    expect(sdg11.label).toBe('SDG 11 – Nachhaltige Städte und Gemeinden');
  });

  it('follows a renamed KPI and is the main field pickers show', async () => {
    const [kpi] = await getAll('kpis');
    const name = `Radwegenetz ${Date.now()}`;
    const res = await contentManager('PUT', `/collection-types/${KPI}/${kpi!.documentId}`, { name });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    const config = await contentManager<{ data: { contentType: { settings: { mainField: string } } } }>(
      'GET',
      `/content-types/${KPI}/configuration`,
    );
    expect(config.body.data.contentType.settings.mainField).toBe('label');
    const draft = await contentManager<{ data: { label: string } }>(
      'GET',
      `/collection-types/${KPI}/${kpi!.documentId}`,
    );
    expect(draft.body.data.label).toBe(`${String(kpi!.code)} – ${name}`);
  });
});
