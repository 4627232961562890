// Action field "Globale Verantwortung": KPIs and tiles.
import { defineKpis } from './kpi';
import { city, LFSTAT, SDG_PORTAL } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const AGENDA = 'Stabsstelle Nachhaltigkeit und Eine Welt';
const VERGABE = city('Zentrale Vergabestelle');

export const globalKpis = defineKpis({ fields: [F.global], office: AGENDA }, [
  {
    code: 'GLO-01', name: 'Ausgaben für kommunale Entwicklungszusammenarbeit je Einwohner/in', unit: '€/EW', decimals: 2,
    description: 'Mittel, die die Stadt für Projekte der Entwicklungszusammenarbeit und entwicklungspolitische Bildung einsetzt.',
    method: 'Haushaltsansätze (Ist) für Entwicklungszusammenarbeit, Partnerschaftsprojekte und Eine-Welt-Bildung ÷ Einwohnerzahl.',
    source: city('Kämmerei'), polarity: 'higher-is-better', sdgs: ['17.2', '17.17'], v: [0.18, 0.56], shape: 'accelerating', noise: 0.04,
    target: [1, 2030, 'Eine-Welt-Strategie (Beispielziel)'],
  },
  {
    code: 'GLO-02', name: 'Anteil fair gehandelter Produkte in der Beschaffung', unit: '%', decimals: 0,
    description: 'Anteil fair gehandelter Waren bei Kaffee, Tee, Zucker, Textilien und Natursteinen, die die Stadt einkauft.',
    method: 'Beschaffungswert zertifizierter Fair-Trade-Produkte ÷ Beschaffungswert der betrachteten Warengruppen × 100.',
    source: VERGABE, polarity: 'higher-is-better', sdgs: ['12.7', '8.7'], v: [34, 83], shape: 'saturating', noise: 0.02,
    target: [100, 2028, 'Fairtrade-Town-Beschluss'],
  },
  {
    code: 'GLO-03', name: 'Vergabeverfahren mit Nachhaltigkeitskriterien', unit: '%', decimals: 0,
    description: 'Anteil der Vergabeverfahren, in denen ökologische oder soziale Kriterien verbindlich vorgegeben sind.',
    method: 'Vergabeverfahren mit Nachhaltigkeitskriterien in Leistungsbeschreibung oder Zuschlag ÷ alle Vergabeverfahren über 10.000 € × 100.',
    source: VERGABE, polarity: 'higher-is-better', sdgs: ['12.7'], from: 2017, v: [9, 47], noise: 0.03,
    target: [75, 2030, 'Leitlinie nachhaltige Beschaffung'],
  },
  {
    code: 'GLO-04', name: 'Geschäfte und Gastronomie mit Fairtrade-Angebot', unit: 'Betriebe', decimals: 0,
    description: 'Einzelhandel, Cafés und Restaurants, die mindestens zwei fair gehandelte Produkte anbieten.',
    method: 'Von der Steuerungsgruppe Fairtrade-Town erfasste Betriebe, Stichtag 31.12.',
    source: city(AGENDA), polarity: 'higher-is-better', sdgs: ['12.8', '8.7'], v: [38, 62], noise: 0.03,
  },
  {
    code: 'GLO-05', name: 'Projekte im Rahmen kommunaler Partnerschaften', unit: 'Projekte', decimals: 0,
    description: 'Laufende Nachhaltigkeitsprojekte mit Partnerstädten und Partnerkommunen im Globalen Süden.',
    method: 'Zahl der Projekte mit gemeinsamer Zielvereinbarung und Mittelbindung im Kalenderjahr.',
    source: city(AGENDA), polarity: 'higher-is-better', sdgs: ['17.16', '17.17'], values: [2, 2, 3, 3, 4, 3, 4, 5, 6, 6],
  },
  {
    code: 'GLO-06', name: 'Schutzsuchende je 1.000 Einwohner/innen', unit: 'je 1.000 EW',
    description: 'Menschen, die in Aschaffenburg Schutz vor Krieg und Verfolgung gefunden haben, bezogen auf die Bevölkerung.',
    method: 'Schutzsuchende laut Ausländerzentralregister (Schutzsuchendenstatistik) ÷ Einwohnerzahl × 1.000, Stichtag 31.12.',
    source: LFSTAT, polarity: 'neutral', sdgs: ['10.7', '16.b'], v: [27.5, 41.8], noise: 0.02, shocks: { 2015: 0.8, 2022: 1.12, 2023: 1.05 }, prov: true,
    notes: { 2022: 'Anstieg durch Aufnahme von Geflüchteten aus der Ukraine.' },
  },
  {
    code: 'GLO-07', name: 'Einbürgerungsquote', unit: '%', decimals: 2,
    description: 'Anteil der ausländischen Einwohnerinnen und Einwohner, die im Jahr die deutsche Staatsangehörigkeit erhalten.',
    method: 'Einbürgerungen im Kalenderjahr ÷ ausländische Bevölkerung mit mindestens acht Jahren Aufenthalt × 100.',
    source: LFSTAT, polarity: 'higher-is-better', sdgs: ['10.2', '16.9'], v: [1.18, 2.14], noise: 0.05,
  },
  {
    code: 'GLO-08', name: 'Anteil der Bevölkerung mit ausländischer Staatsangehörigkeit', unit: '%',
    description: 'Anteil der Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit.',
    method: 'Ausländische Bevölkerung laut Melderegister ÷ Gesamtbevölkerung × 100, Stichtag 31.12.',
    source: city('Bürgeramt – Statistikstelle'), polarity: 'neutral', sdgs: ['10.7'], v: [17.6, 24.2], noise: 0.005,
  },
  {
    code: 'GLO-09', name: 'Veranstaltungen der Bildung für nachhaltige Entwicklung', unit: 'Veranstaltungen', decimals: 0,
    description: 'Vorträge, Workshops und Aktionen zu globalen Themen, etwa in der Fairen Woche.',
    method: 'Von Stadt und Partnern durchgeführte, öffentlich beworbene Veranstaltungen im Kalenderjahr.',
    source: city(AGENDA), polarity: 'higher-is-better', sdgs: ['4.7', '12.8'], v: [14, 33], noise: 0.06, shocks: { 2020: 0.45, 2021: 0.7 },
  },
  {
    code: 'GLO-10', name: 'Eingeworbene Fördermittel für entwicklungspolitische Projekte', unit: 'Tsd. €', decimals: 0,
    description: 'Fördermittel von Bund und Land, etwa über die Servicestelle Kommunen in der Einen Welt (SKEW).',
    method: 'Im Kalenderjahr bewilligte Fördersummen für entwicklungspolitische Vorhaben der Stadt.',
    source: city('Kämmerei'), polarity: 'higher-is-better', sdgs: ['17.3', '17.17'], from: 2018, values: [12, null, 35, null, 48, 27, 20],
    notes: { 2024: 'Förderung des Smart Data Dashboards durch Engagement Global (SKEW) aus Mitteln des BMZ.' },
  },
  {
    code: 'GLO-11', name: 'Anteil Recyclingpapier in der Verwaltung', unit: '%', decimals: 0,
    description: 'Anteil des Kopier- und Druckpapiers mit dem Blauen Engel.',
    method: 'Beschaffte Menge Recyclingpapier ÷ gesamte Papierbeschaffung × 100.',
    source: VERGABE, polarity: 'higher-is-better', sdgs: ['12.7', '15.2'], v: [71, 97], shape: 'saturating', noise: 0.01,
  },
  {
    code: 'GLO-12', name: 'Papierverbrauch je Beschäftigtem der Verwaltung', unit: 'Blatt', decimals: 0,
    description: 'Verbrauch an Kopier- und Druckpapier je Beschäftigtem – sinkt mit der Digitalisierung.',
    method: 'Beschaffte Blattzahl (DIN A4-Äquivalente) ÷ Beschäftigte der Stadtverwaltung (Köpfe).',
    source: VERGABE, polarity: 'lower-is-better', sdgs: ['12.2', '12.5'], fields: [F.global, F.digital], v: [9800, 5400], noise: 0.02,
  },
  {
    code: 'GLO-13', name: 'Personal für kommunale Entwicklungspolitik', unit: 'VZÄ', decimals: 2,
    description: 'Personalstellen, die sich mit Eine-Welt-Arbeit und Partnerschaften befassen.',
    method: 'Vollzeitäquivalente laut Stellenplan, Stichtag 31.12.',
    source: city('Personalamt'), polarity: 'higher-is-better', sdgs: ['17.9', '17.17'], from: 2016, values: [0.25, 0.25, 0.5, 0.5, 0.5, 0.75, 1, 1, 1],
  },
  {
    code: 'GLO-14', name: 'Fairtrade-Schulen und BNE-Schulen', unit: 'Schulen', decimals: 0,
    description: 'Schulen mit Auszeichnung als Fairtrade-School oder mit einem Profil in Bildung für nachhaltige Entwicklung.',
    method: 'Zahl der ausgezeichneten Schulen im Stadtgebiet, Stichtag 31.12.',
    source: SDG_PORTAL, polarity: 'higher-is-better', sdgs: ['4.7'], values: [2, 2, 3, 4, 5, 5, 6, 7, 8, 9],
  },
]);

export const globalTiles = defineTiles(F.global, [
  {
    slug: 'entwicklungszusammenarbeit', title: 'Kommunale Entwicklungszusammenarbeit', featured: true, kpis: ['GLO-01', 'GLO-10', 'GLO-13'],
    teaser: 'Was Aschaffenburg für Partnerschaften in der Einen Welt leistet.',
    body: 'Die Stadt fördert Projekte mit Partnerkommunen und wirbt dafür **Fördermittel** ein, unter anderem bei der SKEW.',
  },
  {
    slug: 'faire-beschaffung', title: 'Faire Beschaffung', kpis: ['GLO-02', 'GLO-03'],
    teaser: 'Die Stadt kauft zunehmend fair und nachhaltig ein.',
    body: 'Als **Fairtrade-Town** setzt Aschaffenburg bei Kaffee, Textilien und Natursteinen auf fair gehandelte Produkte.',
  },
  {
    slug: 'fairer-handel', title: 'Fairer Handel in der Stadt', kpis: ['GLO-04', 'GLO-14'], chart: 'bar',
    teaser: 'Geschäfte, Gastronomie und Schulen machen mit.',
    body: 'Immer mehr Betriebe bieten **fair gehandelte Produkte** an, immer mehr Schulen tragen das Fairtrade-Siegel.',
  },
  {
    slug: 'partnerschaften', title: 'Partnerschaften und Bildung', kpis: ['GLO-05', 'GLO-09'], chart: 'bar',
    teaser: 'Gemeinsam lernen und handeln – vor Ort und weltweit.',
    body: '**Bildung für nachhaltige Entwicklung** macht globale Zusammenhänge verständlich.',
  },
  {
    slug: 'migration-und-integration', title: 'Zuwanderung und Einbürgerung', kpis: ['GLO-06', 'GLO-07', 'GLO-08'],
    teaser: 'Aschaffenburg ist eine internationale Stadt.',
    body: 'Ein Viertel der Einwohnerinnen und Einwohner hat eine **ausländische Staatsangehörigkeit**. 2022 kamen viele Geflüchtete aus der Ukraine.',
  },
  {
    slug: 'ressourcenschonende-verwaltung', title: 'Ressourcenschonende Verwaltung', kpis: ['GLO-11', 'GLO-12'],
    teaser: 'Weniger Papier, mehr Recycling.',
    body: 'Die **E-Akte** und Recyclingpapier mit dem Blauen Engel senken den Ressourcenverbrauch der Verwaltung.',
  },
]);
