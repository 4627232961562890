import { describe, expect, it } from 'vitest';
import { formatSynonymLines, parseSynonymLines, searchAliases, searchSynonymsSchema } from '../src/search-terms.ts';

describe('search aliases', () => {
  it('adds the plain-digit spelling of CO₂ and its synonyms', () => {
    const aliases = searchAliases('CO₂-Emissionen je Einwohner/in');
    expect(aliases).toEqual(expect.arrayContaining(['co2', 'kohlendioxid', 'treibhausgas']));
  });

  it('matches German compounds by their start and adds the other words of the group', () => {
    expect(searchAliases('Betreuungsquote der unter 3-Jährigen')).toEqual(
      expect.arrayContaining(['kita', 'kinderbetreuung', 'jaehrigen']),
    );
    expect(searchAliases('Länge des Radverkehrsnetzes')).toEqual(
      expect.arrayContaining(['fahrrad', 'radweg', 'laenge']),
    );
  });

  it('adds nothing the text already says, and nothing for unrelated text', () => {
    expect(searchAliases('Photovoltaik')).not.toContain('photovoltaik');
    expect(searchAliases('Jahresniederschlag')).toEqual([]);
  });

  it('uses editor groups given instead of the defaults', () => {
    expect(searchAliases('Freibad Besucher', [['Schwimmbad', 'Freibad']])).toEqual(['schwimmbad']);
  });

  it('reads editor groups one per line, comma-separated, and writes them back', () => {
    const groups = parseSynonymLines('Freibad, Schwimmbad ,Hallenbad\n\n  Kita,Krippe\r\n');
    expect(groups).toEqual([
      ['Freibad', 'Schwimmbad', 'Hallenbad'],
      ['Kita', 'Krippe'],
    ]);
    expect(parseSynonymLines(formatSynonymLines(groups))).toEqual(groups);
  });

  it('refuses a group of one word', () => {
    expect(searchSynonymsSchema.safeParse([['Kita']]).success).toBe(false);
  });
});
