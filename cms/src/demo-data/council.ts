// Helpers for council sessions and agenda items with the usual defaults:
// public, no climate details required, no costs, no result yet.
import type { AgendaItem, Meeting } from '@sdd/shared-types';

/** Agenda item: number, title and texts required, the rest defaults. */
export type AgendaInput = Pick<AgendaItem, 'number' | 'title' | 'resolutionProposal' | 'reasoning'> &
  Partial<AgendaItem>;

export function agendaItem(input: AgendaInput): AgendaItem {
  return {
    public: true,
    consultationType: 'for-information',
    climateImpact: 'none-required',
    causesCosts: false,
    result: null,
    resolutionText: '',
    links: [],
    tiles: [],
    kpis: [],
    sdgs: [],
    ...input,
  };
}

/** Session: agenda items given as inputs, optional fields default to null. */
export type MeetingInput = Pick<Meeting, 'slug' | 'body' | 'title' | 'start' | 'status'> &
  Partial<Omit<Meeting, 'agendaItems'>> & { items: readonly AgendaInput[] };

export function meeting(input: MeetingInput): Meeting {
  const { items, ...rest } = input;
  return {
    number: null,
    end: null,
    location: 'Großer Sitzungssaal',
    dataAsOf: null,
    documents: [],
    ...rest,
    agendaItems: items.map(agendaItem),
  };
}
