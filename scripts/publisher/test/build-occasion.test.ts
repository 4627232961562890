// A build's "Anlass" in the admin's history: counted from all its events,
// not from the reasons the record keeps.
import { describe, expect, it } from 'vitest';
import { buildOccasion, SHOWN_REASONS } from '@sdd/shared-types';
import { shownReasons } from '../pipeline.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `Kennzahl K-${i + 1} veröffentlicht`);
const record = (events: number) => ({
  reasons: shownReasons(words(Math.min(events, 200)), events),
  eventCount: events,
});

describe('buildOccasion', () => {
  it('names up to three events', () => {
    expect(buildOccasion(record(1))).toBe('Kennzahl K-1 veröffentlicht');
    expect(buildOccasion(record(3))).toBe(
      'Kennzahl K-1 veröffentlicht, Kennzahl K-2 veröffentlicht, Kennzahl K-3 veröffentlicht',
    );
  });

  it('past three, names two and counts the rest, also past the reasons kept', () => {
    expect(buildOccasion(record(4))).toBe(
      'Kennzahl K-1 veröffentlicht, Kennzahl K-2 veröffentlicht und 2 weitere Änderungen',
    );
    expect(record(SHOWN_REASONS + 1).reasons).toHaveLength(SHOWN_REASONS + 1);
    expect(buildOccasion(record(11))).toMatch(/ und 9 weitere Änderungen$/);
    expect(buildOccasion(record(1234))).toMatch(/ und 1\.232 weitere Änderungen$/);
  });

  it('records from before the count: counts the reasons they kept', () => {
    expect(buildOccasion({ reasons: words(5), eventCount: null })).toMatch(/ und 3 weitere Änderungen$/);
  });
});
