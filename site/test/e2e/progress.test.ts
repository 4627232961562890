// Progress status on the built pages: the method's results for demo KPIs
// computed by hand, the same rule on every KPI page, and the overview's
// counts adding up to the KPIs of each goal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kpi, Snapshot } from '@sdd/shared-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readText } from '../../../scripts/publisher/built-site.ts';
import { progressOf } from '../../src/lib/progress.ts';
import { useBrowserPage } from '../support/browser.ts';

const dir = inject('siteDir');
const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot;
const kpiPage = (code: string) => readText(join(dir, 'kennzahlen', code.toLowerCase(), 'index.html'));
const statusIn = (html: string) => /class="progress progress-([a-z-]+)"/.exec(html)?.[1];

describe('progress status', () => {
  it('shows the results worked out by hand for demo KPIs', () => {
    // ENE-01: −3.21 %/yr observed 2019–2024, −5.32 %/yr needed for 4.0 t by 2030 → 60.4 % → moderate.
    expect(statusIn(kpiPage('ENE-01'))).toBe('moderate-progress');
    // DIG-01: +2.39 %/yr observed, +2.51 %/yr needed for 100 % by 2025 → 95.3 % → on track.
    expect(statusIn(kpiPage('DIG-01'))).toBe('on-track');
    // KLI-01 (temperature): no target, no desired direction → not assessed.
    expect(statusIn(kpiPage('KLI-01'))).toBe('not-assessed');
    // UMW-05: computed on track (−10 %/yr, lower is better), overridden by the editors with a reason.
    const umw = kpiPage('UMW-05');
    expect(statusIn(umw)).toBe('moderate-progress');
    expect(umw).toContain('Von der Redaktion bewertet: Die Werte schwanken');
  });

  it('shows on every KPI page the status of the shared rule', () => {
    const wrong = snapshot.kpis
      .map((k) => ({ code: k.code, shown: statusIn(kpiPage(k.code)), expected: progressOf(k as Kpi).status }))
      .filter((r) => r.shown !== r.expected);
    expect(wrong).toEqual([]);
  });

  it('explains the method on "Über das Dashboard" and the overview with the generated text while the editors wrote none', () => {
    expect(snapshot.settings.progressMethodText).toBeNull();
    for (const path of ['ueber-das-dashboard', 'fortschritt']) {
      expect(readText(join(dir, path, 'index.html')), path).toContain(
        'Für jede Kennzahl bewertet das Dashboard, wie sie sich entwickelt.',
      );
    }
  });

  describe('overview /fortschritt/', () => {
    const page = useBrowserPage({ beforeAll, afterAll });

    it('counts for each SDG exactly its KPIs, split over the statuses', async () => {
      await page().goto(`${inject('siteUrl')}/fortschritt/`);
      const rows = await page().$$eval('#tabelle-ziele ~ .table-scroll tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td.num')].map((td) => Number(td.textContent))),
      );
      expect(rows).toHaveLength(17);
      rows.forEach((cells, i) => {
        const goal = i + 1;
        const kpis = snapshot.kpis.filter((k) => k.sdgs.some((s) => s.goal === goal)).length;
        const [total, ...rest] = cells;
        expect(total, `SDG ${goal}`).toBe(kpis);
        const statuses = rest.slice(0, 6);
        expect(
          statuses.reduce((a, b) => a + b, 0),
          `SDG ${goal}`,
        ).toBe(kpis);
      });
    });
  });
});
