// `npm run snapshot -- [--out FILE]`: reads all published content from the
// CMS (CMS_URL, default http://127.0.0.1:1337) with the read-only build
// token (CMS_TOKEN, default cms/.data/build-token), validates it and writes
// one snapshot file (default site/data/snapshot.json).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCmsClient } from './cms-client.ts';
import { CmsError, SnapshotInvalidError, takeSnapshot } from './take-snapshot.ts';
import { writeJsonAtomically } from './write-json-atomically.ts';
import { cmsStateDir, SITE_ROOT } from '../paths.ts';

export const DEFAULT_SNAPSHOT_FILE = join(SITE_ROOT, 'data', 'snapshot.json');

function defaultToken(): string | undefined {
  const file = join(cmsStateDir(), 'build-token');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? process.env.SNAPSHOT_FILE ?? DEFAULT_SNAPSHOT_FILE);
const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';

try {
  const started = performance.now();
  const snapshot = await takeSnapshot(createCmsClient(cmsUrl, process.env.CMS_TOKEN ?? defaultToken()), cmsUrl);
  writeJsonAtomically(out, snapshot);
  const ms = (performance.now() - started).toFixed(0);
  console.log(
    `snapshot: ${snapshot.kpis.length} KPIs, ${snapshot.tiles.length} tiles, ${snapshot.meetings.length} sessions, ${snapshot.pages.length} pages → ${out} (${ms} ms)`,
  );
} catch (error) {
  if (error instanceof CmsError || error instanceof SnapshotInvalidError) {
    console.error(`snapshot failed: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
