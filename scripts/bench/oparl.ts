// Council-data sync benchmark: 200 meetings with 3,000 agenda items (15 each,
// 4 Gremien, 50 per list page), each item with a paper (Drucksache) through a
// consultation (the Body's paper and consultation lists, 60 pages each), from
// the local OParl test server into a throw-away CMS with the demo data (SQLite). Whole command wall time, as an
// operator's cron job would wait: the floor (reading every page, no CMS), a
// dry run, the first --apply, a no-change --apply (incremental: nothing
// changed since) and a no-change --full --apply (every page read and
// compared, 0 writes). Prints figures; asserts nothing. Run: node scripts/bench/oparl.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStrapi } from '../../cms/scripts/launch-strapi.ts';
import { createClient } from '../oparl/client.ts';
import { readSystem } from '../oparl/read-system.ts';
import { startOparlServer } from '../oparl/test/support/oparl-server.ts';
import { makeWorld } from '../oparl/test/support/oparl-world.ts';
import { runScript } from '../test/run-script.ts';

const MEETINGS = 200;
const ITEMS = 15;
const MAIN = join(import.meta.dirname, '..', 'oparl', 'main.ts');
const work = mkdtempSync(join(tmpdir(), 'sdd-bench-oparl-'));
const server = await startOparlServer(
  (base) => makeWorld(base, { bodies: 4, meetings: MEETINGS, itemsPerMeeting: ITEMS, papers: true }),
  {
    pageSize: 50,
  },
);
const cms = await startStrapi({});

// The OParl server runs in this process: the command must run beside it (async), never with spawnSync.
async function timed(...args: string[]): Promise<{ seconds: number; out: string }> {
  const started = performance.now();
  const result = await runScript(MAIN, [server.systemUrl, ...args], {
    CMS_URL: cms.url,
    CMS_IMPORT_TOKEN: readFileSync(join(cms.stateDir, 'import-token'), 'utf8').trim(),
    OPARL_STATE_FILE: join(work, 'state.json'),
    OPARL_THROTTLE_MS: '0',
  });
  if (result.code !== 0) throw new Error(`oparl failed (${result.code}): ${result.err.slice(0, 2000)}`);
  return { seconds: (performance.now() - started) / 1000, out: result.out };
}

try {
  const started = performance.now();
  const read = await readSystem(createClient({ throttleMs: 0, tries: 1, backoffMs: 0, timeoutMs: 60_000 }), {
    systemUrl: server.systemUrl,
    organizations: [],
  });
  const floor = (performance.now() - started) / 1000;
  const items = read.meetings.reduce((n, m) => n + m.agendaItems.length, 0);
  const dry = await timed();
  const first = await timed('--apply');
  const again = await timed('--apply');
  const full = await timed('--apply', '--full');
  const writes = (out: string) => /Gespeichert: (\d+) Einträge/.exec(out)?.[1] ?? '?';
  const paperLinks = read.meetings.reduce((n, m) => n + m.agendaItems.filter((a) => a.links.length > 0).length, 0);
  console.log(
    `OParl sync benchmark (${read.meetings.length} meetings, ${items} agenda items, ${paperLinks} with a paper, SQLite)`,
  );
  console.log(`  floor: read every page, no CMS (in process): ${floor.toFixed(2)} s`);
  console.log(`  dry run (read, compare in the CMS):           ${dry.seconds.toFixed(1)} s`);
  console.log(
    `  first --apply (one transaction):              ${first.seconds.toFixed(1)} s, ${writes(first.out)} writes`,
  );
  console.log(
    `  no-change --apply (incremental):              ${again.seconds.toFixed(1)} s, ${writes(again.out)} writes`,
  );
  console.log(
    `  no-change --apply --full (compare all):       ${full.seconds.toFixed(1)} s, ${writes(full.out)} writes`,
  );
} finally {
  await cms.stop();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
