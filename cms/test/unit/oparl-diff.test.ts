// The council-data sync's comparisons (plugin services/oparl-diff.ts): what
// counts as a change, and what an update keeps of the editors' work.
import { describe, expect, it } from 'vitest';
import type { OparlAgendaItemInput, OparlMeetingInput } from '@sdd/shared-types';
import {
  agendaDifferences,
  meetingDifferences,
  mergedAgenda,
  withPaperChanges,
  type StoredAgendaItem,
  type StoredMeeting,
} from '../../src/plugins/smart-data/server/src/services/oparl-diff.ts';
import { isImportPath } from '../../src/security/request-limits.ts';

const item = (n: number, extra: Partial<OparlAgendaItemInput> = {}): OparlAgendaItemInput => ({
  oparlId: `https://ris.example/a/${n}`,
  number: String(n),
  title: `Punkt ${n}`,
  public: true,
  result: null,
  resolutionText: null,
  consultationType: null,
  links: [],
  ...extra,
});
const stored = (n: number, extra: Partial<StoredAgendaItem> = {}): StoredAgendaItem => ({
  ...item(n),
  consultationType: 'decision',
  climateImpact: 'high',
  causesCosts: true,
  tiles: [{ documentId: 'tile-1' }],
  kpis: [],
  sdgs: [{ documentId: 'sdg-13' }],
  ...extra,
});
const meeting: OparlMeetingInput = {
  oparlId: 'https://ris.example/m/1',
  body: 'https://ris.example/o/1',
  title: 'Sitzung',
  start: '2025-03-01T14:00:00.000Z',
  end: null,
  location: 'Rathaus',
  meetingStatus: 'held',
  dataAsOf: '2025-03-02T08:00:00.000Z',
  documents: [{ label: 'Einladung', url: 'https://ris.example/f/1.pdf' }],
  agendaItems: [item(1), item(2)],
};
// The same meeting as the CMS holds it (the same instants written back are not a change).
const { body: _body, agendaItems: _items, ...sameFields } = meeting;
const storedMeeting: StoredMeeting = {
  documentId: 'doc-1',
  ...sameFields,
  body: { documentId: 'body-1' },
  agendaItems: [stored(1), stored(2)],
};

describe('oparl-diff', () => {
  it('an unchanged meeting has no differences; changed fields are named in German', () => {
    expect(meetingDifferences(storedMeeting, meeting, 'body-1')).toEqual([]);
    expect(agendaDifferences(storedMeeting.agendaItems!, meeting.agendaItems)).toMatchObject({
      created: [],
      updated: [],
      removed: [],
      reordered: false,
    });
    expect(
      meetingDifferences(storedMeeting, { ...meeting, location: 'Stadthalle', meetingStatus: 'minutes' }, 'body-2'),
    ).toEqual(['Gremium', 'Sitzungsort', 'Status der Sitzung']);
  });

  it('items: new, changed, gone upstream, reordered; editors’ own items are not "gone"', () => {
    const own: StoredAgendaItem = { number: '9', title: 'Von Hand', public: true };
    const d = agendaDifferences(
      [stored(1), stored(2), stored(3), own],
      [item(2, { title: 'Neu benannt' }), item(1), item(4)],
    );
    expect(d.created.map((a) => a.oparlId)).toEqual(['https://ris.example/a/4']);
    expect(d.updated.map((a) => a.title)).toEqual(['Neu benannt']);
    expect(d.removed.map((a) => a.oparlId)).toEqual(['https://ris.example/a/3']);
    expect(d.reordered).toBe(true);
  });

  it('the merged agenda keeps tiles, SDGs, ratings of matched items and appends editors’ own items', () => {
    const own: StoredAgendaItem = { number: '9', title: 'Von Hand', public: true, tiles: [{ documentId: 'tile-2' }] };
    const merged = mergedAgenda([stored(1), own], [item(1, { title: 'Geändert' }), item(5)]);
    expect(merged).toMatchObject([
      {
        oparlId: 'https://ris.example/a/1',
        title: 'Geändert',
        tiles: ['tile-1'],
        sdgs: ['sdg-13'],
        climateImpact: 'high',
      },
      { oparlId: 'https://ris.example/a/5', title: 'Punkt 5' },
      { title: 'Von Hand', tiles: ['tile-2'] },
    ]);
    expect(merged[1]).not.toHaveProperty('tiles');
    expect(merged[2]).not.toHaveProperty('oparlId');
  });

  it('the Beratungstyp follows a role upstream; without one the editor’s stays', () => {
    const d = agendaDifferences([stored(1), stored(2)], [item(1, { consultationType: 'hearing' }), item(2)]);
    expect(d.updated.map((a) => a.oparlId)).toEqual(['https://ris.example/a/1']);
    const merged = mergedAgenda([stored(1), stored(2)], [item(1, { consultationType: 'hearing' }), item(2)]);
    expect(merged.map((a) => a.consultationType)).toEqual(['hearing', 'decision']);
    expect(mergedAgenda([], [item(3)])[0]!.consultationType).toBeUndefined();
  });

  it('paper links: a link newly taken from a paper is a change; the paper id is stored with it', () => {
    const link = { label: 'Drucksache 1/2025: Plan', url: 'https://ris.example/web/1' };
    const tagged = { ...link, paperOparlId: 'https://ris.example/p/1' };
    const d = agendaDifferences([stored(1, { links: [link] })], [item(1, { links: [tagged] })]);
    expect(d.updated).toHaveLength(1);
    expect(mergedAgenda([], [item(1, { links: [tagged] }), item(2, { links: [link] })]).map((a) => a.links)).toEqual([
      [tagged],
      [{ ...link, paperOparlId: null }],
    ]);
  });

  it('a changed paper’s links are replaced in place, a deleted one’s dropped, other links kept', () => {
    const P1 = 'https://ris.example/p/1';
    const P2 = 'https://ris.example/p/2';
    const file = { label: 'Anlage', url: 'https://ris.example/f/a.pdf', paperOparlId: null };
    const items = [
      stored(1, {
        links: [
          { label: 'Drucksache 1: Alt', url: 'https://ris.example/web/1', paperOparlId: P1 },
          { label: 'Vorlage 1', url: 'https://ris.example/f/1.pdf', paperOparlId: P1 },
          file,
        ],
      }),
      stored(2, { links: [{ label: 'Drucksache 2', url: 'https://ris.example/web/2', paperOparlId: P2 }] }),
      stored(3, { links: [file] }),
      { number: '9', title: 'Von Hand', public: true, links: [file] },
    ];
    const renamed = [{ label: 'Drucksache 1: Neu', url: 'https://ris.example/web/1', paperOparlId: P1 }];
    const result = withPaperChanges(items, new Map([[P1, renamed]]), new Set([P2]))!;
    expect(result.map((a) => [a.oparlId, a.links.map((l) => l.label)])).toEqual([
      ['https://ris.example/a/1', ['Drucksache 1: Neu', 'Anlage']],
      ['https://ris.example/a/2', []],
      ['https://ris.example/a/3', ['Anlage']],
    ]);
    expect(agendaDifferences(items, result).updated.map((a) => a.oparlId)).toEqual([
      'https://ris.example/a/1',
      'https://ris.example/a/2',
    ]);
    // The editors' own item and the Beratungstyp are not touched.
    expect(mergedAgenda(items, result).map((a) => [a.title, a.consultationType])).toEqual([
      ['Punkt 1', 'decision'],
      ['Punkt 2', 'decision'],
      ['Punkt 3', 'decision'],
      ['Von Hand', undefined],
    ]);
    expect(withPaperChanges(items, new Map([['https://ris.example/p/7', renamed]]), new Set())).toBeUndefined();
    // An item an editor made non-public keeps nothing of the renamed paper.
    const closed = withPaperChanges([{ ...items[0]!, public: false }], new Map([[P1, renamed]]), new Set())!;
    expect(closed[0]!.links.map((l) => l.label)).toEqual(['Anlage']);
  });

  it('the sync route may send bodies as large as the import', () => {
    expect(isImportPath('/api/oparl/sync')).toBe(true);
    expect(isImportPath('/api/oparl/other')).toBe(false);
  });
});
