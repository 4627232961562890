import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../src/lib/search-vocabulary.ts';
import { correctQuery, indexVocabulary, maxTypos, nearestWord, typoDistance } from '../../src/lib/typo-correction.ts';

const index = indexVocabulary([
  'Radverkehr',
  'Radwege',
  'Radweg',
  'Arbeitslosenquote',
  'Grünfläche',
  'Photovoltaik',
  'Straßenlärm',
  'Bund',
  'Aschaffenburg',
]);

describe('typo distance', () => {
  it('counts a swapped pair of letters as one typo', () => {
    expect(typoDistance('arbeitslosenqoute', 'arbeitslosenquote', 3)).toBe(1);
    expect(typoDistance('radwge', 'radwege', 2)).toBe(1);
    expect(typoDistance('kita', 'kita', 1)).toBe(0);
  });
  it('stops at its limit', () => {
    expect(typoDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(typoDistance('kurz', 'sehr-langes-wort', 3)).toBe(4);
  });
  it('tolerates no typo below four letters, more in longer words', () => {
    expect([3, 4, 5, 6, 9, 10, 17].map(maxTypos)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });
});

describe('nearest word of the site', () => {
  it('finds what was meant', () => {
    expect(nearestWord(index, 'Radwge')).toBe('Radwege');
    expect(nearestWord(index, 'Arbeitslosenqoute')).toBe('Arbeitslosenquote');
    expect(nearestWord(index, 'Fotovoltaik')).toBe('Photovoltaik');
  });
  it('is German-aware: umlauts missing or spelt out, ß as ss', () => {
    expect(nearestWord(index, 'Grunflache')).toBe('Grünfläche');
    expect(nearestWord(index, 'Strassenlaerm')).toBeNull(); // the same word, not a typo
    expect(nearestWord(index, 'Strasenlärm')).toBe('Straßenlärm');
  });
  it('leaves known words, beginnings of words, short words and codes alone', () => {
    expect(nearestWord(index, 'Radverkehr')).toBeNull();
    expect(nearestWord(index, 'Radver')).toBeNull();
    expect(nearestWord(index, 'Rad')).toBeNull();
    expect(nearestWord(index, 'co2e')).toBeNull();
  });
  it('gives up when nothing is near', () => {
    expect(nearestWord(index, 'Schwimmbad')).toBeNull();
  });
  it('prefers the more frequent of equally near words', () => {
    expect(nearestWord(indexVocabulary(['Hund', 'Bund']), 'Mund')).toBe('Hund');
    expect(nearestWord(indexVocabulary(['Bund', 'Hund']), 'Mund')).toBe('Bund');
  });
});

describe('query correction', () => {
  it('replaces only the unknown words', () => {
    expect(correctQuery(index, 'Radwge Aschaffenburg')).toBe('Radwege Aschaffenburg');
    expect(correctQuery(index, 'Radverkehr Aschaffenburg')).toBeNull();
  });
});

describe('vocabulary', () => {
  it('holds words of four or more letters as written, most frequent first, without addresses and identifiers', () => {
    const words = buildVocabulary([
      {
        title: 'Radverkehr in der Stadt',
        slug: 'radverkehr-stadt',
        polarity: 'higher-is-better',
        sourceUrl: 'https://example.org/quelle',
      },
      { name: 'Stadt und Radwege', body: 'Mehr Radwege: siehe https://example.org/radnetz' },
    ]);
    expect(words[0]).toBe('Stadt');
    expect(words).toEqual(expect.arrayContaining(['Radverkehr', 'Radwege', 'Mehr', 'siehe']));
    for (const absent of ['der', 'und', 'higher', 'better', 'example', 'quelle', 'radnetz', 'https'])
      expect(words).not.toContain(absent);
  });
});

describe('inflected forms', () => {
  it('are no typos', () => {
    expect(nearestWord(index, 'Radwegen')).toBeNull();
    expect(nearestWord(index, 'Grünflächen')).toBeNull();
  });
});
