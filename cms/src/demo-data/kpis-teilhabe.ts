// Action field "Partizipation und Teilhabe": KPIs and tiles.
import { defineKpis } from './kpi';
import { city, OFFICE, SDG_PORTAL } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const HAUPTAMT = 'Hauptamt';
const WAHLAMT = city('Wahlamt');
const DIGITAL = OFFICE.digital;

export const teilhabeKpis = defineKpis({ fields: [F.teilhabe], office: HAUPTAMT }, [
  {
    code: 'PAR-01', name: 'Frauenanteil im Stadtrat', unit: '%',
    description: 'Anteil der Frauen unter den gewählten Mitgliedern des Stadtrats.',
    method: 'Stadträtinnen ÷ alle Mitglieder des Stadtrats (ohne Oberbürgermeister/in) × 100, Stichtag 31.12.',
    source: WAHLAMT, office: 'Wahlamt', polarity: 'higher-is-better', sdgs: ['5.5', '16.7'],
    values: [27.3, 27.3, 27.3, 27.3, 27.3, 36.4, 36.4, 36.4, 36.4, 36.4], target: [50, 2026, 'Parität im Stadtrat'],
    notes: { 2020: 'Neuer Stadtrat nach der Kommunalwahl am 15. März 2020.' },
  },
  {
    code: 'PAR-02', name: 'Wahlbeteiligung bei allgemeinen Wahlen', unit: '%',
    description: 'Anteil der Wahlberechtigten, die bei der jeweils letzten Wahl des Jahres ihre Stimme abgegeben haben.',
    method: 'Wählerinnen und Wähler (einschließlich Briefwahl) ÷ Wahlberechtigte × 100; nur Jahre mit Wahlen.',
    source: WAHLAMT, office: 'Wahlamt', polarity: 'higher-is-better', sdgs: ['16.7'],
    points: { 2017: 71.8, 2018: 67.4, 2019: 55.9, 2020: 50.6, 2021: 72.9, 2023: 68.1, 2024: 60.7 },
    notes: { 2017: 'Bundestagswahl', 2018: 'Landtagswahl', 2019: 'Europawahl', 2020: 'Kommunalwahl', 2021: 'Bundestagswahl', 2023: 'Landtagswahl', 2024: 'Europawahl' },
  },
  {
    code: 'PAR-03', name: 'Wahlbeteiligung bei der Kommunalwahl', unit: '%',
    description: 'Anteil der Wahlberechtigten, die bei der Stadtratswahl gewählt haben.',
    method: 'Wählerinnen und Wähler ÷ Wahlberechtigte × 100; Kommunalwahlen finden alle sechs Jahre statt.',
    source: WAHLAMT, office: 'Wahlamt', polarity: 'higher-is-better', sdgs: ['16.7'], points: { 2014: 43.9, 2020: 50.6 },
  },
  {
    code: 'PAR-04', name: 'Frauenanteil in Führungspositionen der Stadtverwaltung', unit: '%', decimals: 0,
    description: 'Anteil der Frauen unter den Amts-, Abteilungs- und Sachgebietsleitungen.',
    method: 'Frauen mit Führungsfunktion ÷ alle Führungskräfte der Kernverwaltung × 100, Stichtag 31.12.',
    source: city('Personalamt'), office: 'Personalamt', polarity: 'higher-is-better', sdgs: ['5.5'], fields: [F.teilhabe, F.wirtschaft],
    v: [31, 45], noise: 0.02, target: [50, 2030, 'Gleichstellungskonzept'],
  },
  {
    code: 'PAR-05', name: 'Inhaber/innen der Ehrenamtskarte', unit: 'Personen', decimals: 0,
    description: 'Ehrenamtlich besonders engagierte Menschen mit der Bayerischen Ehrenamtskarte.',
    method: 'Gültige Ehrenamtskarten mit Wohnsitz Aschaffenburg, Stichtag 31.12.',
    source: city('Freiwilligenzentrum'), polarity: 'higher-is-better', sdgs: ['17.17', '16.7'], v: [610, 1940], shape: 'saturating', noise: 0.02,
  },
  {
    code: 'PAR-06', name: 'Bürgerbeteiligungsverfahren', unit: 'Verfahren', decimals: 0,
    description: 'Formelle und informelle Beteiligungsverfahren der Stadt, etwa zu Bauleitplänen, Plätzen oder Konzepten.',
    method: 'Im Kalenderjahr begonnene Verfahren mit öffentlicher Beteiligungsphase (vor Ort oder online).',
    source: city('Stabsstelle Bürgerbeteiligung'), polarity: 'higher-is-better', sdgs: ['16.7', '11.3'], values: [6, 7, 7, 9, 10, 8, 11, 12, 14, 15],
  },
  {
    code: 'PAR-07', name: 'Teilnehmende an Online-Beteiligungen', unit: 'Personen', decimals: 0,
    description: 'Personen, die sich über die Online-Beteiligungsplattform an städtischen Verfahren beteiligt haben.',
    method: 'Eindeutige Teilnehmende (Beiträge, Bewertungen, Umfragen) je Kalenderjahr laut Plattformstatistik.',
    source: city(DIGITAL), office: DIGITAL, polarity: 'higher-is-better', sdgs: ['16.7'], fields: [F.teilhabe, F.digital],
    from: 2019, values: [180, 1450, 2120, 2610, 2940, 3310],
    notes: { 2019: 'Start der Beteiligungsplattform im Herbst 2019.' },
  },
  {
    code: 'PAR-08', name: 'Beschäftigungsquote schwerbehinderter Menschen in der Stadtverwaltung', unit: '%',
    description: 'Anteil schwerbehinderter Beschäftigter an allen Arbeitsplätzen der Stadtverwaltung.',
    method: 'Besetzte Pflichtarbeitsplätze nach § 163 SGB IX ÷ anrechenbare Arbeitsplätze × 100.',
    source: city('Personalamt'), office: 'Personalamt', polarity: 'higher-is-better', sdgs: ['8.5', '10.2'], v: [6.1, 7.0], noise: 0.01,
  },
  {
    code: 'PAR-09', name: 'Anteil barrierefrei zugänglicher öffentlicher Gebäude', unit: '%', decimals: 0,
    description: 'Anteil der städtischen Gebäude mit Publikumsverkehr, die stufenlos zugänglich sind.',
    method: 'Gebäude mit stufenlosem Zugang und barrierefreiem WC ÷ alle Gebäude mit Publikumsverkehr × 100.',
    source: city('Hochbauamt'), office: 'Behindertenbeauftragte', polarity: 'higher-is-better', sdgs: ['11.7', '10.2'], v: [41, 64], noise: 0.01,
    target: [80, 2030, 'Aktionsplan Inklusion'],
  },
  {
    code: 'PAR-10', name: 'Besuche der Stadtbibliothek je Einwohner/in', unit: 'Besuche/EW', decimals: 2,
    description: 'Physische Besuche in der Stadtbibliothek, bezogen auf die Bevölkerung.',
    method: 'Besuche laut Eingangszählung ÷ Einwohnerzahl.',
    source: city('Stadtbibliothek'), office: 'Stadtbibliothek', polarity: 'higher-is-better', sdgs: ['4.6', '16.10'], v: [2.92, 2.71], noise: 0.02,
    shocks: { 2020: 0.48, 2021: 0.6, 2022: 0.88 },
  },
  {
    code: 'PAR-11', name: 'Teilnehmende an Integrationskursen', unit: 'Personen', decimals: 0,
    description: 'Neu begonnene Teilnahmen an Integrationskursen (Sprache und Orientierung).',
    method: 'Kursteilnehmende mit Kursbeginn im Kalenderjahr laut Bundesamt für Migration und Flüchtlinge, Kursort Aschaffenburg.',
    source: SDG_PORTAL, office: 'Amt für Jugend, Familie und Integration', polarity: 'higher-is-better', sdgs: ['10.2', '4.6'], total: 'sum',
    series: {
      Frauen: { v: [250, 430], noise: 0.05, shocks: { 2016: 1.35, 2020: 0.55, 2022: 1.5 } },
      Männer: { v: [310, 360], noise: 0.05, shocks: { 2016: 1.45, 2020: 0.55, 2022: 1.3 } },
    },
  },
  {
    code: 'PAR-12', name: 'Teilnehmende an Jugendforen', unit: 'Personen', decimals: 0,
    description: 'Jugendliche, die sich an Jugendforen und Jugendbeteiligungsprojekten der Stadt beteiligt haben.',
    method: 'Teilnehmende laut Anwesenheitslisten und Online-Umfragen der Jugendbeteiligung.',
    source: city('Stadtjugendring'), office: 'Amt für Jugend, Familie und Integration', polarity: 'higher-is-better', sdgs: ['16.7', '4.7'],
    from: 2016, v: [90, 310], noise: 0.06, shocks: { 2020: 0.5 }, gaps: [2021],
  },
  {
    code: 'PAR-13', name: 'Eingetragene Vereine je 1.000 Einwohner/innen', unit: 'je 1.000 EW',
    description: 'Dichte des Vereinslebens als Hinweis auf bürgerschaftliches Engagement.',
    method: 'Eingetragene Vereine mit Sitz in Aschaffenburg laut Vereinsregister ÷ Einwohnerzahl × 1.000.',
    source: SDG_PORTAL, polarity: 'higher-is-better', sdgs: ['17.17'], v: [6.1, 5.8], noise: 0.005,
  },
  {
    code: 'PAR-14', name: 'Öffentliche Sitzungsunterlagen im Ratsinformationssystem', unit: '%', decimals: 0,
    description: 'Anteil der öffentlichen Sitzungen, deren Vorlagen vorab online für alle einsehbar sind.',
    method: 'Öffentliche Sitzungen mit vollständig veröffentlichten Vorlagen ÷ alle öffentlichen Sitzungen × 100.',
    source: city(HAUPTAMT), polarity: 'higher-is-better', sdgs: ['16.10', '16.6'], fields: [F.teilhabe, F.digital], from: 2016, v: [72, 100], shape: 'saturating', noise: 0.01,
  },
]);

export const teilhabeTiles = defineTiles(F.teilhabe, [
  {
    slug: 'frauen-in-politik-und-verwaltung', title: 'Frauen in Politik und Verwaltung', kpis: ['PAR-01', 'PAR-04'], chart: 'bar',
    teaser: 'Wie hoch ist der Frauenanteil im Stadtrat und in Führungspositionen?',
    body: 'Mit der **Kommunalwahl 2020** stieg der Frauenanteil im Stadtrat deutlich. In der Verwaltung ist fast die Hälfte der Führungskräfte weiblich.',
  },
  {
    slug: 'wahlbeteiligung', title: 'Wahlbeteiligung', kpis: ['PAR-02', 'PAR-03'], chart: 'bar',
    teaser: 'Wie viele Wahlberechtigte gehen wählen?',
    body: 'Die Beteiligung hängt stark von der **Art der Wahl** ab. Jahre ohne Wahl bleiben leer.',
  },
  {
    slug: 'buergerbeteiligung', title: 'Bürgerbeteiligung', kpis: ['PAR-06', 'PAR-07', 'PAR-12'],
    teaser: 'Mitreden und mitgestalten – vor Ort und online.',
    body: 'Die **Online-Beteiligungsplattform** ergänzt Bürgerversammlungen und Workshops. Auch Jugendliche werden gezielt beteiligt.',
  },
  {
    slug: 'ehrenamt', title: 'Ehrenamt und Vereine', kpis: ['PAR-05', 'PAR-13'],
    teaser: 'Tausende engagieren sich freiwillig für ihre Stadt.',
    body: 'Die **Ehrenamtskarte** würdigt besonderes Engagement und bietet Vergünstigungen.',
  },
  {
    slug: 'inklusion', title: 'Inklusion', kpis: ['PAR-09', 'PAR-08', 'MOB-09'],
    teaser: 'Barrierefreiheit in Gebäuden, im Bus und am Arbeitsplatz.',
    body: 'Der **Aktionsplan Inklusion** bündelt Maßnahmen für eine Stadt ohne Barrieren.',
  },
  {
    slug: 'integration', title: 'Integration', kpis: ['PAR-11'], chart: 'bar',
    teaser: 'Sprache öffnet Türen.',
    body: 'Die Teilnahmen an **Integrationskursen** sind nach Frauen und Männern aufgeschlüsselt.',
  },
  {
    slug: 'transparenz', title: 'Transparenz und Bildungsorte', kpis: ['PAR-14', 'PAR-10'],
    teaser: 'Offene Ratsarbeit und eine lebendige Stadtbibliothek.',
    body: 'Alle öffentlichen **Sitzungsunterlagen** stehen online im Ratsinformationssystem bereit.',
  },
]);
