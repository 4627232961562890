// Regenerates the committed demo snapshot (site/fixtures/demo-snapshot.json)
// from a throw-away CMS seeded with the demo data, through the real snapshot
// code. Run after changing the demo data or the content model:
//   npm run fixture:snapshot
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { startStrapi } from '../../cms/scripts/launch-strapi.ts';
import { createCmsClient } from './cms-client.ts';
import { takeSnapshot } from './take-snapshot.ts';
import { writeJsonAtomically } from './write-json-atomically.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'site', 'fixtures', 'demo-snapshot.json');

const cms = await startStrapi();
try {
  const token = readFileSync(join(cms.stateDir, 'build-token'), 'utf8').trim();
  // Stable metadata, so that regenerating without content changes changes nothing.
  const snapshot = await takeSnapshot(
    createCmsClient(cms.url, token),
    'http://127.0.0.1:1337',
    new Date('2025-03-03T09:21:00.000Z'),
  );
  writeJsonAtomically(FIXTURE, snapshot);
  console.log(`fixture: ${snapshot.kpis.length} KPIs, ${snapshot.tiles.length} tiles → ${FIXTURE}`);
} finally {
  await cms.stop();
}
