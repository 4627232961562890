// Action field "Wissenschaft": KPIs and tiles.
import { defineKpis } from './kpi';
import { BA, city, DPMA, LFSTAT, OFFICE, STIFTERVERBAND, TH_AB } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const WIRTSCHAFT = OFFICE.wirtschaft;
const TH_OFFICE = `${WIRTSCHAFT} – Hochschulkooperation`;

export const wissenschaftKpis = defineKpis({ fields: [F.wissenschaft], office: TH_OFFICE }, [
  {
    code: 'WIS-01', name: 'Studierende an der Technischen Hochschule Aschaffenburg', unit: 'Studierende', decimals: 0,
    description: 'Zahl der eingeschriebenen Studierenden im Wintersemester.',
    method: 'Immatrikulierte Studierende laut Studierendenstatistik, Wintersemester beginnend im Berichtsjahr.',
    source: TH_AB, polarity: 'higher-is-better', sdgs: ['4.3'], prov: true, total: 'sum',
    series: { Frauen: { v: [1060, 1430], noise: 0.01 }, Männer: { v: [2040, 2310], noise: 0.01 } },
  },
  {
    code: 'WIS-02', name: 'Studierende je 1.000 Einwohner/innen', unit: 'je 1.000 EW',
    description: 'Bedeutung der Hochschule für die Stadt, bezogen auf die Bevölkerung.',
    method: 'Studierende der Hochschulen am Standort Aschaffenburg ÷ Einwohnerzahl × 1.000.',
    source: LFSTAT, polarity: 'higher-is-better', sdgs: ['4.3'], v: [45.2, 52.6], noise: 0.01,
  },
  {
    code: 'WIS-03', name: 'Forschungseinrichtungen', unit: 'Einrichtungen', decimals: 0,
    description: 'Hochschulinstitute, An-Institute und außeruniversitäre Forschungseinrichtungen in der Stadt.',
    method: 'Zahl der Einrichtungen mit eigener Forschungstätigkeit und Sitz in Aschaffenburg, Stichtag 31.12.',
    source: city(WIRTSCHAFT), office: WIRTSCHAFT, polarity: 'higher-is-better', sdgs: ['9.5'], values: [3, 3, 4, 4, 4, 5, 5, 6, 6, 7],
  },
  {
    code: 'WIS-04', name: 'Drittmittel der Hochschule', unit: 'Mio. €',
    description: 'Für Forschung und Transfer eingeworbene Mittel von Bund, Land, EU und Wirtschaft.',
    method: 'Drittmitteleinnahmen der Technischen Hochschule Aschaffenburg im Haushaltsjahr.',
    source: TH_AB, polarity: 'higher-is-better', sdgs: ['9.5', '17.17'], v: [5.2, 11.9], shape: 'accelerating', noise: 0.04,
  },
  {
    code: 'WIS-05', name: 'Frauenanteil in MINT-Studiengängen', unit: '%',
    description: 'Anteil der Studentinnen in Mathematik, Informatik, Naturwissenschaften und Technik.',
    method: 'Studentinnen in MINT-Studiengängen ÷ alle Studierenden in MINT-Studiengängen × 100, Wintersemester.',
    source: TH_AB, polarity: 'higher-is-better', sdgs: ['5.5', '4.3'], v: [19.4, 27.2], noise: 0.015, target: [33, 2030, 'Gleichstellungsplan der Hochschule'],
  },
  {
    code: 'WIS-06', name: 'Personal in Forschung und Entwicklung je 1.000 Erwerbstätige', unit: 'je 1.000 ET',
    description: 'Beschäftigte in der Forschung von Wirtschaft und Hochschulen, bezogen auf alle Erwerbstätigen.',
    method: 'FuE-Personal (Vollzeitäquivalente) laut FuE-Erhebung, nur in ungeraden Jahren erhoben ÷ Erwerbstätige × 1.000.',
    source: STIFTERVERBAND, polarity: 'higher-is-better', sdgs: ['9.5'], v: [7.4, 9.3], noise: 0.01, gaps: [2016, 2018, 2020, 2022, 2024],
  },
  {
    code: 'WIS-07', name: 'Patentanmeldungen je 100.000 Einwohner/innen', unit: 'je 100.000 EW',
    description: 'Erfindungen, die aus der Stadt beim Patentamt angemeldet werden – ein Maß für Innovationskraft.',
    method: 'Patentanmeldungen nach Wohnort der Erfinderinnen und Erfinder laut Patentatlas ÷ Einwohnerzahl × 100.000.',
    source: DPMA, polarity: 'higher-is-better', sdgs: ['9.5'], v: [38.1, 44.6], noise: 0.08, until: 2023,
  },
  {
    code: 'WIS-08', name: 'Beschäftigte mit akademischem Abschluss', unit: '%',
    description: 'Anteil der sozialversicherungspflichtig Beschäftigten mit Hochschulabschluss.',
    method: 'SV-Beschäftigte am Arbeitsort mit akademischem Berufsabschluss ÷ alle SV-Beschäftigten × 100, Stichtag 30.6.',
    source: BA, polarity: 'higher-is-better', sdgs: ['4.4', '8.2'], fields: [F.wissenschaft, F.wirtschaft], total: 'mean',
    series: { Frauen: { v: [13.2, 19.8], noise: 0.008 }, Männer: { v: [16.4, 20.1], noise: 0.008 } },
  },
  {
    code: 'WIS-09', name: 'Ausgründungen aus der Hochschule', unit: 'Gründungen', decimals: 0,
    description: 'Start-ups, die von Studierenden, Absolventinnen und Absolventen oder Beschäftigten der Hochschule gegründet wurden.',
    method: 'Vom Gründungsservice der Hochschule begleitete Unternehmensgründungen im Kalenderjahr.',
    source: TH_AB, polarity: 'higher-is-better', sdgs: ['9.5', '8.3'], values: [2, 3, 2, 4, 5, 3, 6, 7, 8, 9],
  },
  {
    code: 'WIS-10', name: 'Start-ups im Gründungs- und Innovationszentrum', unit: 'Start-ups', decimals: 0,
    description: 'Junge, technologieorientierte Unternehmen mit Sitz im regionalen Gründungszentrum.',
    method: 'Mieterunternehmen mit Gründung vor höchstens fünf Jahren, Stichtag 31.12.',
    source: city(WIRTSCHAFT), office: WIRTSCHAFT, polarity: 'higher-is-better', sdgs: ['8.3', '9.3'], fields: [F.wissenschaft, F.wirtschaft],
    values: [6, 7, 9, 10, 12, 11, 14, 16, 19, 21],
  },
  {
    code: 'WIS-11', name: 'Kooperationsprojekte zwischen Hochschule und Stadt', unit: 'Projekte', decimals: 0,
    description: 'Gemeinsame Projekte in Lehre, Forschung und Transfer, etwa zu Smart City oder Klimaanpassung.',
    method: 'Laufende Projekte mit schriftlicher Kooperationsvereinbarung im Kalenderjahr.',
    source: city(WIRTSCHAFT), polarity: 'higher-is-better', sdgs: ['17.17', '9.5'], values: [3, 3, 4, 5, 6, 6, 8, 9, 11, 12],
  },
  {
    code: 'WIS-12', name: 'Schulabgänger/innen mit Hochschulreife', unit: '%',
    description: 'Anteil der Abgängerinnen und Abgänger allgemeinbildender Schulen mit allgemeiner Hochschulreife.',
    method: 'Abgängerinnen und Abgänger mit allgemeiner Hochschulreife ÷ alle Abgängerinnen und Abgänger × 100.',
    source: LFSTAT, office: 'Schulverwaltungsamt', polarity: 'higher-is-better', sdgs: ['4.1', '4.3'], fields: [F.wissenschaft, F.wohnen], total: 'mean',
    series: { weiblich: { v: [37.5, 41.9], noise: 0.02 }, männlich: { v: [29.1, 33.4], noise: 0.02 } },
  },
  {
    code: 'WIS-13', name: 'Belegungen von Volkshochschulkursen je 1.000 Einwohner/innen', unit: 'je 1.000 EW', decimals: 0,
    description: 'Weiterbildung für alle: Kursbelegungen an der Volkshochschule.',
    method: 'Kursbelegungen der Volkshochschule im Kalenderjahr ÷ Einwohnerzahl × 1.000.',
    source: city('Volkshochschule'), office: 'Volkshochschule', polarity: 'higher-is-better', sdgs: ['4.3', '4.6'], v: [162, 171], noise: 0.02,
    shocks: { 2020: 0.52, 2021: 0.64, 2022: 0.9 },
  },
  {
    code: 'WIS-14', name: 'Anteil internationaler Studierender', unit: '%',
    description: 'Anteil der Studierenden mit ausländischer Hochschulzugangsberechtigung.',
    method: 'Bildungsausländerinnen und Bildungsausländer ÷ alle Studierenden × 100, Wintersemester.',
    source: TH_AB, polarity: 'higher-is-better', sdgs: ['4.b', '17.9'], fields: [F.wissenschaft, F.global], v: [6.1, 11.4], noise: 0.02,
  },
  {
    code: 'WIS-15', name: 'Besuche im Schülerlabor', unit: 'Besuche', decimals: 0,
    description: 'Schülerinnen und Schüler, die an MINT-Angeboten im Schülerlabor der Hochschule teilgenommen haben.',
    method: 'Teilnahmen an Laborkursen und Projekttagen laut Anmeldeliste.',
    source: TH_AB, polarity: 'higher-is-better', sdgs: ['4.1', '4.4'], from: 2017, v: [780, 2150], noise: 0.04, shocks: { 2020: 0.35, 2021: 0.55 },
    gaps: [2020],
    notes: { 2020: 'Schülerlabor pandemiebedingt geschlossen; keine Erhebung.' },
  },
]);

export const wissenschaftTiles = defineTiles(F.wissenschaft, [
  {
    slug: 'hochschule', title: 'Hochschulstadt Aschaffenburg', featured: true, kpis: ['WIS-01', 'WIS-02', 'WIS-14'],
    teaser: 'Die Technische Hochschule zieht Studierende aus aller Welt an.',
    body: 'Die **Technische Hochschule Aschaffenburg** wächst. Gezeigt wird die Zahl der Studierenden getrennt nach Frauen und Männern.',
  },
  {
    slug: 'forschung', title: 'Forschung', kpis: ['WIS-03', 'WIS-04', 'WIS-06'],
    teaser: 'Forschungseinrichtungen, Drittmittel und FuE-Personal.',
    body: 'Die **FuE-Erhebung** findet nur alle zwei Jahre statt; Zwischenjahre bleiben leer.',
  },
  {
    slug: 'innovation', title: 'Innovation und Patente', kpis: ['WIS-07', 'WIS-11'],
    teaser: 'Erfindungen und Kooperationen zwischen Wissenschaft und Stadt.',
    body: 'Hochschule und Stadt arbeiten in immer mehr **gemeinsamen Projekten** zusammen.',
  },
  {
    slug: 'start-ups', title: 'Start-ups', kpis: ['WIS-10', 'WIS-09', 'WIR-08'], chart: 'bar',
    teaser: 'Neue Ideen, neue Unternehmen.',
    body: 'Das **Gründungszentrum** bietet jungen Unternehmen Räume, Beratung und ein Netzwerk.',
  },
  {
    slug: 'fachkraefte', title: 'Fachkräfte und Weiterbildung', kpis: ['WIS-08', 'WIS-13'],
    teaser: 'Hochqualifizierte Beschäftigte und lebenslanges Lernen.',
    body: 'Der Anteil der **akademisch qualifizierten** Beschäftigten steigt, besonders bei Frauen.',
  },
  {
    slug: 'mint-foerderung', title: 'MINT-Förderung', kpis: ['WIS-05', 'WIS-15'],
    teaser: 'Mehr junge Menschen – und mehr Frauen – für Technik begeistern.',
    body: 'Das **Schülerlabor** und gezielte Angebote für Schülerinnen sollen den MINT-Nachwuchs stärken.',
  },
]);
