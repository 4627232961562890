// The one number rule of the import and the admin's value table.
import { describe, expect, it } from 'vitest';
import { formatNumberDe, readNumber } from '../src/number-format.ts';
import { findValueJumps } from '../src/value-jumps.ts';

const value = (text: string) => {
  const r = readNumber(text);
  return r.kind === 'number' ? r.value : r.kind;
};

describe('readNumber (independent of the admin language)', () => {
  it('reads German numbers exactly', () => {
    expect(value('12,5')).toBe(12.5);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('-0,5')).toBe(-0.5);
    expect(value('−0,3')).toBe(-0.3);
    expect(value('1.234.567')).toBe(1234567);
    expect(value('1 234,5')).toBe(1234.5);
    expect(value('0,500')).toBe(0.5);
    expect(value('42')).toBe(42);
  });

  it('reads unambiguous English numbers exactly', () => {
    expect(value('12.5')).toBe(12.5);
    expect(value('30.4')).toBe(30.4);
    expect(value('0.5')).toBe(0.5);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1,234,567')).toBe(1234567);
    expect(value('0.500')).toBe(0.5);
  });

  it('asks instead of guessing for one group of three digits', () => {
    expect(readNumber('1.234')).toEqual({ kind: 'ambiguous', asThousands: 1234, asDecimal: 1.234 });
    expect(readNumber('1,234')).toEqual({ kind: 'ambiguous', asThousands: 1234, asDecimal: 1.234 });
    expect(readNumber('-12.345')).toEqual({ kind: 'ambiguous', asThousands: -12345, asDecimal: -12.345 });
  });

  it('tells empty, missing and invalid apart', () => {
    expect(value('')).toBe('empty');
    expect(value('  ')).toBe('empty');
    for (const m of ['-', '–', 'k.A.', 'x', 'n.v.']) expect(value(m)).toBe('missing');
    for (const bad of ['12,5 %', '1.2.3', '1,23,4', 'abc', '1e3', '12,,5']) expect(value(bad)).toBe('invalid');
  });

  it('writes values back so that they read the same', () => {
    for (const n of [1234, 1234.5, 12.5, -0.5, 0.001, 1234567]) expect(value(formatNumberDe(n))).toBe(n);
    expect(formatNumberDe(1234.5)).toBe('1234,5');
  });
});

describe('findValueJumps', () => {
  const obs = (values: Array<number | null>, series: string | null = null) =>
    values.map((v, i) => ({ period: String(2019 + i), series, value: v }));

  it('flags a value ×10 or more away from every neighbour', () => {
    expect(findValueJumps(obs([30.1, 30.4, 304])).map((j) => [j.period, j.value, j.factor])).toEqual([
      ['2021', 304, 10],
    ]);
    expect(findValueJumps(obs([5, 50.1, 5])).map((j) => j.period)).toEqual(['2020']);
    expect(findValueJumps(obs([0.5, 5.1, 5.2])).map((j) => j.period)).toEqual(['2019']);
    expect(findValueJumps(obs([3, 30])).map((j) => j.period)).toEqual(['2020']);
    expect(findValueJumps(obs([5, 5.1, 60, 5.2])).map((j) => j.period)).toEqual(['2021']);
  });

  it('leaves steady series, growth just under ×10, zeros and gaps alone', () => {
    expect(findValueJumps(obs([1, 9.9, 98]))).toEqual([]);
    expect(findValueJumps(obs([0, 50, 0]))).toEqual([]);
    expect(findValueJumps(obs([3, null, 3.2]))).toEqual([]);
    expect(findValueJumps(obs([7]))).toEqual([]);
  });

  it('compares within a series only', () => {
    const jumps = findValueJumps([...obs([10, 11, 12], 'Frauen'), ...obs([100, 110, 1300], 'Männer')]);
    expect(jumps.map((j) => [j.series, j.period])).toEqual([['Männer', '2021']]);
  });
});
