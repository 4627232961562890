// Publish-to-live latency on the demo data: an editor publishes a changed KPI
// in the CMS (admin API, as the admin panel does) → the webhook reaches the
// publisher → debounce → snapshot → astro build + Pagefind → checks → switch
// → the served page shows the change. Prints the total and the breakdown by
// step; asserts nothing. Run: npm run bench
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublisherStatus } from '@sdd/shared-types';
import { freePort } from '../../cms/scripts/free-port.ts';
import { startStrapi } from '../../cms/scripts/launch-strapi.ts';
import { publisherConfig } from '../publisher/config.ts';
import { startPublisher } from '../publisher/publisher.ts';
import { startStaticServer } from '../serve/static-server.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ADMIN = { email: 'bench@example.org', password: 'Bench-Passw0rd-1' };
const DEBOUNCE_MS = 1500;
const work = mkdtempSync(join(tmpdir(), 'sdd-bench-publish-'));
const secret = randomBytes(32).toString('base64url');
const publisherPort = await freePort();

const cms = await startStrapi({
  env: {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SDD_PUBLISHER_URL: `http://127.0.0.1:${publisherPort}`,
    SDD_WEBHOOK_SECRET: secret,
  },
});
const publisher = await startPublisher(
  publisherConfig({
    ...process.env,
    PUBLISHER_PORT: String(publisherPort),
    PUBLISHER_STATE_DIR: join(work, 'publisher'),
    PUBLISHER_DEBOUNCE_MS: String(DEBOUNCE_MS),
    CMS_URL: cms.url,
    CMS_TOKEN: readFileSync(join(cms.stateDir, 'build-token'), 'utf8').trim(),
    SDD_WEBHOOK_SECRET: secret,
  }),
  () => {},
);
const sitePort = await freePort();
const web = await startStaticServer(() => publisher.liveSiteDir() ?? work, sitePort);

try {
  publisher.trigger('bench: first build');
  await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 200));
  await publisher.idle();
  const login = (await (
    await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
  ).json()) as { data: { token: string } };
  const auth = { authorization: `Bearer ${login.data.token}`, 'content-type': 'application/json' };
  const list = (await (await fetch(`${cms.url}/api/kpis?pagination[pageSize]=1`)).json()) as {
    data: { documentId: string; code: string }[];
  };
  const kpi = list.data[0]!;
  const page = `http://127.0.0.1:${sitePort}/kennzahlen/${kpi.code.toLowerCase()}/`;

  const totals: number[] = [];
  let lastSteps = '';
  for (let round = 1; round <= ROUNDS; round++) {
    const name = `Benchmark-Kennzahl ${round} ${Date.now()}`;
    const res = await fetch(
      `${cms.url}/content-manager/collection-types/plugin::smart-data.kpi/${kpi.documentId}/actions/publish`,
      { method: 'POST', headers: auth, body: JSON.stringify({ name }) },
    );
    if (!res.ok) throw new Error(`publish failed: ${res.status} ${await res.text()}`);
    const published = performance.now();
    while (!(await (await fetch(page)).text()).includes(name)) await new Promise((r) => setTimeout(r, 100));
    totals.push(performance.now() - published);
    await publisher.idle();
    const status = (await (await fetch(`${publisher.url}/status`)).json()) as PublisherStatus;
    lastSteps = status.live!.steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)} s`).join(', ');
  }
  const median = [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)]!;
  console.log('Publish-to-live benchmark (demo data, SQLite)');
  console.log(
    `  publish answered → change served: median ${(median / 1000).toFixed(1)} s over ${ROUNDS} rounds (${totals.map((t) => (t / 1000).toFixed(1)).join(', ')} s; target ≤ 20 s)`,
  );
  console.log(`  of which debounce window: ${(DEBOUNCE_MS / 1000).toFixed(1)} s; last build: ${lastSteps}`);
} finally {
  await new Promise((r) => web.close(r));
  await publisher.stop();
  await cms.stop();
  rmSync(work, { recursive: true, force: true });
}
