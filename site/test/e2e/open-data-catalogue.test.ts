// The DCAT-AP.de catalogue a state portal harvests, read the way a harvester
// reads it: both serialisations parsed by real RDF parsers (n3 for Turtle,
// rdfxml-streaming-parser for RDF/XML) and validated by a real SHACL engine
// (rdf-validate-shacl) against our shapes for the specification's required
// properties and GovData's conventions. Then: every published KPI once, every
// distribution served with the size it declares, nothing unpublished.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory, Parser, Store, type Quad } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import SHACLValidator from 'rdf-validate-shacl';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Snapshot } from '@sdd/shared-types';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot;
const shapes = new Parser().parse(
  readFileSync(join(import.meta.dirname, '..', 'open-data', 'dcat-ap-de.shapes.ttl'), 'utf8'),
);

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const DCATDE = 'http://dcat-ap.de/def/dcatde/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const { namedNode } = DataFactory;

function parseRdfXml(text: string): Promise<Quad[]> {
  return new Promise((ok, fail) => {
    const quads: Quad[] = [];
    // Its own data factory: n3's (1.x) would lose language tags, since the parser passes them RDF 1.2 style.
    const parser = new RdfXmlParser();
    parser
      .on('data', (q: Quad) => quads.push(q))
      .on('error', fail)
      .on('end', () => ok(quads));
    parser.end(text);
  });
}

/** A triple as text with blank-node labels erased, so two parses of the same graph compare equal. */
const shape = (q: Quad) =>
  [q.subject, q.predicate, q.object]
    .map((t) =>
      t.termType === 'BlankNode'
        ? '_'
        : t.termType === 'Literal'
          ? `"${t.value}"@${t.language}^^${t.datatype.value}`
          : t.value,
    )
    .join(' ');

async function validate(quads: Quad[]) {
  const report = await new SHACLValidator(new Store(shapes)).validate(new Store(quads));
  return {
    conforms: report.conforms,
    messages: report.results.map(
      (r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join(' ')}`,
    ),
  };
}

let turtle: Quad[] = [];
let rdfXml: Quad[] = [];
let store: Store;
const objects = (s: string, p: string) => store.getObjects(namedNode(s), namedNode(p), null).map((o) => o.value);

beforeAll(async () => {
  turtle = new Parser().parse(readFileSync(join(dir, 'daten', 'katalog.ttl'), 'utf8'));
  rdfXml = await parseRdfXml(readFileSync(join(dir, 'daten', 'katalog.rdf'), 'utf8'));
  store = new Store(rdfXml);
});

describe('DCAT-AP.de catalogue', () => {
  it('says the same in RDF/XML and Turtle', () => {
    expect(rdfXml.length).toBeGreaterThan(1000);
    expect(rdfXml.map(shape).sort()).toEqual(turtle.map(shape).sort());
  });

  it('conforms to the DCAT-AP.de shapes (required properties and GovData conventions)', async () => {
    const { conforms, messages } = await validate(rdfXml);
    expect(messages).toEqual([]);
    expect(conforms).toBe(true);
  });

  it('fails the shapes without contributor ID, with an invented licence, or without a contact', async () => {
    const dataset = store.getSubjects(namedNode(RDF_TYPE), namedNode(`${DCAT}Dataset`), null)[0]!;
    const withoutId = rdfXml.filter(
      (q) => !(q.subject.equals(dataset) && q.predicate.value === `${DCATDE}contributorID`),
    );
    expect((await validate(withoutId)).messages.join('\n')).toContain('contributorID');
    const invented = rdfXml.map((q) =>
      q.predicate.value === `${DCT}license` && q.subject.value.endsWith('-datei-1')
        ? DataFactory.quad(q.subject, q.predicate, namedNode('http://example.org/licence'))
        : q,
    );
    expect((await validate(invented)).messages.join('\n')).toContain('license');
    const noContact = rdfXml.filter((q) => !/vcard\/ns#has(Email|URL)$/.test(q.predicate.value));
    expect(noContact.length).toBeLessThan(rdfXml.length);
    expect((await validate(noContact)).messages.join('\n')).toContain('contactPoint');
    const zeroWithoutAttribution = rdfXml.filter((q) => q.predicate.value !== `${DCATDE}licenseAttributionByText`);
    expect((await validate(zeroWithoutAttribution)).conforms).toBe(false);
  });

  it('lists every published KPI exactly once, plus one dataset for the whole collection, and nothing else', () => {
    const datasets = store.getSubjects(namedNode(RDF_TYPE), namedNode(`${DCAT}Dataset`), null).map((d) => d.value);
    const landing = datasets.map((d) => new URL(objects(d, `${DCAT}landingPage`)[0]!).pathname);
    const expected = [...snapshot.kpis.map((k) => `/kennzahlen/${k.code.toLowerCase()}/`), '/daten/'];
    expect(landing.sort()).toEqual(expected.sort());
    const catalogue = store.getSubjects(namedNode(RDF_TYPE), namedNode(`${DCAT}Catalog`), null);
    expect(catalogue).toHaveLength(1);
    expect(objects(catalogue[0]!.value, `${DCAT}dataset`).sort()).toEqual(datasets.sort());
  });

  it('names the city: official key, contributor ID, licence and attribution from the site settings', () => {
    const s = snapshot.settings;
    const kpi = snapshot.kpis.find((k) => k.licence === s.dataLicence)!;
    const ds = store
      .getSubjects(namedNode(`${DCAT}landingPage`), null, null)
      .find((d) =>
        objects(d.value, `${DCAT}landingPage`)[0]!.endsWith(`/kennzahlen/${kpi.code.toLowerCase()}/`),
      )!.value;
    expect(objects(ds, `${DCATDE}politicalGeocodingURI`)).toEqual([
      `http://dcat-ap.de/def/politicalGeocoding/municipalityKey/${s.officialKey}`,
    ]);
    expect(objects(ds, `${DCATDE}contributorID`)).toEqual([`http://dcat-ap.de/def/contributors/${s.contributorId}`]);
    expect(objects(ds, `${DCT}accrualPeriodicity`)).toEqual([
      'http://publications.europa.eu/resource/authority/frequency/ANNUAL',
    ]);
    const dist = objects(ds, `${DCAT}distribution`)[0]!;
    expect(objects(dist, `${DCT}license`)).toEqual(['http://dcat-ap.de/def/licenses/dl-by-de/2.0']);
    expect(objects(dist, `${DCATDE}licenseAttributionByText`)[0]).toContain(kpi.sourceName);
    const years = kpi.observations
      .filter((o) => o.value !== null)
      .map((o) => o.period)
      .sort();
    const periodNode = store.getObjects(namedNode(ds), namedNode(`${DCT}temporal`), null)[0]!;
    expect(store.getObjects(periodNode, namedNode(`${DCAT}startDate`), null)[0]!.value).toBe(`${years[0]}-01-01`);
    expect(store.getObjects(periodNode, namedNode(`${DCAT}endDate`), null)[0]!.value).toBe(`${years.at(-1)}-12-31`);
  });

  it('declares downloads that the built site serves, with the size it declares', async () => {
    const distributions = store
      .getSubjects(namedNode(RDF_TYPE), namedNode(`${DCAT}Distribution`), null)
      .map((d) => d.value);
    expect(distributions.length).toBe(snapshot.kpis.length * 3 + 4);
    for (const d of distributions) {
      const path = new URL(objects(d, `${DCAT}downloadURL`)[0]!).pathname;
      const declared = Number(objects(d, `${DCAT}byteSize`)[0]);
      const onDisk = readFileSync(join(dir, path)).length;
      expect(onDisk, path).toBe(declared);
      const response = await fetch(`${siteUrl}${path}`, { method: 'HEAD' });
      expect(response.status, path).toBe(200);
      const type = objects(d, `${DCAT}mediaType`)[0]!.replace('https://www.iana.org/assignments/media-types/', '');
      expect(response.headers.get('content-type'), path).toContain(type);
    }
  });

  it('contains no draft KPI, no non-public agenda item and not the CMS address', () => {
    for (const file of ['katalog.rdf', 'katalog.ttl']) {
      const text = readFileSync(join(dir, 'daten', file), 'utf8');
      expect(text).not.toMatch(/ENTWURF|VERTRAULICH|ENE-99|DIG-99|ukvs-2025-06-25|entwurf-/i);
      expect(text, 'the CMS address is internal').not.toContain(snapshot.source);
    }
  });

  it('is served with the content types harvesters detect the format by', async () => {
    expect((await fetch(`${siteUrl}/daten/katalog.rdf`)).headers.get('content-type')).toBe(
      'application/rdf+xml; charset=utf-8',
    );
    expect((await fetch(`${siteUrl}/daten/katalog.ttl`)).headers.get('content-type')).toBe(
      'text/turtle; charset=utf-8',
    );
  });
});
