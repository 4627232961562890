import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, startsLikeFormula } from '../src/spreadsheet-cell.ts';

describe('spreadsheetSafe', () => {
  it.each([
    '=HYPERLINK("http://evil.example","Klick")',
    '+49 6021 330-0',
    "-2+3+cmd|' /C calc'!A0",
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
  ])('neutralises %j with a leading apostrophe', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
    expect(spreadsheetSafe(text)).toBe(`'${text}`);
  });

  it.each(['-12.5', '+3', '-0,5', '1e5', '-1.2E-3', '.5'])('keeps the number %j as it is', (text) => {
    expect(spreadsheetSafe(text)).toBe(text);
  });

  it('keeps numbers, booleans, null, a lone sign and ordinary text unchanged', () => {
    expect(spreadsheetSafe(-12.5)).toBe(-12.5);
    expect(spreadsheetSafe(0)).toBe(0);
    expect(spreadsheetSafe(true)).toBe(true);
    expect(spreadsheetSafe(null)).toBe(null);
    expect(spreadsheetSafe('-')).toBe('-');
    expect(spreadsheetSafe('Anteil in %')).toBe('Anteil in %');
    expect(spreadsheetSafe('a=b')).toBe('a=b');
  });
});
