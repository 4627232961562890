// Admin benchmark: clicks and seconds for "enter one new year for a KPI with
// three series and publish", scripted in Chromium against a real Strapi
// (SQLite, no demo data). Once the old way — the content manager's stock
// editor of the repeatable `observation` rows, shown again for this run — and
// once with the value table. Seconds run from the loaded edit view to the new
// values being served by the public API. Prints figures; asserts nothing.
// Run: node scripts/bench/admin-values.ts (or npm run bench)
import type { Page } from 'playwright-core';
import { UID } from '@sdd/shared-types';
import { startStrapi } from '../../cms/scripts/launch-strapi.ts';
import { editViewUrl, openAdmin, publishButton } from '../../cms/test/admin/support/admin-session.ts';
import { adminJwt, BENCH_ADMIN as ADMIN } from './admin-login.ts';

const KPI_UID = UID.kpi;
const SERIES = ['Frauen', 'Männer', 'Insgesamt'];
/** Targets per KPI for the table (the issue: ~1,200 clicks for ~150 KPIs the old way, i.e. 8 per KPI). */
const TARGET = { clicks: 5, seconds: 30 };

type Cms = { url: string; jwt: string };

async function api<T>(cms: Cms, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${cms.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${cms.jwt}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A published KPI with 2015–2024 for three series. */
async function createKpi(cms: Cms, code: string): Promise<string> {
  const observations = Array.from({ length: 10 }, (_, i) =>
    SERIES.map((series, s) => ({ period: String(2015 + i), series, value: 100 * (s + 1) + i, provisional: false })),
  ).flat();
  const kpi = {
    code,
    name: `Benchmark ${code}`,
    unit: 'Personen',
    sourceName: 'Benchmark',
    licence: 'CC BY 4.0',
    periodicity: 'yearly',
    polarity: 'neutral',
    decimals: 1,
    exampleData: true,
    observations,
  };
  const created = await api<{ data: { documentId: string } }>(
    cms,
    'POST',
    `/content-manager/collection-types/${KPI_UID}`,
    kpi,
  );
  await api(cms, 'POST', `/content-manager/collection-types/${KPI_UID}/${created.data.documentId}/actions/publish`, {});
  return created.data.documentId;
}

async function setRawEditorVisible(cms: Cms, visible: boolean): Promise<void> {
  const { data } = await api<{
    data: {
      contentType: {
        settings: unknown;
        metadatas: Record<string, { edit: { visible?: boolean }; list: { mainField?: unknown } }>;
        layouts: unknown;
      };
    };
  }>(cms, 'GET', `/content-manager/content-types/${KPI_UID}/configuration`);
  const { settings, metadatas, layouts } = data.contentType;
  metadatas.observations!.edit.visible = visible;
  for (const meta of Object.values(metadatas)) delete meta.list.mainField; // the GET adds it, the PUT refuses it
  await api(cms, 'PUT', `/content-manager/content-types/${KPI_UID}/configuration`, { settings, metadatas, layouts });
}

async function waitForPublished2025(cms: Cms, code: string): Promise<void> {
  for (;;) {
    const res = await fetch(`${cms.url}/api/kpis?filters[code][$eq]=${code}&populate=observations`);
    const body = (await res.json()) as { data: Array<{ observations: Array<{ period: string }> }> };
    if ((body.data[0]?.observations ?? []).filter((o) => o.period === '2025').length === SERIES.length) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs one way of entering the year; returns clicks and seconds. */
async function measure(
  cms: Cms,
  page: Page,
  code: string,
  enter: (click: (target: ReturnType<Page['locator']>) => Promise<void>) => Promise<void>,
) {
  const documentId = await createKpi(cms, code);
  await page.goto(editViewUrl(cms.url, KPI_UID, documentId));
  await publishButton(page).waitFor();
  let clicks = 0;
  const click = async (target: ReturnType<Page['locator']>) => {
    clicks++;
    await target.click();
  };
  const start = performance.now();
  await enter(click);
  await click(publishButton(page));
  await waitForPublished2025(cms, code);
  return { clicks, seconds: (performance.now() - start) / 1000 };
}

const cmsProcess = await startStrapi({
  env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SDD_DEMO_DATA: 'false' },
});
try {
  const jwt = await adminJwt(cmsProcess.url);
  const cms: Cms = { url: cmsProcess.url, jwt };
  const { browser, page } = await openAdmin({ cmsUrl: cms.url, ...ADMIN });
  try {
    await setRawEditorVisible(cms, true);
    const old = await measure(cms, page, 'BENCH-OLD', async (click) => {
      for (const [i, series] of SERIES.entries()) {
        const index = 30 + i; // after the ten years × three series already there
        await click(page.getByRole('button', { name: /^(Add an entry|Eintrag hinzufügen)$/ }).first());
        for (const [field, text] of [
          ['period', '2025'],
          ['value', String(1000 + i)],
          ['series', series],
        ] as const) {
          await click(page.locator(`[name="observations.${index}.${field}"]`));
          await page.keyboard.type(text);
        }
      }
    });
    await setRawEditorVisible(cms, false);
    const table = await measure(cms, page, 'BENCH-TABLE', async (click) => {
      await click(page.getByRole('button', { name: 'Werte-Tabelle öffnen' }));
      await click(page.getByRole('dialog').getByRole('button', { name: 'Jahr hinzufügen' }));
      await page.getByLabel('2025, Frauen', { exact: true }).waitFor();
      for (const [i, text] of ['1.234,5', '12,5', '1247'].entries()) {
        if (i > 0) await page.keyboard.press('Tab');
        await page.keyboard.type(text);
      }
      await click(page.getByRole('dialog').getByRole('button', { name: 'Übernehmen' }));
    });
    const line = (name: string, r: { clicks: number; seconds: number }) =>
      `  ${name.padEnd(36)} ${String(r.clicks).padStart(3)} clicks  ${r.seconds.toFixed(1).padStart(5)} s   (150 KPIs: ${r.clicks * 150} clicks)`;
    console.log('Admin benchmark: one new year for a KPI with three series, then publish (SQLite, Chromium)');
    console.log(line('old way (stock repeatable editor)', old));
    console.log(line('value table', table));
    console.log(
      `  target for the table: ≤ ${TARGET.clicks} clicks, ≤ ${TARGET.seconds} s per KPI; keyboard entry of the values is not counted as clicks`,
    );
  } finally {
    await browser.close();
  }
} finally {
  await cmsProcess.stop();
}
