// The reasons a build record shows: the first ten events in words, then how
// many more, counted from all events (not from the 200 the scheduler keeps).
import { describe, expect, it } from 'vitest';
import { shownReasons } from '../pipeline.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `Kennzahl K-${i + 1} veröffentlicht`);

describe('shownReasons', () => {
  it('shows up to ten events as they are', () => {
    expect(shownReasons(words(3), 3)).toEqual(words(3));
    expect(shownReasons(words(10), 10)).toEqual(words(10));
  });

  it('counts the rest in German, singular and plural', () => {
    expect(shownReasons(words(11), 11)).toEqual([...words(10), '… und 1 weitere Änderung']);
    expect(shownReasons(words(12), 12).at(-1)).toBe('… und 2 weitere Änderungen');
  });

  it('counts events past the 200 reasons the scheduler keeps', () => {
    const shown = shownReasons(words(200), 1234);
    expect(shown).toHaveLength(11);
    expect(shown.at(-1)).toBe('… und 1.224 weitere Änderungen');
  });
});
