// `npm test`: unit tests, the site built from the fixture snapshot and
// driven in Chromium, then the CMS integration tests against a real Strapi
// on SQLite and on PostgreSQL (required in CI, skipped with a notice locally
// when PostgreSQL is not installed). Ends with one summary line.
//
// Suites run two at a time (SDD_TEST_JOBS): much of a suite's time is spent
// waiting for Strapi, PostgreSQL and Chromium, so a second suite uses the
// idle core. Each has its own free ports, temporary folders and Astro cache
// folder (SITE_CACHE_DIR), so two site builds never write the same content
// cache; what they share is read-only (the builds of shared-types, plugin and
// admin) or written by atomic rename (the PNG cache, site/src/lib/images/png.ts).
// Each suite's output is printed whole when it ends, with its time.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

const vitest = join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const reports = mkdtempSync(join(tmpdir(), 'sdd-test-'));
const jobs = Math.max(1, Number(process.env.SDD_TEST_JOBS ?? 2) || 1);

interface Suite {
  name: string;
  /** A vitest project, or … */
  project?: string;
  /** … a command that passes or fails as a whole (type check, format, lint). */
  command?: string[];
  env?: Record<string, string>;
}

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  success: boolean;
}

if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error(
    'Chromium is needed for the site tests but /usr/bin/chromium is missing: apt-get install -y chromium (.ci/run does this).',
  );
  process.exit(1);
}
const hasPostgres =
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((v) => existsSync(join('/usr/lib/postgresql', v, 'bin', 'initdb')));
// Longest first, so the last suite to start is a short one.
const suites: Suite[] = [];
if (hasPostgres) suites.push({ name: 'cms on PostgreSQL', project: 'cms', env: { SDD_TEST_DB: 'postgres' } });
else if (process.env.CI) {
  console.error(
    'PostgreSQL is required in CI but /usr/lib/postgresql/*/bin/initdb was not found (.ci/run installs it).',
  );
  process.exit(1);
} else
  console.warn(
    '\n[test] PostgreSQL not installed: skipping the PostgreSQL run (apt-get install -y postgresql to include it).\n',
  );
suites.push(
  { name: 'site in Chromium', project: 'site' },
  { name: 'cms on SQLite', project: 'cms', env: { SDD_TEST_DB: 'sqlite' } },
  { name: 'unit', project: 'unit' },
  // Types (tsc, svelte-check), Prettier and ESLint: a successor's first checks, so they gate like tests do.
  { name: 'type check, format and lint', command: ['pnpm', 'run', '--silent', 'checks'] },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];
const started = performance.now();
const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

async function run(suite: Suite, i: number): Promise<void> {
  const out = join(reports, `${i}.json`);
  const log = join(reports, `${i}.log`);
  const begin = performance.now();
  console.log(`[test] ${suite.name}: started`);
  const output = createWriteStream(log);
  const [command, ...args] = suite.command ?? [
    process.execPath,
    vitest,
    'run',
    '--project',
    suite.project ?? '',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ];
  const child = spawn(command!, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SITE_CACHE_DIR: join(reports, `astro-cache-${i}`), ...suite.env },
  });
  child.stdout.pipe(output, { end: false });
  child.stderr.pipe(output, { end: false });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  await new Promise((resolve) => output.end(resolve));
  console.log(`\n━━ ${suite.name} (${minutes(performance.now() - begin)}) ━━`);
  process.stdout.write(readFileSync(log));
  if (suite.command) {
    if (status !== 0) {
      failures.push(`${suite.name}: failed (exit ${status}), see its output above`);
      failed++;
    }
    return;
  }
  if (!existsSync(out)) {
    failures.push(`${suite.name}: vitest produced no report (exit ${status})`);
    failed++;
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  if (!report.success) {
    failures.push(
      `${suite.name}: ${report.numFailedTests} failed${report.numTotalTests === 0 ? ' (no tests ran)' : ''}`,
    );
    if (report.numFailedTests === 0) failed++; // a failing setup counts as a failure
  }
}

const queue = suites.map((suite, i) => ({ suite, i }));
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await run(next.suite, next.i);
  }),
);
rmSync(reports, { recursive: true, force: true });

console.log('');
for (const f of failures) console.log(`✗ ${f}`);
console.log(
  `tests: ${passed} passed, ${failed} failed, ${skipped} skipped in ${minutes(performance.now() - started)} (${jobs} suites at a time)`,
);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
