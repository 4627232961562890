// Open-data benchmark: time to make the DCAT-AP.de catalogue (every
// download's bytes for dcat:byteSize, the ZIP included, then RDF/XML and
// Turtle) and its size, for the demo fixture and a snapshot ten times larger.
// Floors: a tenth of the site build's 30 s budget for the demo (3 s), linear
// for the 10× snapshot (30 s) — the files are made once per build and shared
// with the endpoints that write them — and ≤ 50 MB per serialisation (what
// ckanext-dcat's RDF harvester, used by state portals and GovData, accepts
// per response).
// Prints figures; asserts nothing. Run: node scripts/bench/open-data.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { multiplyContent, snapshotSchema, type Snapshot } from '@sdd/shared-types';
import { catalogueParts } from '../../site/src/lib/open-data/catalogue.ts';
import { toRdfXml, toTurtle } from '../../site/src/lib/open-data/rdf.ts';
import { percentile } from './stats.ts';
import { REPO_ROOT } from '../paths.ts';
import { benchRounds } from './bench-config.ts';

const FIXTURE = join(REPO_ROOT, 'site', 'fixtures', 'demo-snapshot.json');
const ROUNDS = benchRounds(5);
const SITE = 'https://daten.example.org';
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** The snapshot as taken `days` later. */
const onDay = (snapshot: Snapshot, days: number): Snapshot => ({
  ...snapshot,
  generatedAt: new Date(Date.parse(snapshot.generatedAt) + days * 86_400_000).toISOString(),
});

function measure(name: string, snapshot: Snapshot, floorSeconds: number) {
  const times: number[] = [];
  const cpu: number[] = [];
  let rdf = new Uint8Array();
  let ttl = new Uint8Array();
  let triples = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    // Another day each round: the catalogue keeps each KPI's triples of the last one it made (a warm builder's next
    // build), and a new day changes them all — so each round is made from scratch.
    const t = catalogueParts(onDay(snapshot, i), SITE);
    rdf = toRdfXml(t);
    ttl = toTurtle(t);
    times.push((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1e6);
    triples = t.reduce((n, part) => n + part.length, 0);
  }
  const median = percentile(times, 50);
  // A warm builder's next build after one KPI changed: the other KPIs' triples are those of the last catalogue.
  const changed = onDay(snapshot, ROUNDS - 1);
  changed.kpis = changed.kpis.map((k, i) => (i === 0 ? { ...k, description: `${k.description} (geändert)` } : k));
  const againStart = performance.now();
  toRdfXml(catalogueParts(changed, SITE));
  const again = (performance.now() - againStart) / 1000;
  const bytes = (s: Uint8Array) => s.length;
  // CPU time as well: on a shared, loaded machine the wall time says more about the neighbours.
  console.log(
    `  ${name.padEnd(14)} ${String(snapshot.kpis.length).padStart(5)} KPIs, ${String(triples).padStart(7)} triples: ${median.toFixed(2)} s median of ${ROUNDS} (floor ${floorSeconds} s), CPU ${percentile(cpu, 50).toFixed(2)} s`,
  );
  console.log(
    `  ${''.padEnd(14)} the same with one KPI changed, made again in the same process (RDF/XML): ${again.toFixed(2)} s`,
  );
  console.log(
    `  ${''.padEnd(14)} RDF/XML ${mb(bytes(rdf))} (gzip ${mb(gzipSync(rdf).length)}), Turtle ${mb(bytes(ttl))} (gzip ${mb(gzipSync(ttl).length)}); floor 50 MB each`,
  );
}

const base = snapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
console.log('Open-data catalogue benchmark (files, byte sizes, RDF/XML and Turtle)');
measure('demo', base, 3);
measure('10× snapshot', multiplyContent(base, 10), 30);
