// A failed build in German for editors, one case per way a build fails:
// content the site cannot take, the CMS unreachable or refusing the token,
// the site build, the checks, anything else. No stack trace, no path.
import { buildRecordSchema, snapshotSchema, type Snapshot } from '@sdd/shared-types';
import { describe, expect, it } from 'vitest';
import { minimalSnapshot } from '../../../shared-types/test/fixtures/minimal-snapshot.ts';
import { CmsError } from '../../snapshot/cms-client.ts';
import { SnapshotInvalidError } from '../../snapshot/take-snapshot.ts';
import { ChecksFailedError, describeFailure, firstMeaningfulLine } from '../build-failure.ts';
import { StepError } from '../run-step.ts';

const CMS = 'http://127.0.0.1:1337';

/**
 * A snapshot broken by `breakIt`, failing as takeSnapshot fails: with the CMS entries (and their documentIds) behind
 * it.
 */
function invalidSnapshot(breakIt: (s: Snapshot) => void): SnapshotInvalidError {
  const candidate = minimalSnapshot();
  breakIt(candidate);
  const result = snapshotSchema.safeParse(candidate);
  if (result.success) throw new Error('the broken snapshot is valid');
  const withIds = (list: readonly object[], prefix: string) =>
    list.map((e, i) => ({ ...e, documentId: `${prefix}${i}` }));
  const sources = {
    sdgs: withIds(candidate.sdgs, 'sdg'),
    actionDimensions: withIds(candidate.actionDimensions, 'dim'),
    actionFields: withIds(candidate.actionFields, 'field'),
    kpis: withIds(candidate.kpis, 'kpi'),
    tiles: withIds(candidate.tiles, 'tile'),
    bodies: withIds(candidate.bodies, 'body'),
    meetings: withIds(candidate.meetings, 'meeting'),
    pages: withIds(candidate.pages, 'page'),
    settings: withIds([candidate.settings], 'settings'),
  };
  return new SnapshotInvalidError('technical', result.error, candidate, sources);
}

describe('a failed build in German', () => {
  it('names the page, its documentId and the field of a reserved URL name', () => {
    const failure = describeFailure(
      'snapshot',
      invalidSnapshot((s) => s.pages.push({ slug: 'kacheln', title: 'Unsere Kacheln', kind: 'other', body: '' })),
      CMS,
    );
    expect(failure.problems).toEqual([
      {
        kind: 'content',
        entry: {
          uid: 'plugin::smart-data.page',
          typeName: 'Seite',
          key: { field: 'slug', value: 'kacheln' },
          name: 'Unsere Kacheln',
          documentId: 'page1',
        },
        field: 'Kurzname (URL)',
        message:
          '„kacheln“ ist ein Pfad der Website (/kacheln/) und als URL-Name reserviert; bitte einen anderen wählen',
        remedy:
          'Seite „Unsere Kacheln“ öffnen, „Kurzname (URL)“ korrigieren und erneut veröffentlichen – oder die Veröffentlichung des Eintrags aufheben. Bis dahin bleibt die bisherige Fassung der Website online.',
      },
    ]);
    expect(failure.summary).toBe(
      'Inhalte aus dem CMS lesen fehlgeschlagen: „kacheln“ ist ein Pfad der Website (/kacheln/) und als URL-Name reserviert; bitte einen anderen wählen',
    );
    expect(failure.detail).toBe('snapshot: technical');
    // The record keeps them, validated by the schema the admin page reads.
    expect(
      buildRecordSchema.parse({
        id: 'x',
        reasons: [],
        startedAt: new Date().toISOString(),
        finishedAt: null,
        outcome: 'failure',
        steps: [],
        error: failure.summary,
        problems: failure.problems,
        pages: null,
      }).problems,
    ).toHaveLength(1);
  });

  it('names a value of a KPI by its period and the field in the words of the form', () => {
    const [p] = describeFailure(
      'snapshot',
      invalidSnapshot((s) => (s.kpis[0]!.observations[1]!.period = '23')),
      CMS,
    ).problems;
    expect(p!.entry).toMatchObject({
      uid: 'plugin::smart-data.kpi',
      typeName: 'Kennzahl',
      key: { field: 'code', value: 'ENE-01' },
      documentId: 'kpi0',
    });
    expect(p!.entry!.name).toMatch(/^ENE-01 – /);
    expect(p!.field).toBe('Werte („23“), Zeitraum');
    expect(p!.message).toBe('„23“ hat nicht das erwartete Format');
  });

  it('names a reference to a missing entry, and a session field renamed in the CMS', () => {
    // (Two snapshots: zod checks references only when every field is valid.)
    const inWords = (breakIt: (s: Snapshot) => void) =>
      describeFailure('snapshot', invalidSnapshot(breakIt), CMS).problems.map((p) => [
        p.entry?.typeName,
        p.entry?.key?.value,
        p.field,
        p.message,
      ]);
    expect(inWords((s) => (s.tiles[0]!.kpis = ['ENE-01', 'XYZ-99']))).toEqual([
      [
        'Kachel',
        'strom',
        'Kennzahlen („XYZ-99“)',
        'Verweist auf Kennzahl „XYZ-99“: nicht vorhanden oder nicht veröffentlicht',
      ],
    ]);
    expect(inWords((s) => ((s.meetings[0] as { status: string }).status = 'later'))).toEqual([
      ['Sitzung', 'dos-2025-02-26', 'Status der Sitzung', '„later“ ist keine der erlaubten Auswahlen'],
    ]);
  });

  it('names the site settings without a key, and empty required fields as such', () => {
    const [p] = describeFailure(
      'snapshot',
      invalidSnapshot((s) => (s.settings.cityName = undefined as unknown as string)),
      CMS,
    ).problems;
    expect(p).toMatchObject({
      entry: {
        uid: 'plugin::smart-data.site-setting',
        typeName: 'Website-Einstellungen',
        key: null,
        documentId: 'settings0',
      },
      field: 'Name der Stadt',
      message: 'Das Feld ist leer, muss aber ausgefüllt sein',
    });
  });

  it('never repeats the text of a non-public agenda item that reached a snapshot', () => {
    const secret = 'Grundstücksverkauf an Firma X (nichtöffentlich)';
    const [p] = describeFailure(
      'snapshot',
      invalidSnapshot((s) =>
        Object.assign(s.meetings[0]!.agendaItems[0]!, { public: false, title: secret, reasoning: secret }),
      ),
      CMS,
    ).problems;
    expect(p).toMatchObject({
      entry: { typeName: 'Sitzung', key: { field: 'slug', value: 'dos-2025-02-26' } },
      field: 'Tagesordnung („2“), Öffentlich',
    });
    expect(JSON.stringify(p)).not.toContain('Grundstück');
  });

  it('says the CMS is unreachable, or refused the token, without the technical message', () => {
    const unreachable = describeFailure(
      'snapshot',
      new CmsError('Cannot reach the CMS at x (ECONNREFUSED)', 'unreachable'),
      CMS,
    );
    expect(unreachable.problems).toEqual([
      expect.objectContaining({
        kind: 'cms',
        entry: null,
        message: `Das CMS war nicht erreichbar: Der Veröffentlichungsdienst bekam unter ${CMS} keine Antwort.`,
      }),
    ]);
    expect(unreachable.detail).toContain('ECONNREFUSED');
    const refused = describeFailure('snapshot', new CmsError('The CMS refused /api/tiles (403)', 'refused', 403), CMS);
    expect(refused.problems[0]).toMatchObject({
      kind: 'cms',
      message: 'Das CMS hat den Zugriffsschlüssel der Veröffentlichung abgelehnt (HTTP 403).',
    });
    expect(refused.problems[0]!.remedy).toContain('site-build');
    expect(JSON.stringify(refused.problems)).not.toContain('/api/tiles');
    expect(
      describeFailure('snapshot', new CmsError('GET /api/kpis answered 500: <html>', 'answer'), CMS).problems[0],
    ).toMatchObject({ kind: 'cms', message: 'Das CMS hat unerwartet geantwortet.' });
  });

  it('says the site could not be built, with the first meaningful line and no stack trace', () => {
    const output = [
      'exit 1: 10:21:03 [build] output: "static"',
      '10:21:04 [ERROR] [build] Failed to call getStaticPaths for src/pages/[slug].astro',
      '  Stack trace:',
      '    at file:///srv/site/dist/chunks/pages.mjs:12:9',
      '    at async callGetStaticPaths (node:internal/x:1:1)',
    ].join('\n');
    const failure = describeFailure('astro build + pagefind', new StepError(output), CMS);
    expect(failure.problems).toEqual([
      expect.objectContaining({
        kind: 'site',
        message: 'Die Website konnte nicht gebaut werden: Failed to call getStaticPaths for src/pages/[slug].astro',
      }),
    ]);
    expect(JSON.stringify(failure.problems)).not.toMatch(/\bat (file|async)/);
    expect(
      firstMeaningfulLine(
        'exit 1: \u001b[31mError: Snapshot site/data/snapshot.json is not valid\u001b[39m\n    at main (build.ts:3:1)',
      ),
    ).toBe('Snapshot site/data/snapshot.json is not valid');
    expect(firstMeaningfulLine('exit 1: ')).toBe('ohne weitere Angabe');
  });

  it('says which page links where for broken internal links, and how many more', () => {
    const links = Array.from({ length: 12 }, (_, i) => `/kacheln/strom/ → /kennzahlen/fehlt-${i}/`);
    const problems = describeFailure('checks', new ChecksFailedError({ brokenLinks: links }), CMS).problems;
    expect(problems).toHaveLength(11);
    expect(problems[0]).toMatchObject({
      kind: 'checks',
      message:
        'Die Seite /kacheln/strom/ verlinkt auf /kennzahlen/fehlt-0/, eine Adresse, die es auf der Website nicht gibt.',
    });
    expect(problems[10]!.message).toBe('… und 2 weitere Links ins Leere.');
    expect(
      describeFailure(
        'checks',
        new ChecksFailedError({ pages: { built: 3, expected: 4, missing: ['/sdg/1/', '/sdg/2/'], unlisted: ['/x/'] } }),
        CMS,
      ).problems[0]!.message,
    ).toBe('Es wurden 3 Seiten gebaut, erwartet waren 4; es fehlen /sdg/1/, /sdg/2/; nicht vorgesehen sind /x/.');
  });

  it('names the step for anything else, a timeout included', () => {
    expect(describeFailure('switch', new Error('EACCES: permission denied, rename'), CMS).problems[0]).toMatchObject({
      kind: 'publisher',
      message: 'Der Neubau ist im Schritt „Neue Fassung online schalten“ fehlgeschlagen.',
    });
    expect(
      describeFailure('astro build + pagefind', new StepError('stopped after 300 s (PUBLISHER_BUILD_TIMEOUT_MS)'), CMS)
        .problems[0]!.message,
    ).toBe('Der Schritt „Website bauen“ dauerte zu lange und wurde abgebrochen.');
  });
});
