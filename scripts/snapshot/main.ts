// `npm run snapshot -- [--out FILE]`: reads all published content from the
// CMS (CMS_URL, default http://127.0.0.1:1337) with the read-only build
// token (CMS_TOKEN, default cms/.data/build-token), validates it and writes
// one snapshot file (default site/data/snapshot.json).
// The site builds from SNAPSHOT_FILE, else from the demo fixture — never from
// site/data/snapshot.json on its own, so that a stale file left there cannot
// change a build unnoticed. The command's last line says how to build from it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { cmsUrl, configOrExit, optionalText } from '../cli-config.ts';
import { createCmsClient } from './cms-client.ts';
import { CmsError, SnapshotInvalidError, takeSnapshot } from './take-snapshot.ts';
import { writeJsonAtomically } from './write-json-atomically.ts';
import { cmsStateDir, SITE_ROOT } from '../paths.ts';

export const DEFAULT_SNAPSHOT_FILE = join(SITE_ROOT, 'data', 'snapshot.json');

const configSchema = z.object({
  out: z.string().trim().min(1, 'braucht einen Dateinamen, z. B. --out snapshot.json').default(DEFAULT_SNAPSHOT_FILE),
  CMS_URL: cmsUrl(),
  CMS_TOKEN: optionalText(),
});

function defaultToken(): string | undefined {
  const file = join(cmsStateDir(), 'build-token');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const config = configOrExit('npm run snapshot', configSchema, {
  ...process.env,
  out: values.out ?? process.env.SNAPSHOT_FILE,
});
const out = resolve(config.out);

try {
  const started = performance.now();
  const snapshot = await takeSnapshot(
    createCmsClient(config.CMS_URL, config.CMS_TOKEN ?? defaultToken()),
    config.CMS_URL,
  );
  writeJsonAtomically(out, snapshot);
  const ms = (performance.now() - started).toFixed(0);
  console.log(
    `snapshot: ${snapshot.kpis.length} KPIs, ${snapshot.tiles.length} tiles, ${snapshot.meetings.length} sessions, ${snapshot.pages.length} pages → ${out} (${ms} ms)`,
  );
  console.log(
    `The site builds from the demo fixture unless told otherwise; to build from this snapshot:\n  SNAPSHOT_FILE=${out} node site/scripts/build.ts`,
  );
} catch (error) {
  if (error instanceof CmsError || error instanceof SnapshotInvalidError) {
    console.error(`snapshot failed: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
