// Action field "Digitalisierung": KPIs and tiles.
import { defineKpis } from './kpi';
import { city, GIGABIT, OFFICE } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const DIGITAL = OFFICE.digital;
const OWN = city(DIGITAL);
const SCHULEN = city('Schulverwaltungsamt');

export const digitalKpis = defineKpis({ fields: [F.digital], office: DIGITAL }, [
  {
    code: 'DIG-01', name: 'Haushalte mit Breitband ≥ 100 Mbit/s', unit: '%',
    description: 'Anteil der Haushalte, die einen Internetanschluss mit mindestens 100 Mbit/s im Download buchen können.',
    method: 'Versorgte Haushalte laut Breitbandatlas bzw. Gigabit-Grundbuch ÷ alle Haushalte × 100, Stand jeweils Jahresmitte.',
    source: GIGABIT, polarity: 'higher-is-better', sdgs: ['9.c', '17.6'], v: [61.5, 96.4], shape: 'saturating', noise: 0.008,
    target: [100, 2025, 'Breitbandstrategie der Stadt'],
  },
  {
    code: 'DIG-02', name: 'Haushalte mit Gigabit-Anschluss', unit: '%',
    description: 'Anteil der Haushalte mit verfügbarem Anschluss von mindestens 1.000 Mbit/s (Glasfaser oder Kabel).',
    method: 'Gigabitfähig versorgte Haushalte laut Gigabit-Grundbuch ÷ alle Haushalte × 100.',
    source: GIGABIT, polarity: 'higher-is-better', sdgs: ['9.c'], from: 2017, v: [0.5, 79.3], shape: 'accelerating', noise: 0.02,
    target: [100, 2030, 'Gigabitstrategie der Bundesregierung'],
  },
  {
    code: 'DIG-03', name: 'Haushalte mit Glasfaseranschluss (FTTB/FTTH)', unit: '%',
    description: 'Anteil der Haushalte, bei denen die Glasfaser bis ins Gebäude oder in die Wohnung reicht.',
    method: 'Haushalte mit verfügbarem FTTB/FTTH-Anschluss ÷ alle Haushalte × 100.',
    source: GIGABIT, polarity: 'higher-is-better', sdgs: ['9.c', '9.1'], v: [1.8, 31.2], shape: 'accelerating', noise: 0.03,
  },
  {
    code: 'DIG-04', name: 'Schulen mit Glasfaseranschluss', unit: '%', decimals: 0,
    description: 'Anteil der städtischen Schulen mit eigenem Glasfaseranschluss.',
    method: 'Schulen mit in Betrieb genommenem Glasfaseranschluss ÷ alle Schulen in städtischer Trägerschaft × 100.',
    source: SCHULEN, polarity: 'higher-is-better', sdgs: ['4.a', '9.c'], fields: [F.digital, F.wohnen], from: 2017, values: [9, 18, 32, 55, 73, 88, 97, 100],
  },
  {
    code: 'DIG-05', name: 'Online verfügbare Verwaltungsleistungen (OZG)', unit: 'Leistungen', decimals: 0,
    description: 'Verwaltungsleistungen, die Bürgerinnen, Bürger und Unternehmen vollständig online beantragen können.',
    method: 'Zahl der im Bürgerservice-Portal online angebotenen OZG-Leistungen mit Reifegrad 2 oder höher, Stichtag 31.12.',
    source: OWN, polarity: 'higher-is-better', sdgs: ['16.6', '16.10'], from: 2019, values: [19, 58, 104, 167, 241, 318], prov: true, target: [575, 2026, 'Onlinezugangsgesetz (OZG-Leistungskatalog)'],
  },
  {
    code: 'DIG-06', name: 'Anteil online gestellter Anträge', unit: '%', decimals: 0,
    description: 'Anteil der Anträge in online verfügbaren Leistungen, die tatsächlich digital gestellt wurden.',
    method: 'Online eingegangene Anträge ÷ alle Anträge der online verfügbaren Leistungen × 100.',
    source: OWN, polarity: 'higher-is-better', sdgs: ['16.6'], from: 2019, values: [4, 9, 13, 17, 22, 27], prov: true,
  },
  {
    code: 'DIG-07', name: 'Offene Datensätze im Open-Data-Portal', unit: 'Datensätze', decimals: 0,
    description: 'Datensätze, die die Stadt unter offener Lizenz maschinenlesbar veröffentlicht.',
    method: 'Veröffentlichte Datensätze im Open-Data-Portal der Stadt, Stichtag 31.12.',
    source: OWN, polarity: 'higher-is-better', sdgs: ['16.10', '17.18'], from: 2018, values: [12, 25, 41, 68, 104, 149, 187],
    target: [250, 2026, 'Open-Data-Strategie'],
  },
  {
    code: 'DIG-08', name: 'Öffentliche WLAN-Hotspots', unit: 'Hotspots', decimals: 0,
    description: 'Kostenlose WLAN-Zugangspunkte (BayernWLAN) an öffentlichen Plätzen und in städtischen Gebäuden.',
    method: 'In Betrieb befindliche Access Points des öffentlichen WLAN, Stichtag 31.12.',
    source: OWN, polarity: 'higher-is-better', sdgs: ['9.c', '17.8'], from: 2016, v: [8, 97], shape: 'saturating', noise: 0.03,
    target: [120, 2026, 'Smart-City-Strategie'],
  },
  {
    code: 'DIG-09', name: 'Flächenabdeckung mit 5G', unit: '%', decimals: 0,
    description: 'Anteil der Fläche des Stadtgebiets mit 5G-Mobilfunkversorgung durch mindestens einen Netzbetreiber.',
    method: 'Versorgte Fläche laut Mobilfunk-Monitoring der Bundesnetzagentur ÷ Gemarkungsfläche × 100.',
    source: GIGABIT, polarity: 'higher-is-better', sdgs: ['9.c'], from: 2020, values: [18, 46, 71, 86, 93],
  },
  {
    code: 'DIG-10', name: 'Digitale Endgeräte an Schulen je 100 Schüler/innen', unit: 'je 100 Schüler/innen', decimals: 0,
    description: 'Tablets und Notebooks im Bestand der Schulen, bezogen auf die Zahl der Schülerinnen und Schüler.',
    method: 'Inventarisierte mobile Endgeräte der städtischen Schulen ÷ Schülerinnen und Schüler × 100.',
    source: SCHULEN, office: 'Schulverwaltungsamt', polarity: 'higher-is-better', sdgs: ['4.a', '4.4'], v: [7, 72], shape: 'accelerating', noise: 0.04,
    shocks: { 2020: 1.4, 2021: 1.25 },
  },
  {
    code: 'DIG-11', name: 'Arbeitsplätze mit elektronischer Akte', unit: '%', decimals: 0,
    description: 'Anteil der Büroarbeitsplätze der Verwaltung, an denen mit der E-Akte gearbeitet wird.',
    method: 'Arbeitsplätze mit produktivem E-Akten-Zugang ÷ alle Büroarbeitsplätze der Kernverwaltung × 100.',
    source: OWN, polarity: 'higher-is-better', sdgs: ['16.6', '12.2'], from: 2018, values: [5, 9, 16, 27, 38, 49, 58],
  },
  {
    code: 'DIG-12', name: 'Seitenaufrufe des Smart Data Dashboards', unit: 'Aufrufe', decimals: 0,
    description: 'Wie oft das Smart Data Dashboard aufgerufen wurde.',
    method: 'Seitenaufrufe laut datenschutzfreundlicher, cookiefreier Webanalyse (ohne Bots).',
    source: OWN, polarity: 'higher-is-better', sdgs: ['17.18', '16.10'], from: 2023, values: [8200, 21500],
    notes: { 2023: 'Testbetrieb seit Herbst 2023; öffentliche Vorstellung im Juli 2024.' },
  },
  {
    code: 'DIG-13', name: 'Sensoren im LoRaWAN-Netz', unit: 'Sensoren', decimals: 0,
    description: 'Vernetzte Sensoren der Smart City, etwa für Bodenfeuchte, Parkplätze und Pegelstände.',
    method: 'Im städtischen LoRaWAN-Netz registrierte und aktive Sensoren, Stichtag 31.12.',
    source: OWN, polarity: 'higher-is-better', sdgs: ['9.c', '11.3'], from: 2021, values: [38, 115, 204, 312],
  },
  {
    code: 'DIG-14', name: 'Anteil elektronischer Rechnungen', unit: '%', decimals: 0,
    description: 'Anteil der Eingangsrechnungen, die als strukturierte E-Rechnung (XRechnung) eingehen.',
    method: 'Eingangsrechnungen im XRechnung- oder ZUGFeRD-Format ÷ alle Eingangsrechnungen × 100.',
    source: city('Kämmerei'), polarity: 'higher-is-better', sdgs: ['16.6'], from: 2020, values: [3, 11, 24, 41, 63],
  },
  {
    code: 'DIG-15', name: 'Teilnahmen an Digitalkompetenz-Schulungen', unit: 'Teilnahmen', decimals: 0,
    description: 'Teilnahmen von Beschäftigten der Stadtverwaltung an Schulungen zu digitalen Werkzeugen und Arbeitsweisen.',
    method: 'Abgeschlossene Teilnahmen an internen und externen Fortbildungen mit Digitalisierungsbezug.',
    source: city('Personalamt'), polarity: 'higher-is-better', sdgs: ['4.4', '16.6'], v: [120, 650], shape: 'accelerating', noise: 0.05,
  },
  {
    code: 'DIG-16', name: 'Online gebuchte Termine im Bürgerbüro', unit: '%', decimals: 0,
    description: 'Anteil der Termine im Bürgerbüro, die online vereinbart wurden.',
    method: 'Online gebuchte Termine ÷ alle vergebenen Termine × 100.',
    source: city('Bürgeramt'), office: 'Bürgeramt', polarity: 'higher-is-better', sdgs: ['16.6'], from: 2020, values: [35, 61, 72, 81, 88],
  },
]);

export const digitalTiles = defineTiles(F.digital, [
  {
    slug: 'breitband', title: 'Breitband', kpis: ['DIG-01', 'DIG-02', 'DIG-03'],
    teaser: 'Schnelles Internet für fast alle Haushalte.',
    body: 'Nahezu alle Haushalte können **100 Mbit/s** buchen. Der Glasfaserausbau schreitet voran.',
  },
  {
    slug: 'mobilfunk-und-wlan', title: 'Mobilfunk und öffentliches WLAN', kpis: ['DIG-08', 'DIG-09'],
    teaser: 'Kostenloses WLAN in der Innenstadt und 5G im ganzen Stadtgebiet.',
    body: 'Das **BayernWLAN** ist an Plätzen, in Bibliotheken und Bürgerbüros verfügbar.',
  },
  {
    slug: 'digitale-verwaltung', title: 'Digitale Verwaltung', featured: true, kpis: ['DIG-05', 'DIG-06', 'DIG-16'],
    teaser: 'Immer mehr Behördengänge lassen sich online erledigen.',
    body: 'Nach dem **Onlinezugangsgesetz (OZG)** sollen Verwaltungsleistungen digital angeboten werden.',
  },
  {
    slug: 'open-data', title: 'Offene Daten', kpis: ['DIG-07', 'DIG-12'], chart: 'bar',
    teaser: 'Daten der Stadt frei nutzbar für alle.',
    body: 'Offene Daten unter der **Datenlizenz Deutschland** stehen im Open-Data-Portal und in diesem Dashboard bereit.',
  },
  {
    slug: 'digitale-schule', title: 'Digitale Schule', kpis: ['DIG-04', 'DIG-10'],
    teaser: 'Glasfaser und Tablets für zeitgemäßen Unterricht.',
    body: 'Mit Mitteln des **DigitalPakts Schule** wurden alle Schulen ans Glasfasernetz angeschlossen.',
  },
  {
    slug: 'verwaltung-von-innen', title: 'Digitalisierung in der Verwaltung', kpis: ['DIG-11', 'DIG-14', 'DIG-15'],
    teaser: 'E-Akte, E-Rechnung und digitale Kompetenzen.',
    body: 'Die Verwaltung stellt ihre **internen Abläufe** schrittweise auf digitale Prozesse um.',
  },
  {
    slug: 'smart-city-sensorik', title: 'Smart-City-Sensorik', kpis: ['DIG-13'], chart: 'bar',
    teaser: 'Sensoren liefern Echtzeitdaten für eine smarte Stadt.',
    body: 'Das **LoRaWAN-Netz** verbindet energiesparende Sensoren, etwa zur Bewässerung von Stadtbäumen.',
  },
]);
