// The council-data sync's comparisons (plugin services/oparl-diff.ts): what
// counts as a change, and what an update keeps of the editors' work.
import { describe, expect, it } from 'vitest';
import type { OparlAgendaItemInput, OparlMeetingInput } from '@sdd/shared-types';
import {
  agendaDifferences,
  meetingDifferences,
  mergedAgenda,
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

  it('the sync route may send bodies as large as the import', () => {
    expect(isImportPath('/api/oparl/sync')).toBe(true);
    expect(isImportPath('/api/oparl/other')).toBe(false);
  });
});
