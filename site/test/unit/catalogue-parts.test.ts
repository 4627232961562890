// The open-data catalogue made in parts (src/lib/open-data/catalogue.ts) and
// serialised part by part (rdf.ts): a warm builder keeps an unchanged KPI's
// part and its text from build to build. The documents must be those of the
// same triples serialised at once, and those of a process that made nothing
// before. (The e2e test parses the built catalogue against the DCAT-AP.de
// shapes; the incremental-build test compares whole builds.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { snapshotSchema, type Snapshot } from '@sdd/shared-types';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'demo-snapshot.json');
const demo: Snapshot = snapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
const SITE = 'https://daten.example.org/';

/** The catalogue's modules as a new process loads them: nothing kept from an earlier catalogue. */
async function freshModules() {
  vi.resetModules();
  const catalogue = await import('../../src/lib/open-data/catalogue.ts');
  const rdf = await import('../../src/lib/open-data/rdf.ts');
  return { ...catalogue, ...rdf };
}

/** The demo, with one KPI's description changed (a copy: the other KPIs stay the same objects). */
function withOneChanged(snapshot: Snapshot): Snapshot {
  const at = snapshot.kpis.findIndex((k) => k.observations.length > 0);
  const kpis = [...snapshot.kpis];
  kpis[at] = { ...kpis[at]!, description: `${kpis[at]!.description} (geändert)` };
  return { ...snapshot, kpis };
}

/** A serialisation's bytes as text. */
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('the catalogue in parts', () => {
  it('serialises to the same documents as its triples all at once', async () => {
    const m = await freshModules();
    const parts = m.catalogueParts(demo, SITE);
    const toTurtle = (p: typeof parts) => text(m.toTurtle(p));
    const toRdfXml = (p: typeof parts) => text(m.toRdfXml(p));
    expect(parts.length).toBe(1 + demo.kpis.length + 1);
    expect(toTurtle(parts)).toBe(toTurtle([parts.flat()]));
    expect(toRdfXml(parts)).toBe(toRdfXml([parts.flat()]));
    // No subject in two parts: that is what makes a part's text its own.
    const subjectsOf = (part: readonly (typeof parts)[number][number][]) =>
      new Set(part.map(([s]) => ('iri' in s ? s.iri : `_:${s.blank}`)));
    const seen = new Set<string>();
    for (const part of parts)
      for (const subject of subjectsOf(part)) {
        expect(seen.has(subject), subject).toBe(false);
        seen.add(subject);
      }
  });

  it('keeps the unchanged KPIs’ parts of the last catalogue, and gives what a new process gives', async () => {
    const warm = await freshModules();
    const first = warm.catalogueParts(demo, SITE);
    warm.toTurtle(first);
    warm.toRdfXml(first);
    const changed = withOneChanged(demo);
    const second = warm.catalogueParts(changed, SITE);
    const kept = second.filter((part) => first.includes(part));
    expect(kept.length).toBe(demo.kpis.length - 1);
    const cold = await freshModules();
    const fresh = cold.catalogueParts(changed, SITE);
    expect(text(warm.toTurtle(second))).toBe(text(cold.toTurtle(fresh)));
    expect(text(warm.toRdfXml(second))).toBe(text(cold.toRdfXml(fresh)));
    expect(text(warm.toTurtle(second))).toContain('(geändert)');
  });
});
