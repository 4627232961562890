// Publish-to-live benchmark. Prints figures and their targets; asserts nothing.
//
// 1. Through the CMS (SQLite), with the demo data and with ten times the demo
//    (SDD_DEMO_SCALE=10, multiplyContent): an editor publishes a changed KPI in
//    the CMS (admin API, as the admin panel does) → webhook → debounce →
//    snapshot → incremental astro build + Pagefind → checks → switch → the
//    served page shows the change. Median of BENCH_ROUNDS (5).
// 2. The site build alone, for the demo and the 10× snapshot
//    (multiplyContent, as the CMS seeds it): full build, incremental build after one KPI
//    changed (median of BENCH_ROUNDS) through the publisher's warm builder
//    (scripts/publisher/warm-site-builder.ts) and as a process of its own
//    (`node site/scripts/build.ts`), checks, and the bare-Astro floor for
//    the same page count, and for as many outputs (the pages and the files
//    beside them), measured in the same run (astro-floor.ts), with the
//    ratios to them.
// Run: node scripts/bench/publish.ts (BENCH_PART=cms|site for one part).
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { multiplyContent, snapshotSchema, type PublisherStatus, type Snapshot } from '@sdd/shared-types';
import { freePort } from '../../cms/scripts/free-port.ts';
import { startStrapi } from '../../cms/scripts/launch-strapi.ts';
import { allFiles, brokenInternalLinks, htmlPages } from '../publisher/built-site.ts';
import { DEFAULT_DEBOUNCE_MS, DEFAULT_KEEP_BUILDS, publisherConfig } from '../publisher/config.ts';
import { SITE_BUILD } from '../publisher/site-builder.ts';
import { startPublisher } from '../publisher/publisher.ts';
import { createWarmSiteBuilder } from '../publisher/warm-site-builder.ts';
import { startStaticServer } from '../serve/static-server.ts';
import { astroFloorMs } from './astro-floor.ts';
import { percentile } from './stats.ts';
import { adminJwt, BENCH_ADMIN as ADMIN } from './admin-login.ts';
import { benchPart, benchRounds } from './bench-config.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ROUNDS = benchRounds(5);
const PART = benchPart();
/** The publisher's own default, as `npm start` runs it. */
const DEBOUNCE_MS = DEFAULT_DEBOUNCE_MS;
const work = mkdtempSync(join(tmpdir(), 'sdd-bench-publish-'));
const median = (samples: number[]) => percentile(samples, 50);
/** Untimed pause between two publishes: the builder links the next build's kept pages meanwhile (stageNextBuild). */
const BETWEEN_PUBLISHES_MS = 3000;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Part 1: publish in the CMS → served, with the publisher as `npm start` runs it (incremental). */
async function throughCms(scale: 1 | 10): Promise<void> {
  const secret = randomBytes(32).toString('base64url');
  /** The publisher's log lines of the current round: the builder's report and how the snapshot was read. */
  let said: string[] = [];
  const publisherPort = await freePort();
  const cms = await startStrapi({
    env: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SDD_PUBLISHER_URL: `http://127.0.0.1:${publisherPort}`,
      SDD_WEBHOOK_SECRET: secret,
      SDD_DEMO_SCALE: String(scale),
    },
    // Seeding ten times the demo takes about a minute.
    timeoutMs: 600_000,
  });
  const publisher = await startPublisher(
    publisherConfig({
      ...process.env,
      PUBLISHER_PORT: String(publisherPort),
      PUBLISHER_STATE_DIR: join(work, `publisher-${scale}`),
      PUBLISHER_DEBOUNCE_MS: String(DEBOUNCE_MS),
      CMS_URL: cms.url,
      CMS_TOKEN: readFileSync(join(cms.stateDir, 'build-token'), 'utf8').trim(),
      SDD_WEBHOOK_SECRET: secret,
    }),
    (line) => said.push(line),
  );
  const sitePort = await freePort();
  const web = await startStaticServer(() => publisher.liveSiteDir() ?? work, sitePort);
  try {
    publisher.trigger('bench: first build');
    await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 200));
    await publisher.idle();
    const jwt = await adminJwt(cms.url);
    const auth = { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' };
    const list = (await (await fetch(`${cms.url}/api/kpis?pagination[pageSize]=1`)).json()) as {
      data: { documentId: string; code: string }[];
    };
    const kpi = list.data[0]!;
    const page = `http://127.0.0.1:${sitePort}/kennzahlen/${kpi.code.toLowerCase()}/`;
    const totals: number[] = [];
    const snapshots: number[] = [];
    /** Publish returned → build started (the CMS's webhook and the debounce), and the build's own time. */
    const untilBuild: number[] = [];
    const buildTimes: number[] = [];
    let lastSteps = '';
    let readAlone = 0;
    let lastBuilderLines = '';
    /** Each round's publisher log, to show what a slow round did. */
    const logs: string[][] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      said = [];
      const name = `Benchmark-Kennzahl ${round} ${Date.now()}`;
      const res = await fetch(
        `${cms.url}/content-manager/collection-types/plugin::smart-data.kpi/${kpi.documentId}/actions/publish`,
        { method: 'POST', headers: auth, body: JSON.stringify({ name }) },
      );
      if (!res.ok) throw new Error(`publish failed: ${res.status} ${await res.text()}`);
      const published = performance.now();
      const publishedAt = Date.now();
      // A request may meet the switch or a busy server: it is asked again, as a reloading visitor would.
      const shows = () =>
        fetch(page)
          .then((r) => r.text())
          .then((text) => text.includes(name))
          .catch(() => false);
      while (!(await shows())) await new Promise((r) => setTimeout(r, 50));
      totals.push(performance.now() - published);
      await publisher.idle();
      const status = (await (await fetch(`${publisher.url}/status`)).json()) as PublisherStatus;
      snapshots.push(status.live!.steps.find((step) => step.name === 'snapshot')?.ms ?? 0);
      const started = Date.parse(status.live!.startedAt);
      untilBuild.push(started - publishedAt);
      buildTimes.push(Date.parse(status.live!.finishedAt!) - started);
      lastSteps = status.live!.steps.map((step) => `${step.name} ${s(step.ms)}`).join(', ');
      if (said.some((line) => line.startsWith('snapshot: '))) readAlone++;
      lastBuilderLines = stepsOf(said);
      logs.push(said);
      // An editor publishes the next KPI some seconds later, not at once (a burst is one build, see the debounce).
      await new Promise((r) => setTimeout(r, BETWEEN_PUBLISHES_MS));
    }
    const data = scale === 1 ? 'demo data' : `${scale}× the demo data`;
    console.log(`Publish → live, one KPI, through the CMS (${data}, SQLite, incremental builds)`);
    console.log(
      `  median ${s(median(totals))} over ${ROUNDS} rounds (${totals.map(s).join(', ')}; target ≤ ${scale === 1 ? 3 : 5} s)` +
        `\n  medians: publish → build starts ${s(median(untilBuild))} (webhook + debounce ${s(DEBOUNCE_MS)}), ` +
        `build ${s(median(buildTimes))}, snapshot ${s(median(snapshots))}; last build: ${lastSteps}` +
        `\n  the snapshot read only the KPI published in ${readAlone} of ${ROUNDS} builds; the last build's builder: ${lastBuilderLines}`,
    );
    // A round twice as slow as the median is shown whole: the figure alone does not say why.
    totals.forEach((total, i) => {
      if (total > 2 * median(totals))
        console.log(
          `  round ${i + 1} (${s(total)}), the publisher's log:\n${logs[i]!.map((l) => `    ${l}`).join('\n')}`,
        );
    });
  } finally {
    await new Promise((r) => web.close(r));
    await publisher.stop();
    await cms.stop();
  }
}

/** The lines a build reported of its steps, without the "site build: " before each. */
const stepsOf = (lines: string[]) =>
  lines
    .filter((line) => line.startsWith('site build: '))
    .map((line) => line.slice('site build: '.length))
    .join('; ');

/** One site build; returns its milliseconds and what it said of its steps. */
function siteBuild(snapshot: string, out: string, env: Record<string, string>): { ms: number; steps: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [SITE_BUILD], {
    cwd: join(ROOT, 'site'),
    env: { ...process.env, SNAPSHOT_FILE: snapshot, SITE_OUT_DIR: out, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`site build failed: ${result.stderr.slice(-2000)}`);
  const ms = performance.now() - started;
  return { ms, steps: stepsOf(result.stdout.split('\n')) };
}

/**
 * The files Astro's routes made besides the HTML pages (the catalogues, the collection's downloads, the search index…):
 * not its bundled assets (`_astro/`), the full-text index (`pagefind/`), the copies of `public/`, or the files the
 * build makes beside Astro (site/scripts/beside-astro.ts): the share previews (`vorschau.png`, `<code>.vorschau.png`)
 * and the download files of each KPI and tile (`kennzahlen/<code>.csv|json|svg`, `kacheln/<slug>.csv|json|svg`,
 * `daten/excel/<code>.csv`).
 */
function routedFiles(dir: string): string[] {
  const copied = new Set(allFiles(join(ROOT, 'site', 'public')).map((f) => relative(join(ROOT, 'site', 'public'), f)));
  const besideAstro = /(^|\.)vorschau\.png$|^(kennzahlen|kacheln)\/[^/]+\.(csv|json|svg)$|^daten\/excel\//;
  return allFiles(dir)
    .map((f) => relative(dir, f))
    .filter((f) => !f.endsWith('.html') && !/^(_astro|pagefind)\//.test(f) && !besideAstro.test(f) && !copied.has(f));
}

/** Part 2: full and incremental builds of one snapshot against the floor. */
async function buildSide(label: string, snapshot: Snapshot): Promise<void> {
  const cache = join(work, `cache-${label}`);
  const file = join(work, `${label}.json`);
  const out = join(work, `out-${label}`);
  const write = (round: number) => {
    const changed = structuredClone(snapshot);
    const kpi = changed.kpis.find((k) => k.observations.length > 0)!;
    // The 10× snapshot's copies share their observations: change this KPI's own, not all ten.
    kpi.observations = kpi.observations.map((o) => ({ ...o }));
    kpi.observations.at(-1)!.value = (kpi.observations.at(-1)!.value ?? 0) + round;
    writeFileSync(file, JSON.stringify(changed));
  };
  const incremental = { SITE_INCREMENTAL: '1', SITE_CACHE_DIR: cache };
  // Each build into a folder of its own, as the publisher's builds/<id>/site. As the publisher does, the builds before
  // stay while the next one is made (the live one and PUBLISHER_KEEP_BUILDS in all), and older ones are removed
  // after it, untimed. Removing the previous build just before the next one would not be what the publisher does,
  // and it is slow here: on this machine's file system (ext4 without a journal), creating files right after many
  // were deleted costs several times as much.
  let round = 0;
  const nextOut = () => `${out}-${round++}`;
  const pruneOld = () => rmSync(`${out}-${round - 1 - DEFAULT_KEEP_BUILDS}`, { recursive: true, force: true });
  write(0);
  const fullOut = nextOut();
  const full = siteBuild(file, fullOut, { ...incremental, SITE_FULL_BUILD: '1' }).ms;
  const pages = htmlPages(fullOut).length;
  const files = routedFiles(fullOut).length;
  const checks: number[] = [];
  const check = (dir: string) => {
    const started = performance.now();
    brokenInternalLinks(dir);
    checks.push(performance.now() - started);
  };
  // The publisher's way: one builder process; its first build starts Astro, the next ones render in it again.
  let said: string[] = [];
  const builder = createWarmSiteBuilder({ ...process.env, ...incremental }, (line) => said.push(line));
  const warm = async (changeRound: number) => {
    write(changeRound);
    said = [];
    const dir = nextOut();
    const started = performance.now();
    // With the page manifest the publisher's checks read, as the publisher asks for it.
    await builder.build(
      { snapshotFile: file, outDir: dir, pagesFile: `${dir}.pages.json` },
      new AbortController().signal,
    );
    const ms = performance.now() - started;
    check(dir);
    pruneOld();
    // The next KPI is published later, as editors do (a burst is one build, see the debounce): the builder links the
    // next build's kept pages in that time (stageNextBuild), and so does it here.
    await new Promise((r) => setTimeout(r, BETWEEN_PUBLISHES_MS));
    return ms;
  };
  const warmBuilds: number[] = [];
  const firstOfProcess = await warm(1).catch((error: unknown) => {
    builder.close();
    throw error;
  });
  try {
    for (let r = 2; r <= ROUNDS + 1; r++) warmBuilds.push(await warm(r));
  } finally {
    builder.close();
  }
  const warmSteps = stepsOf(said);
  // A process per build (`node site/scripts/build.ts`, SITE_INCREMENTAL=1).
  const ownProcess: number[] = [];
  let ownSteps = '';
  for (let r = ROUNDS + 2; r <= 2 * ROUNDS + 1; r++) {
    write(r);
    const build = siteBuild(file, nextOut(), incremental);
    pruneOld();
    ownProcess.push(build.ms);
    ownSteps = build.steps;
  }
  const floor = astroFloorMs(pages);
  const floorWithFiles = astroFloorMs(pages, files);
  console.log(`Site build, ${label}: ${pages} HTML pages and ${files} files beside them`);
  console.log(`  full build (astro + Pagefind): ${s(full)}${label === '10×' ? ' (target ≤ 12 s)' : ''}`);
  console.log(
    `  incremental build after one KPI changed, warm builder (the publisher's): median ${s(median(warmBuilds))}` +
      ` (${warmBuilds.map(s).join(', ')}); the first of its process ${s(firstOfProcess)}\n    last one: ${warmSteps}`,
  );
  console.log(
    `  the same, a process per build (site/scripts/build.ts): median ${s(median(ownProcess))}` +
      ` (${ownProcess.map(s).join(', ')})\n    last one: ${ownSteps}`,
  );
  console.log(`  checks (page count, links): median ${s(median(checks))}`);
  console.log(
    `  bare Astro, ${pages} trivial pages, now: ${s(floor)}; full build ${(full / floor).toFixed(1)}× that, ` +
      `warm incremental ${(median(warmBuilds) / floor).toFixed(1)}×`,
  );
  console.log(
    `  bare Astro, the same pages and ${files} trivial files beside them (as many outputs as the site), now: ` +
      `${s(floorWithFiles)}; full build ${(full / floorWithFiles).toFixed(1)}× that (Pagefind not in the floor)`,
  );
}

try {
  const demo = snapshotSchema.parse(
    JSON.parse(readFileSync(join(ROOT, 'site', 'fixtures', 'demo-snapshot.json'), 'utf8')),
  );
  if (PART !== 'site') {
    await throughCms(1);
    await throughCms(10);
  }
  if (PART !== 'cms') {
    await buildSide('demo', demo);
    await buildSide('10×', multiplyContent(demo, 10));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
