// npm run oparl -- <System-URL> [--body ID] [--organization ID …] [--apply] [--full] [--gremien]
//
// Takes the council's sessions from its council information system (OParl
// 1.1) into the CMS: Gremien, their meetings and agenda items. A dry run
// unless --apply; --apply writes everything in one transaction or nothing.
// After a successful --apply the server's time is remembered (state.ts) and
// the next run reads only what changed since; --full reads everything again.
// --gremien lists the system's organizations with their ids.
// CMS_URL (default http://127.0.0.1:1337), CMS_IMPORT_TOKEN (default
// cms/.data/import-token), OPARL_STATE_FILE (default .data/oparl-state.json),
// OPARL_THROTTLE_MS (least time between requests, default 200).
// Exit codes: 0 done, 1 the council system failed or sent nothing usable,
// 2 wrong call or the CMS refused.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, DEFAULT_CLIENT_OPTIONS, OparlError } from './client.ts';
import { CmsSyncError, sendSync } from './cms.ts';
import { formatResult } from './print.ts';
import { listOrganizations, readSystem } from './read-system.ts';
import { readState, stateKey, writeState } from './state.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const USAGE =
  'Aufruf: npm run oparl -- <System-URL> [--body ID] [--organization ID …] [--apply] [--full] [--gremien]\n' +
  'Beispiel: npm run oparl -- https://buergerinfo.example.de/oparl/system --organization https://…/organization/12';

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      body: { type: 'string' },
      organization: { type: 'string', multiple: true, default: [] },
      apply: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      gremien: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(2, `${(error as Error).message}\n${USAGE}`);
}
const systemUrl = args.positionals[0];
if (!systemUrl || args.positionals.length > 1 || !/^https?:\/\//.test(systemUrl)) fail(2, USAGE);

const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
const tokenFile = resolve(ROOT, 'cms', process.env.SDD_STATE_DIR ?? '.data', 'import-token');
const token =
  process.env.CMS_IMPORT_TOKEN ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined);
const stateFile = resolve(process.env.OPARL_STATE_FILE ?? join(ROOT, '.data', 'oparl-state.json'));
const throttle = Number(process.env.OPARL_THROTTLE_MS ?? DEFAULT_CLIENT_OPTIONS.throttleMs);
const backoff = Number(process.env.OPARL_BACKOFF_MS ?? DEFAULT_CLIENT_OPTIONS.backoffMs);

/** ", 1 geänderte Drucksache", ", 2 gelöschte Drucksachen", or nothing. */
const paperCount = (n: number, what: string) => (n === 0 ? '' : `, ${n} ${what} Drucksache${n === 1 ? '' : 'n'}`);

let pages = 0;
let items = 0;
const client = createClient({
  ...DEFAULT_CLIENT_OPTIONS,
  throttleMs: Number.isFinite(throttle) ? throttle : DEFAULT_CLIENT_OPTIONS.throttleMs,
  backoffMs: Number.isFinite(backoff) ? backoff : DEFAULT_CLIENT_OPTIONS.backoffMs,
  onPage: (_url, count) => {
    pages++;
    items += count;
    if (pages % 20 === 0) console.error(`… ${pages} Seiten gelesen, ${items} Einträge`);
  },
});

try {
  if (args.values.gremien) {
    for (const o of await listOrganizations(client, systemUrl, args.values.body))
      console.log(`${o.id}\t${o.name}\t${o.classification}\t(${o.body})`);
    process.exit(0);
  }
  const key = stateKey(systemUrl, args.values.body, args.values.organization);
  const state = readState(stateFile);
  const since = args.values.full || !state[key] ? undefined : new Date(state[key].lastSync);
  console.log(
    since
      ? `Lese Änderungen seit ${since.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })} aus ${systemUrl} …`
      : `Lese alle Sitzungen aus ${systemUrl} …`,
  );
  const read = await readSystem(client, {
    systemUrl,
    ...(args.values.body ? { body: args.values.body } : {}),
    organizations: args.values.organization,
    ...(since ? { since } : {}),
  });
  console.log(
    `Gelesen: ${client.requests()} Anfragen, ${read.bodies.length} Gremien, ${read.meetings.length} Sitzungen` +
      `${read.deletedMeetings.length > 0 ? `, ${read.deletedMeetings.length} gelöschte` : ''}` +
      paperCount(read.papers.length, 'geänderte') +
      `${paperCount(read.deletedPapers.length, 'gelöschte')}.`,
  );
  for (const note of read.notes) console.log(`Hinweis: ${note}`);
  const result = await sendSync(cmsUrl, token, {
    dryRun: !args.values.apply,
    bodies: read.bodies,
    meetings: read.meetings,
    deletedMeetings: read.deletedMeetings,
    completeBodies: since ? [] : read.bodies.map((b) => b.oparlId),
    papers: read.papers,
    deletedPapers: read.deletedPapers,
  });
  console.log(formatResult(result));
  if (args.values.apply) writeState(stateFile, { ...state, [key]: { lastSync: read.serverTime.toISOString() } });
} catch (error) {
  if (error instanceof OparlError)
    fail(1, `Fehler im Ratsinformationssystem: ${error.message} Es wurde nichts gespeichert.`);
  if (error instanceof CmsSyncError) fail(2, error.message);
  throw error;
}
