// The collection's files made of pieces kept between builds (files.ts,
// zip.ts, deflated-pieces.ts): the bytes are those of the whole made at once,
// the archive opens with its checksums right, and a warm builder that kept
// pieces of an earlier build writes the same bytes as a fresh process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { snapshotSchema, type Snapshot } from '@sdd/shared-types';
import { CSV_HEADER, observationRows, toCsv, toExcelCsv } from '../../src/lib/csv.ts';
import { deflatedEntry, textPiece, zipOf } from '../../src/lib/open-data/deflated-pieces.ts';
import { collectionFiles, sortedKpis } from '../../src/lib/open-data/files.ts';
import { startNextBuild } from '../../src/lib/per-build.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'demo-snapshot.json');
const demo: Snapshot = snapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
/** The demo with one KPI's latest value changed, as a publish does. */
function republished(by: number): Snapshot {
  const next = structuredClone(demo);
  const kpi = next.kpis.find((k) => k.observations.some((o) => o.value !== null))!;
  const o = kpi.observations.find((x) => x.value !== null)!;
  o.value = o.value! + by;
  return next;
}
const bytesOf = (snapshot: Snapshot) => Object.fromEntries(collectionFiles(snapshot).map((f) => [f.path, f.bytes()]));
const text = (s: string) => Buffer.from(s, 'utf8');

describe('the collection files, made of pieces', () => {
  // First in this file: nothing is kept yet, so these bytes are a fresh process's.
  const fresh = bytesOf(republished(7));

  it('equal the whole made at once: both CSVs, the snapshot JSON, and every archive entry', () => {
    const snapshot = republished(7);
    const kpis = sortedKpis(snapshot);
    const csv = text(toCsv(CSV_HEADER, observationRows(kpis)));
    const excel = text(toExcelCsv(CSV_HEADER, observationRows(kpis)));
    const { source: _cms, ...published } = snapshot;
    expect(Buffer.from(fresh['/daten/kennzahlen.csv']!).equals(csv)).toBe(true);
    expect(Buffer.from(fresh['/daten/kennzahlen-excel.csv']!).equals(excel)).toBe(true);
    expect(Buffer.from(fresh['/daten/snapshot.json']!).equals(text(JSON.stringify(published)))).toBe(true);
    const entries = unzipSync(fresh['/daten/offene-daten.zip']!);
    expect(Object.keys(entries)).toEqual([
      'kennzahlen.csv',
      'kennzahlen-excel.csv',
      'kennzahlen.json',
      'metadaten.json',
      'LIZENZ.txt',
      'LIESMICH.txt',
    ]);
    expect(Buffer.from(entries['kennzahlen.csv']!).equals(csv)).toBe(true);
    expect(Buffer.from(entries['kennzahlen-excel.csv']!).equals(excel)).toBe(true);
    expect(Buffer.from(entries['kennzahlen.json']!).equals(text(JSON.stringify(kpis, null, 2)))).toBe(true);
    const metadata = JSON.parse(Buffer.from(entries['metadaten.json']!).toString('utf8')) as { code: string }[];
    expect(metadata.map((m) => m.code)).toEqual(kpis.map((k) => k.code));
    expect(Buffer.from(entries['LIESMICH.txt']!).toString('utf8')).toContain(`kennzahlen.csv (${csv.length} Byte)`);
  });

  it('are the same bytes in a builder that kept the pieces of other builds', () => {
    startNextBuild();
    bytesOf(republished(1));
    startNextBuild();
    const warm = bytesOf(republished(7));
    for (const [path, bytes] of Object.entries(fresh)) expect(Buffer.from(warm[path]!).equals(bytes), path).toBe(true);
  });

  it('change when a KPI changed', () => {
    startNextBuild();
    const other = bytesOf(republished(2));
    for (const path of Object.keys(fresh)) expect(Buffer.from(other[path]!).equals(fresh[path]!), path).toBe(false);
  });
});

describe('an entry deflated in pieces', () => {
  it('is one valid deflate stream of all pieces, with their size and checksum, stored or compressed', () => {
    const pieces = ['Kennzahl;Wert\r\n', 'KLI-01;12,5\r\n'.repeat(500), 'Ämter – Grüße\r\n'];
    const whole = text(pieces.join(''));
    for (const level of [0, 6]) {
      const entry = deflatedEntry(pieces.map(textPiece), level);
      expect(inflateRawSync(Buffer.concat(entry.chunks)).equals(whole)).toBe(true);
      expect(entry.size).toBe(whole.length);
      expect(entry.crc).toBe(crc32(whole));
      const zip = zipOf([['a.csv', entry]], new Date('2025-03-03T09:21:00Z'));
      expect(Buffer.from(unzipSync(zip)['a.csv']!).equals(whole)).toBe(true);
    }
  });
});
