// Action field "Leben und Wohnen": KPIs and tiles.
import { defineKpis } from './kpi';
import { BA, city, LFSTAT, POLICE, WEGWEISER } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const SOZIALES = 'Amt für soziale Leistungen';
const WOHNEN = city('Amt für Wohnungswesen');
const JUGEND = 'Amt für Jugend, Familie und Integration';

export const wohnenKpis = defineKpis({ fields: [F.wohnen], office: SOZIALES }, [
  {
    code: 'WOH-01', name: 'SGB-II-Quote', unit: '%',
    description: 'Anteil der Menschen unter 65 Jahren, die Bürgergeld (bis 2022 Arbeitslosengeld II oder Sozialgeld) beziehen.',
    method: 'Leistungsberechtigte nach SGB II ÷ Bevölkerung unter der Regelaltersgrenze × 100, Jahresdurchschnitt.',
    source: BA, polarity: 'lower-is-better', sdgs: ['1.2', '10.2'], prov: true, total: 'mean',
    series: { Frauen: { v: [8.0, 6.7], noise: 0.02 }, Männer: { v: [7.2, 6.1], noise: 0.02 } },
  },
  {
    code: 'WOH-02', name: 'Kinderarmut (SGB-II-Quote unter 15 Jahren)', unit: '%',
    description: 'Anteil der Kinder unter 15 Jahren, die in Bedarfsgemeinschaften nach SGB II leben.',
    method: 'Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren ÷ Bevölkerung unter 15 Jahren × 100.',
    source: WEGWEISER, office: JUGEND, polarity: 'lower-is-better', sdgs: ['1.2'], v: [13.9, 11.8], noise: 0.02, shocks: { 2016: 1.03, 2017: 1.05 },
  },
  {
    code: 'WOH-03', name: 'Altersarmut (Grundsicherung im Alter)', unit: 'je 1.000 EW ab 65', decimals: 1,
    description: 'Menschen ab 65 Jahren, die Grundsicherung im Alter beziehen, bezogen auf die Altersgruppe.',
    method: 'Empfängerinnen und Empfänger von Grundsicherung im Alter nach SGB XII ÷ Bevölkerung ab 65 Jahren × 1.000.',
    source: LFSTAT, polarity: 'lower-is-better', sdgs: ['1.3'], v: [27.8, 36.4], noise: 0.015,
  },
  {
    code: 'WOH-04', name: 'Wohnfläche je Einwohner/in', unit: 'm²/EW',
    description: 'Durchschnittliche Wohnfläche je Person.',
    method: 'Wohnfläche in Wohngebäuden laut Fortschreibung des Gebäude- und Wohnungsbestands ÷ Einwohnerzahl.',
    source: LFSTAT, office: 'Amt für Wohnungswesen', polarity: 'neutral', sdgs: ['11.1', '12.2'], v: [44.1, 46.3], noise: 0.002,
  },
  {
    code: 'WOH-05', name: 'Mietspiegel – durchschnittliche Nettokaltmiete', unit: '€/m²', decimals: 2,
    description: 'Ortsübliche Vergleichsmiete laut qualifiziertem Mietspiegel.',
    method: 'Mittelwert der Nettokaltmieten aller Mietspiegelfelder, gewichtet nach Wohnungsbestand; Erhebung alle zwei Jahre.',
    source: WOHNEN, office: 'Amt für Wohnungswesen', polarity: 'lower-is-better', sdgs: ['11.1'], v: [7.58, 9.86], noise: 0.005,
    gaps: [2015, 2017, 2019, 2021, 2023],
  },
  {
    code: 'WOH-06', name: 'Angebotsmieten (Median)', unit: '€/m²', decimals: 2,
    description: 'Mittlere Nettokaltmiete der auf Immobilienportalen inserierten Wohnungen.',
    method: 'Median der Angebotsmieten je m² aller im Kalenderjahr inserierten Mietwohnungen (ohne Möblierung).',
    source: WEGWEISER, office: 'Amt für Wohnungswesen', polarity: 'lower-is-better', sdgs: ['11.1'], v: [8.42, 11.94], noise: 0.01,
  },
  {
    code: 'WOH-07', name: 'Wohnkostenbelastung der Mieterhaushalte', unit: '%',
    description: 'Anteil des Haushaltsnettoeinkommens, den Mieterhaushalte im Mittel für die Bruttokaltmiete aufwenden.',
    method: 'Median der Mietbelastungsquote (Bruttokaltmiete ÷ Haushaltsnettoeinkommen × 100) laut Mikrozensus, Hochrechnung für die Stadt.',
    source: LFSTAT, office: 'Amt für Wohnungswesen', polarity: 'lower-is-better', sdgs: ['11.1', '1.4'], v: [26.9, 29.6], noise: 0.01, gaps: [2016, 2017], prov: true,
  },
  {
    code: 'WOH-08', name: 'Geförderte Mietwohnungen je 1.000 Einwohner/innen', unit: 'je 1.000 EW',
    description: 'Bestand an Sozialwohnungen mit Mietpreis- und Belegungsbindung.',
    method: 'Geförderte Mietwohnungen mit laufender Bindung ÷ Einwohnerzahl × 1.000, Stichtag 31.12.',
    source: WOHNEN, office: 'Amt für Wohnungswesen', polarity: 'higher-is-better', sdgs: ['11.1'], v: [31.2, 27.4], noise: 0.006,
    target: [30, 2030, 'Wohnraumversorgungskonzept'],
  },
  {
    code: 'WOH-09', name: 'Fertiggestellte Wohnungen je 1.000 Einwohner/innen', unit: 'je 1.000 EW',
    description: 'Neu gebaute Wohnungen im Jahr, bezogen auf die Bevölkerung.',
    method: 'Baufertigstellungen von Wohnungen in Wohn- und Nichtwohngebäuden ÷ Einwohnerzahl × 1.000.',
    source: LFSTAT, office: 'Amt für Wohnungswesen', polarity: 'higher-is-better', sdgs: ['11.1'], v: [3.1, 2.2], noise: 0.12,
  },
  {
    code: 'WOH-10', name: 'Betreuungsquote der unter 3-Jährigen', unit: '%',
    description: 'Anteil der Kinder unter drei Jahren in Kindertageseinrichtungen oder Kindertagespflege.',
    method: 'Betreute Kinder unter 3 Jahren ÷ Kinder unter 3 Jahren × 100, Stichtag 1.3.',
    source: LFSTAT, office: JUGEND, polarity: 'higher-is-better', sdgs: ['4.2', '5.4'], v: [28.4, 40.1], noise: 0.01, shocks: { 2021: 0.97 },
    target: [45, 2030, 'Kita-Bedarfsplanung'],
  },
  {
    code: 'WOH-11', name: 'Betreuungsquote der 3- bis unter 6-Jährigen', unit: '%',
    description: 'Anteil der Kinder von drei bis unter sechs Jahren in Kindertageseinrichtungen.',
    method: 'Betreute Kinder von 3 bis unter 6 Jahren ÷ Kinder dieser Altersgruppe × 100, Stichtag 1.3.',
    source: LFSTAT, office: JUGEND, polarity: 'higher-is-better', sdgs: ['4.2'], v: [91.2, 93.8], noise: 0.004,
  },
  {
    code: 'WOH-12', name: 'Schulabgänger/innen ohne Abschluss', unit: '%',
    description: 'Anteil der Jugendlichen, die die allgemeinbildende Schule ohne Mittelschulabschluss verlassen.',
    method: 'Abgängerinnen und Abgänger ohne Abschluss ÷ alle Abgängerinnen und Abgänger allgemeinbildender Schulen × 100.',
    source: LFSTAT, office: 'Schulverwaltungsamt', polarity: 'lower-is-better', sdgs: ['4.1'], total: 'mean',
    series: { weiblich: { v: [4.6, 5.5], noise: 0.08 }, männlich: { v: [7.0, 8.3], noise: 0.08 } },
  },
  {
    code: 'WOH-13', name: 'Lebenserwartung bei Geburt', unit: 'Jahre',
    description: 'Durchschnittliche Zahl an Lebensjahren, die ein Neugeborenes bei den heutigen Sterberaten erwarten kann.',
    method: 'Periodensterbetafel über drei Jahre, zugeordnet dem mittleren Jahr.',
    source: LFSTAT, office: 'Gesundheitsamt', polarity: 'higher-is-better', sdgs: ['3.4'], until: 2023,
    series: { Frauen: { v: [83.3, 83.9], noise: 0.002, shocks: { 2020: 0.996, 2021: 0.994 } }, Männer: { v: [78.5, 79.1], noise: 0.002, shocks: { 2020: 0.995, 2021: 0.993 } } },
  },
  {
    code: 'WOH-14', name: 'Hausärztinnen und Hausärzte je 10.000 Einwohner/innen', unit: 'je 10.000 EW',
    description: 'Versorgungsdichte mit hausärztlicher Betreuung.',
    method: 'Hausärztlich tätige Ärztinnen und Ärzte (Köpfe) laut Kassenärztlicher Vereinigung ÷ Einwohnerzahl × 10.000.',
    source: WEGWEISER, office: 'Gesundheitsamt', polarity: 'higher-is-better', sdgs: ['3.8'], v: [7.2, 6.5], noise: 0.01,
  },
  {
    code: 'WOH-15', name: 'Plätze in der stationären Pflege je 1.000 Einwohner/innen ab 75', unit: 'je 1.000 EW ab 75',
    description: 'Verfügbare Pflegeheimplätze für ältere Menschen.',
    method: 'Verfügbare Plätze in Pflegeheimen laut Pflegestatistik (zweijährlich) ÷ Bevölkerung ab 75 Jahren × 1.000.',
    source: LFSTAT, polarity: 'higher-is-better', sdgs: ['3.8', '11.7'], v: [118, 104], noise: 0.01, gaps: [2016, 2018, 2020, 2022, 2024],
  },
  {
    code: 'WOH-16', name: 'Straftaten je 100.000 Einwohner/innen', unit: 'je 100.000 EW', decimals: 0,
    description: 'Polizeilich registrierte Straftaten bezogen auf die Bevölkerung (Häufigkeitszahl).',
    method: 'Erfasste Fälle der Polizeilichen Kriminalstatistik ohne ausländerrechtliche Verstöße ÷ Einwohnerzahl × 100.000.',
    source: POLICE, office: 'Ordnungsamt', polarity: 'lower-is-better', sdgs: ['16.1'], v: [6920, 5880], noise: 0.03,
  },
  {
    code: 'WOH-17', name: 'Einwohnerzahl', unit: 'Personen', decimals: 0,
    description: 'Zahl der Einwohnerinnen und Einwohner mit Hauptwohnsitz in Aschaffenburg.',
    method: 'Amtliche Bevölkerungsfortschreibung auf Basis des Zensus, Stichtag 31.12.',
    source: LFSTAT, office: 'Bürgeramt – Statistikstelle', polarity: 'neutral', sdgs: ['11.3'], v: [68650, 71420], noise: 0.002, prov: true,
    notes: { 2022: 'Ab 2022 Fortschreibung auf Basis des Zensus 2022.' },
  },
  {
    code: 'WOH-18', name: 'Durchschnittsalter der Bevölkerung', unit: 'Jahre',
    description: 'Mittleres Alter der Einwohnerinnen und Einwohner.',
    method: 'Arithmetisches Mittel des Alters der Bevölkerung am 31.12.',
    source: LFSTAT, office: 'Bürgeramt – Statistikstelle', polarity: 'neutral', sdgs: ['11.3'], v: [43.6, 44.0], noise: 0.001,
  },
]);

export const wohnenTiles = defineTiles(F.wohnen, [
  {
    slug: 'armut', title: 'Armut und soziale Sicherung', featured: true, kpis: ['WOH-01', 'WOH-02', 'WOH-03'],
    teaser: 'Wie viele Menschen sind auf staatliche Grundsicherung angewiesen?',
    body: 'Die **SGB-II-Quote** sinkt, die Zahl älterer Menschen mit Grundsicherung steigt. Die Werte für Frauen und Männer werden getrennt gezeigt.',
  },
  {
    slug: 'mieten', title: 'Mieten', kpis: ['WOH-06', 'WOH-05', 'WOH-07'],
    teaser: 'Wohnen wird teurer – das spüren vor allem Mieterhaushalte.',
    body: 'Der **Mietspiegel** wird alle zwei Jahre erhoben; dazwischen zeigen die Angebotsmieten die Entwicklung.',
  },
  {
    slug: 'wohnraum', title: 'Wohnraum', kpis: ['WOH-04', 'WOH-08', 'WOH-09'],
    teaser: 'Wie viel Wohnraum gibt es – und wie viel davon ist bezahlbar?',
    body: 'Die Zahl der **geförderten Wohnungen** sinkt, weil Bindungen auslaufen. Neubau soll gegensteuern.',
  },
  {
    slug: 'kinderbetreuung', title: 'Kinderbetreuung', kpis: ['WOH-10', 'WOH-11'],
    teaser: 'Betreuungsplätze für die Jüngsten.',
    body: 'Seit 2013 besteht ein **Rechtsanspruch** auf einen Betreuungsplatz ab dem ersten Geburtstag.',
  },
  {
    slug: 'schulabschluesse', title: 'Schulabschlüsse', kpis: ['WOH-12', 'WIS-12'],
    teaser: 'Bildung entscheidet über Lebenschancen.',
    body: 'Gezeigt werden Abgängerinnen und Abgänger **ohne Abschluss** und mit **Hochschulreife**, getrennt nach Geschlecht.',
  },
  {
    slug: 'gesundheit', title: 'Gesundheit und Pflege', kpis: ['WOH-13', 'WOH-14', 'WOH-15'],
    teaser: 'Lebenserwartung, ärztliche Versorgung und Pflege.',
    body: 'Die **Pflegestatistik** erscheint nur alle zwei Jahre; die übrigen Jahre bleiben leer.',
  },
  {
    slug: 'sicherheit', title: 'Sicherheit', kpis: ['WOH-16'], chart: 'bar',
    teaser: 'Aschaffenburg ist eine sichere Stadt.',
    body: 'Die **Häufigkeitszahl** der Straftaten ist in den letzten zehn Jahren deutlich gesunken.',
  },
  {
    slug: 'bevoelkerung', title: 'Bevölkerung', kpis: ['WOH-17', 'WOH-18'],
    teaser: 'Aschaffenburg wächst langsam und wird etwas älter.',
    body: 'Die **Einwohnerzahl** ist die Bezugsgröße vieler Kennzahlen dieses Dashboards.',
  },
]);
