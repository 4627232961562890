// The citation's three forms and the embed snippet from awkward input:
// quotes, ampersands and angle brackets in names must not break the iframe
// attribute (or inject markup into a page that pastes it), BibTeX's special
// characters are escaped, a missing Datenstand leaves no empty field.
import { describe, expect, it } from 'vitest';
import { citationBibtex, citationCsl, citationKey, citationText, type CitationFacts } from '../../src/lib/citation.ts';
import { embedHeight, iframeSnippet } from '../../src/lib/embed.ts';

const facts: CitationFacts = {
  publisher: 'Stadt A&B',
  title: 'CO₂ {Anteil} 50 % "neu"',
  siteTitle: 'Dashboard',
  url: 'https://daten.example.org/kennzahlen/co2-01/',
  licence: 'dl-de/by-2-0',
  dataAsOf: '2025-03-31',
  accessed: '2026-12-02',
  key: citationKey('/kennzahlen/co2-01/'),
};

describe('citation', () => {
  it('as text: publisher, title, site, Datenstand, licence, URL, access date in German', () => {
    expect(citationText(facts)).toBe(
      'Stadt A&B: CO₂ {Anteil} 50 % "neu". In: Dashboard. Datenstand: 31.03.2025. Lizenz: dl-de/by-2-0. https://daten.example.org/kennzahlen/co2-01/ (abgerufen am 02.12.2026).',
    );
    expect(citationText({ ...facts, dataAsOf: null })).not.toContain('Datenstand');
  });

  it('as BibTeX: special characters escaped, the city as one institutional author', () => {
    const bib = citationBibtex(facts);
    expect(bib.split('\n')[0]).toBe('@misc{sdd-kennzahlen-co2-01,');
    expect(bib).toContain('  author = {{Stadt A\\&B}},');
    expect(bib).toContain('  title = {{CO₂ \\{Anteil\\} 50 \\% "neu"}},');
    expect(bib).toContain('  urldate = {2026-12-02},');
    expect(bib).toContain('  date = {2025-03-31},');
    expect(citationBibtex({ ...facts, dataAsOf: null })).not.toMatch(/^ {2}date = |Datenstand/m);
    // Braces balance: every field closes.
    expect([...bib].filter((c) => c === '{').length - (bib.match(/\\\{/g) ?? []).length).toBe(
      [...bib].filter((c) => c === '}').length - (bib.match(/\\\}/g) ?? []).length,
    );
  });

  it('as CSL-JSON: dates as date-parts, no "issued" without a Datenstand', () => {
    expect(citationCsl(facts)).toMatchObject({
      type: 'dataset',
      accessed: { 'date-parts': [[2026, 12, 2]] },
      issued: { 'date-parts': [[2025, 3, 31]] },
      author: [{ literal: 'Stadt A&B' }],
    });
    expect(citationCsl({ ...facts, dataAsOf: null })).not.toHaveProperty('issued');
  });
});

describe('embed snippet', () => {
  it('escapes the title for its attribute and sets the fixed height', () => {
    const html = iframeSnippet('https://x.example/einbetten/kacheln/a/', 'Kita "Plätze" <neu> & mehr', embedHeight(2));
    expect(html).toBe(
      '<iframe src="https://x.example/einbetten/kacheln/a/" title="Kita &quot;Plätze&quot; &lt;neu&gt; &amp; mehr" width="100%" height="1060" loading="lazy" style="border:0"></iframe>',
    );
  });

  it('grows with the KPIs shown', () => {
    expect(embedHeight(3)).toBeGreaterThan(embedHeight(1));
  });
});
