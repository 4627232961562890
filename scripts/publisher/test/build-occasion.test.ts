// A build's "Anlass" in the admin's history: counted from all its events,
// not from the reasons the record keeps; its steps in German words.
import { describe, expect, it } from 'vitest';
import { buildOccasion, buildStepsInWords, secondsDe, SHOWN_REASONS } from '@sdd/shared-types';
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

describe('buildStepsInWords', () => {
  it('names the steps in German, with decimal commas', () => {
    const steps = [
      { name: 'snapshot', ms: 240 },
      { name: 'astro build + pagefind', ms: 1_563 },
      { name: 'checks', ms: 310 },
      { name: 'switch', ms: 4 },
    ];
    expect(buildStepsInWords({ steps })).toBe(
      '2,1 s (Inhalte lesen 0,2 s, Website und Suchindex bauen 1,6 s, Prüfen 0,3 s, Freischalten 0,0 s)',
    );
    expect(secondsDe(12_345)).toBe('12,3 s');
  });

  it('keeps a step it does not know by its name, and a record without steps shows its total', () => {
    expect(buildStepsInWords({ steps: [{ name: 'new step', ms: 1000 }] })).toBe('1,0 s (new step 1,0 s)');
    expect(buildStepsInWords({ steps: [] })).toBe('0,0 s');
  });
});
