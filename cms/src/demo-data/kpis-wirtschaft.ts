// Action field "Arbeit und Wirtschaft": KPIs and tiles.
import type { Curve } from './generate';
import { defineKpis } from './kpi';
import { BA, city, LFSTAT, OFFICE, SDG_PORTAL, VGRDL, WEGWEISER } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const WIRTSCHAFT = OFFICE.wirtschaft;
const KAEMMEREI = city('Kämmerei');
const PANDEMIC = { 2020: 1.22, 2021: 1.14 } as const;

/** Labour-market curve with the pandemic bump of 2020/21. */
const labour = (start: number, end: number): Curve => ({ v: [start, end], noise: 0.02, shocks: PANDEMIC });

export const wirtschaftKpis = defineKpis({ fields: [F.wirtschaft], office: WIRTSCHAFT }, [
  {
    code: 'WIR-01', name: 'Arbeitslosenquote', unit: '%',
    description: 'Anteil der Arbeitslosen an allen zivilen Erwerbspersonen.',
    method: 'Registrierte Arbeitslose ÷ alle zivilen Erwerbspersonen × 100, Jahresdurchschnitt.',
    source: BA, polarity: 'lower-is-better', sdgs: ['8.5'], prov: true, total: 'mean',
    series: { Frauen: labour(5.3, 5.0), Männer: labour(5.9, 5.5) },
    notes: { 2020: 'Anstieg infolge der Corona-Pandemie.' },
  },
  {
    code: 'WIR-02', name: 'Beschäftigungsquote', unit: '%',
    description: 'Anteil der sozialversicherungspflichtig Beschäftigten an der Bevölkerung im erwerbsfähigen Alter.',
    method: 'SV-Beschäftigte am Wohnort (15 bis unter 65 Jahre) ÷ Bevölkerung von 15 bis unter 65 Jahren × 100, Stichtag 30.6.',
    source: BA, polarity: 'higher-is-better', sdgs: ['8.5', '5.5'], prov: true, total: 'mean',
    series: { Frauen: { v: [54.1, 60.2], noise: 0.005 }, Männer: { v: [62.8, 66.1], noise: 0.005 } },
  },
  {
    code: 'WIR-03', name: 'Anteil der Langzeitarbeitslosen', unit: '%',
    description: 'Anteil der Arbeitslosen, die seit mindestens einem Jahr ohne Arbeit sind.',
    method: 'Langzeitarbeitslose (§ 18 SGB III) ÷ alle Arbeitslosen × 100, Jahresdurchschnitt.',
    source: BA, polarity: 'lower-is-better', sdgs: ['8.5'], v: [32.4, 31.1], noise: 0.03, shocks: { 2021: 1.18, 2022: 1.1 },
  },
  {
    code: 'WIR-04', name: 'Jugendarbeitslosenquote (unter 25 Jahre)', unit: '%',
    description: 'Arbeitslosenquote der jungen Menschen unter 25 Jahren.',
    method: 'Arbeitslose unter 25 Jahren ÷ zivile Erwerbspersonen unter 25 Jahren × 100, Jahresdurchschnitt.',
    source: BA, polarity: 'lower-is-better', sdgs: ['8.6'], total: 'mean',
    series: { Frauen: labour(4.1, 3.8), Männer: labour(5.2, 4.7) },
  },
  {
    code: 'WIR-05', name: 'Sozialversicherungspflichtig Beschäftigte am Arbeitsort', unit: 'Beschäftigte', decimals: 0,
    description: 'Zahl der Arbeitsplätze im Stadtgebiet mit Sozialversicherungspflicht.',
    method: 'SV-Beschäftigte mit Arbeitsort Aschaffenburg laut Beschäftigungsstatistik, Stichtag 30.6.',
    source: BA, polarity: 'higher-is-better', sdgs: ['8.5'], v: [48600, 53900], noise: 0.004, shocks: { 2020: 0.985 }, prov: true,
  },
  {
    code: 'WIR-06', name: 'Bruttoinlandsprodukt je Erwerbstätigem', unit: '€', decimals: 0,
    description: 'Wirtschaftsleistung je erwerbstätiger Person – ein Maß für die Produktivität.',
    method: 'BIP zu Marktpreisen (nominal) ÷ Erwerbstätige am Arbeitsort; Kreisergebnisse erscheinen mit etwa zwei Jahren Verzug.',
    source: VGRDL, polarity: 'higher-is-better', sdgs: ['8.2'], v: [67800, 81300], noise: 0.01, shocks: { 2020: 0.96 }, until: 2022,
  },
  {
    code: 'WIR-07', name: 'Verfügbares Einkommen der privaten Haushalte je Einwohner/in', unit: '€', decimals: 0,
    description: 'Einkommen, das den Haushalten nach Steuern und Sozialabgaben für Konsum und Sparen bleibt.',
    method: 'Verfügbares Einkommen der privaten Haushalte (VGR der Länder) ÷ Einwohnerzahl; mit zwei Jahren Verzug.',
    source: VGRDL, polarity: 'higher-is-better', sdgs: ['10.1', '8.1'], v: [22900, 27300], noise: 0.005, until: 2022,
  },
  {
    code: 'WIR-08', name: 'Gewerbeanmeldungen je 10.000 Einwohner/innen', unit: 'je 10.000 EW',
    description: 'Neugründungen von Betrieben als Hinweis auf die Gründungsdynamik.',
    method: 'Gewerbeanmeldungen (Neuerrichtungen) laut Gewerbeanzeigenstatistik ÷ Einwohnerzahl × 10.000.',
    source: LFSTAT, polarity: 'higher-is-better', sdgs: ['8.3', '9.3'], v: [86.5, 79.2], noise: 0.04,
  },
  {
    code: 'WIR-09', name: 'Gewerbesteuereinnahmen je Einwohner/in', unit: '€/EW', decimals: 0,
    description: 'Wichtigste eigene Steuereinnahme der Stadt, abhängig von der Ertragslage der Unternehmen.',
    method: 'Gewerbesteuer (Ist, netto nach Umlage) ÷ Einwohnerzahl.',
    source: KAEMMEREI, office: 'Kämmerei', polarity: 'higher-is-better', sdgs: ['17.1'], v: [815, 1030], noise: 0.06, shocks: { 2020: 0.78 }, prov: true,
  },
  {
    code: 'WIR-10', name: 'Verdienstabstand zwischen Frauen und Männern', unit: '%', decimals: 1,
    description: 'Um wie viel Prozent das mittlere Entgelt vollzeitbeschäftigter Frauen unter dem der Männer liegt.',
    method: '(Median Männer − Median Frauen) ÷ Median Männer × 100; SV-Vollzeitbeschäftigte am Arbeitsort, Stichtag 31.12.',
    source: BA, polarity: 'lower-is-better', sdgs: ['5.1', '8.5'], fields: [F.wirtschaft, F.teilhabe], v: [21.4, 16.9], noise: 0.02,
    target: [10, 2030, 'Gleichstellungskonzept'],
  },
  {
    code: 'WIR-11', name: 'Auszubildende je 1.000 Beschäftigte', unit: 'je 1.000 SVB',
    description: 'Ausbildungsintensität der Betriebe in der Stadt.',
    method: 'Auszubildende am Arbeitsort ÷ SV-Beschäftigte am Arbeitsort × 1.000, Stichtag 30.6.',
    source: BA, polarity: 'higher-is-better', sdgs: ['4.4', '8.6'], v: [52.3, 45.8], noise: 0.01,
  },
  {
    code: 'WIR-12', name: 'Gästeübernachtungen', unit: 'Übernachtungen', decimals: 0,
    description: 'Übernachtungen in Beherbergungsbetrieben mit mindestens zehn Betten.',
    method: 'Übernachtungen laut Monatserhebung im Tourismus, Summe des Kalenderjahres.',
    source: LFSTAT, polarity: 'higher-is-better', sdgs: ['8.9'], v: [268000, 312000], noise: 0.02, shocks: { 2020: 0.52, 2021: 0.61, 2022: 0.88 },
  },
  {
    code: 'WIR-13', name: 'Verschuldung der Stadt je Einwohner/in', unit: '€/EW', decimals: 0,
    description: 'Schulden des Kernhaushalts beim nicht-öffentlichen Bereich je Kopf.',
    method: 'Schuldenstand des Kernhaushalts (Kredite und Wertpapiere) ÷ Einwohnerzahl, Stichtag 31.12.',
    source: KAEMMEREI, office: 'Kämmerei', polarity: 'lower-is-better', sdgs: ['17.1', '16.6'], v: [1160, 780], noise: 0.01,
    target: [500, 2030, 'Haushaltskonsolidierung (Beispielziel)'],
  },
  {
    code: 'WIR-14', name: 'Beschäftigte in wissensintensiven Dienstleistungen', unit: '%',
    description: 'Anteil der Beschäftigten in Branchen wie IT, Beratung, Forschung und Finanzdienstleistungen.',
    method: 'SV-Beschäftigte am Arbeitsort in wissensintensiven Wirtschaftszweigen (WZ 2008) ÷ alle SV-Beschäftigten × 100.',
    source: WEGWEISER, polarity: 'higher-is-better', sdgs: ['8.2', '9.b'], fields: [F.wirtschaft, F.wissenschaft], v: [11.6, 13.9], noise: 0.006,
  },
  {
    code: 'WIR-15', name: 'Verfügbare Gewerbeflächen', unit: 'ha',
    description: 'Sofort verfügbare, erschlossene Gewerbeflächen im Eigentum der Stadt und Dritter.',
    method: 'Fläche der im Gewerbeflächenkataster als verfügbar gemeldeten Grundstücke, Stichtag 31.12.',
    source: city(WIRTSCHAFT), polarity: 'neutral', sdgs: ['9.1', '11.3'], v: [28.4, 11.8], noise: 0.03,
  },
  {
    code: 'WIR-16', name: 'Betriebe mit Umweltmanagement (ÖKOPROFIT, EMAS)', unit: 'Betriebe', decimals: 0,
    description: 'Unternehmen, die am Umweltberatungsprogramm ÖKOPROFIT teilgenommen haben oder nach EMAS zertifiziert sind.',
    method: 'Zahl der ausgezeichneten oder validierten Betriebe im Stadtgebiet, kumuliert, Stichtag 31.12.',
    source: city('Amt für Umwelt- und Verbraucherschutz'), polarity: 'higher-is-better', sdgs: ['12.6', '9.4'], fields: [F.wirtschaft, F.umwelt],
    values: [12, 12, 15, 18, 18, 21, 24, 28, 31, 34],
  },
  {
    code: 'WIR-17', name: 'Einzelhandelszentralität', unit: 'Index', decimals: 0,
    description: 'Verhältnis von Einzelhandelsumsatz zur Kaufkraft vor Ort; Werte über 100 zeigen Kaufkraftzuflüsse aus dem Umland.',
    method: 'Einzelhandelsumsatz ÷ einzelhandelsrelevante Kaufkraft × 100 (Bundesdurchschnitt = 100).',
    source: SDG_PORTAL, polarity: 'neutral', sdgs: ['11.3', '8.3'], v: [156, 147], noise: 0.01, shocks: { 2020: 0.96 },
  },
]);

export const wirtschaftTiles = defineTiles(F.wirtschaft, [
  {
    slug: 'arbeitsmarkt', title: 'Arbeitsmarkt', featured: true, kpis: ['WIR-01', 'WIR-03', 'WIR-04'],
    teaser: 'Die Arbeitslosigkeit ist niedrig – trotz des Einbruchs in der Pandemie.',
    body: 'Die **Arbeitslosenquote** wird getrennt nach Frauen und Männern dargestellt. 2020 stieg sie pandemiebedingt an.',
  },
  {
    slug: 'beschaeftigung', title: 'Beschäftigung', kpis: ['WIR-02', 'WIR-05', 'WIR-11'],
    teaser: 'Immer mehr Menschen arbeiten sozialversicherungspflichtig.',
    body: 'Vor allem die **Beschäftigungsquote der Frauen** ist in den letzten Jahren gestiegen.',
  },
  {
    slug: 'wirtschaftskraft', title: 'Wirtschaftskraft und Einkommen', kpis: ['WIR-06', 'WIR-07'],
    teaser: 'Produktivität und verfügbares Einkommen.',
    body: 'Die Kreisergebnisse der **Volkswirtschaftlichen Gesamtrechnungen** liegen erst mit zwei Jahren Verzug vor.',
  },
  {
    slug: 'gruendungen', title: 'Gründungen und Standort', kpis: ['WIR-08', 'WIR-15', 'WIR-17'],
    teaser: 'Neue Betriebe, Gewerbeflächen und Einzelhandel.',
    body: 'Aschaffenburg ist **Einkaufsstadt** für die Region. Gewerbeflächen werden knapp.',
  },
  {
    slug: 'kommunale-finanzen', title: 'Kommunale Finanzen', kpis: ['WIR-09', 'WIR-13'], chart: 'bar',
    teaser: 'Einnahmen und Schulden der Stadt.',
    body: 'Die Stadt hat ihre **Schulden** in den letzten Jahren deutlich abgebaut.',
  },
  {
    slug: 'gleichstellung-im-beruf', title: 'Gleichstellung im Beruf', kpis: ['WIR-10'],
    teaser: 'Der Verdienstabstand zwischen Frauen und Männern sinkt langsam.',
    body: 'Der **Gender Pay Gap** bezieht sich auf Vollzeitbeschäftigte am Arbeitsort.',
  },
  {
    slug: 'tourismus', title: 'Tourismus', kpis: ['WIR-12'], chart: 'bar',
    teaser: 'Gäste aus aller Welt besuchen Schloss Johannisburg und das Pompejanum.',
    body: 'Nach dem Einbruch 2020 und 2021 haben die **Übernachtungszahlen** das Vorkrisenniveau wieder erreicht.',
  },
  {
    slug: 'nachhaltig-wirtschaften', title: 'Nachhaltig wirtschaften', kpis: ['WIR-16', 'WIR-14'],
    teaser: 'Betriebe mit Umweltmanagement und wissensintensive Arbeitsplätze.',
    body: 'Über **ÖKOPROFIT** senken Betriebe ihren Energie- und Ressourcenverbrauch.',
  },
]);
