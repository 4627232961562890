// Action field "Mobilität und Infrastruktur": KPIs and tiles.
import { defineKpis } from './kpi';
import { city, KBA, LFSTAT, POLICE, SDG_PORTAL, STADTWERKE } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const VERKEHR = 'Amt für Verkehrsplanung und Mobilität';
const TIEFBAU = city('Tiefbauamt');

export const mobilitaetKpis = defineKpis({ fields: [F.mobilitaet], office: VERKEHR }, [
  {
    code: 'MOB-01', name: 'Pkw-Dichte', unit: 'Pkw je 1.000 EW', decimals: 0,
    description: 'Zugelassene Personenkraftwagen je 1.000 Einwohnerinnen und Einwohner – ein Maß für die Abhängigkeit vom Auto.',
    method: 'Pkw-Bestand (Halter mit Wohnsitz Aschaffenburg) am 1.1. des Folgejahres ÷ Einwohnerzahl am 31.12. × 1.000.',
    source: KBA, polarity: 'lower-is-better', sdgs: ['11.2', '13.2'], v: [561, 584], noise: 0.004, prov: true,
  },
  {
    code: 'MOB-02', name: 'Anteil Elektro-Pkw am Pkw-Bestand', unit: '%', decimals: 2,
    description: 'Anteil rein batterieelektrischer Pkw am gesamten Pkw-Bestand.',
    method: 'Pkw mit Kraftstoffart Elektro (BEV) ÷ Pkw-Bestand × 100, Stichtag 1.1. des Folgejahres.',
    source: KBA, polarity: 'higher-is-better', sdgs: ['11.6', '13.2'], fields: [F.mobilitaet, F.energie], v: [0.09, 4.8], shape: 'accelerating', noise: 0.02, prov: true,
    target: [15, 2030, 'Mobilitätskonzept Aschaffenburg'],
  },
  {
    code: 'MOB-03', name: 'Länge des Radverkehrsnetzes', unit: 'km', decimals: 0,
    description: 'Länge aller Radwege, Radfahrstreifen und Fahrradstraßen im Stadtgebiet.',
    method: 'Summe der im Straßenkataster erfassten Radverkehrsanlagen (beidseitige Anlagen je Seite gezählt).',
    source: TIEFBAU, office: 'Tiefbauamt', polarity: 'higher-is-better', sdgs: ['11.2', '3.6'], v: [97, 132], noise: 0.005,
    target: [160, 2030, 'Radverkehrskonzept'],
  },
  {
    code: 'MOB-04', name: 'Fahrgäste im Stadtbusverkehr', unit: 'Mio. Fahrgäste', decimals: 2,
    description: 'Zahl der Fahrgäste in den Stadtbussen pro Jahr.',
    method: 'Beförderungsfälle laut Fahrgastzählung und Ticketverkauf, hochgerechnet auf das Kalenderjahr.',
    source: STADTWERKE, polarity: 'higher-is-better', sdgs: ['11.2'], v: [8.9, 9.7], noise: 0.01, shocks: { 2020: 0.68, 2021: 0.74, 2022: 0.93 }, prov: true,
    notes: { 2020: 'Starker Rückgang infolge der Corona-Pandemie.', 2023: 'Einführung des Deutschlandtickets im Mai 2023.' },
  },
  {
    code: 'MOB-05', name: 'Anteil des Umweltverbunds an allen Wegen', unit: '%', decimals: 0,
    description: 'Anteil der Wege, die zu Fuß, mit dem Rad oder mit Bus und Bahn zurückgelegt werden (Modal Split).',
    method: 'Haushaltsbefragung zum Mobilitätsverhalten (Mobilität in Deutschland / SrV); nur in Erhebungsjahren verfügbar.',
    source: city(VERKEHR), polarity: 'higher-is-better', sdgs: ['11.2', '13.2'], points: { 2015: 51, 2018: 53, 2023: 57 },
    target: [65, 2035, 'Mobilitätskonzept Aschaffenburg'],
  },
  {
    code: 'MOB-06', name: 'Verunglückte im Straßenverkehr je 10.000 Einwohner/innen', unit: 'je 10.000 EW',
    description: 'Bei Verkehrsunfällen im Stadtgebiet verletzte oder getötete Personen, bezogen auf die Bevölkerung.',
    method: 'Verunglückte laut Straßenverkehrsunfallstatistik ÷ Einwohnerzahl × 10.000.',
    source: POLICE, polarity: 'lower-is-better', sdgs: ['3.6', '11.2'], v: [56.2, 47.1], noise: 0.04, shocks: { 2020: 0.82 },
  },
  {
    code: 'MOB-07', name: 'Carsharing-Fahrzeuge je 10.000 Einwohner/innen', unit: 'je 10.000 EW',
    description: 'Verfügbare Carsharing-Fahrzeuge bezogen auf die Bevölkerung.',
    method: 'Stationsbasierte und freie Carsharing-Fahrzeuge im Stadtgebiet ÷ Einwohnerzahl × 10.000.',
    source: SDG_PORTAL, polarity: 'higher-is-better', sdgs: ['11.2', '12.2'], v: [1.1, 3.9], shape: 'accelerating', noise: 0.02,
  },
  {
    code: 'MOB-08', name: 'Fahrradabstellplätze an Bahnhof und Haltestellen', unit: 'Stellplätze', decimals: 0,
    description: 'Öffentliche Fahrradabstellplätze an Bahnhof, Busbahnhof und wichtigen Haltestellen (Bike+Ride).',
    method: 'Bestand laut Stellplatzkataster, Stichtag 31.12.',
    source: TIEFBAU, polarity: 'higher-is-better', sdgs: ['11.2'], v: [640, 1260], noise: 0.01,
  },
  {
    code: 'MOB-09', name: 'Anteil barrierefrei ausgebauter Bushaltestellen', unit: '%', decimals: 0,
    description: 'Anteil der Haltestellen mit Hochbord, Blindenleitsystem und stufenlosem Zugang.',
    method: 'Barrierefrei ausgebaute Haltestellen ÷ alle Haltestellen im Stadtgebiet × 100.',
    source: TIEFBAU, office: 'Tiefbauamt', polarity: 'higher-is-better', sdgs: ['11.2', '10.2'], fields: [F.mobilitaet, F.teilhabe], v: [27, 72], noise: 0.01,
    target: [100, 2030, 'Nahverkehrsplan'],
  },
  {
    code: 'MOB-10', name: 'Pendlersaldo', unit: 'Personen', decimals: 0,
    description: 'Differenz aus Ein- und Auspendelnden: Aschaffenburg ist Arbeitsort für die ganze Region.',
    method: 'Sozialversicherungspflichtig Beschäftigte: Einpendler minus Auspendler, Stichtag 30.6.',
    source: LFSTAT, polarity: 'neutral', sdgs: ['11.2', '8.5'], fields: [F.mobilitaet, F.wirtschaft], v: [18400, 20300], noise: 0.008,
  },
  {
    code: 'MOB-11', name: 'Bevölkerung im Einzugsbereich einer Haltestelle', unit: '%', decimals: 0,
    description: 'Anteil der Einwohnerinnen und Einwohner, die höchstens 300 Meter von einer Bushaltestelle entfernt wohnen.',
    method: 'GIS-Auswertung: Adressen mit Hauptwohnsitz im 300-m-Radius um Haltestellen ÷ alle Adressen × 100.',
    source: city(VERKEHR), polarity: 'higher-is-better', sdgs: ['11.2'], v: [88, 91], noise: 0.004,
  },
  {
    code: 'MOB-12', name: 'Fahrleistung im Stadtbusverkehr', unit: 'Mio. Nutzwagen-km', decimals: 2,
    description: 'Von den Stadtbussen im Linienverkehr gefahrene Kilometer – ein Maß für das Angebot.',
    method: 'Summe der Nutzwagenkilometer laut Betriebsdaten des Verkehrsunternehmens.',
    source: STADTWERKE, polarity: 'higher-is-better', sdgs: ['11.2'], v: [3.08, 3.46], noise: 0.006,
  },
  {
    code: 'MOB-13', name: 'Anteil LED an der Straßenbeleuchtung', unit: '%', decimals: 0,
    description: 'Anteil der Leuchten der Straßenbeleuchtung, die mit sparsamer LED-Technik arbeiten.',
    method: 'LED-Leuchten ÷ alle Leuchten der öffentlichen Straßenbeleuchtung × 100, Stichtag 31.12.',
    source: TIEFBAU, office: 'Tiefbauamt', polarity: 'higher-is-better', sdgs: ['7.3', '11.6'], fields: [F.mobilitaet, F.energie], v: [17, 78], noise: 0.01,
    target: [100, 2028, 'Umrüstprogramm Straßenbeleuchtung'],
  },
  {
    code: 'MOB-14', name: 'Anteil Tempo-30-Zonen am Straßennetz', unit: '%', decimals: 0,
    description: 'Anteil der Gemeindestraßen mit Höchstgeschwindigkeit 30 km/h.',
    method: 'Länge der Straßen mit Tempo 30 (Zonen und Strecken) ÷ Länge aller Gemeindestraßen × 100.',
    source: TIEFBAU, polarity: 'higher-is-better', sdgs: ['3.6', '11.2'], v: [54, 63], noise: 0.005,
  },
  {
    code: 'MOB-15', name: 'Radverkehr an Dauerzählstellen', unit: 'Fahrräder/Tag', decimals: 0,
    description: 'Durchschnittlich gezählte Fahrräder pro Tag an den automatischen Zählstellen.',
    method: 'Jahresmittel der Tageswerte aller Dauerzählstellen (Induktionsschleifen); fehlende Tage interpoliert.',
    source: city(VERKEHR), polarity: 'higher-is-better', sdgs: ['11.2', '3.4'], from: 2018, v: [2100, 3150], noise: 0.03, shocks: { 2020: 1.12 },
  },
]);

export const mobilitaetTiles = defineTiles(F.mobilitaet, [
  {
    slug: 'pkw-bestand', title: 'Pkw-Bestand', kpis: ['MOB-01', 'MOB-07'],
    teaser: 'Wie viele Autos gibt es in Aschaffenburg – und wie viele werden geteilt?',
    body: 'Die **Pkw-Dichte** steigt weiter leicht an. Carsharing bietet eine Alternative zum eigenen Auto.',
  },
  {
    slug: 'elektromobilitaet', title: 'Elektromobilität', kpis: ['MOB-02', 'ENE-11'],
    teaser: 'Elektroautos und Ladepunkte nehmen deutlich zu.',
    body: 'Der Anteil der **Elektro-Pkw** wächst seit 2020 stark. Parallel baut die Stadt mit Partnern öffentliche Ladepunkte aus.',
  },
  {
    slug: 'radverkehr', title: 'Radverkehr', featured: true, kpis: ['MOB-03', 'MOB-15', 'MOB-08'],
    teaser: 'Mehr Radwege, mehr Abstellplätze, mehr Radfahrende.',
    body: 'Das **Radverkehrskonzept** sieht ein durchgängiges Netz bis 2030 vor. Die Zählstellen zeigen, wie es angenommen wird.',
  },
  {
    slug: 'stadtbus', title: 'Stadtbus', kpis: ['MOB-04', 'MOB-12', 'MOB-11'],
    teaser: 'Angebot und Nachfrage im Busverkehr.',
    body: 'Nach dem Einbruch in der **Corona-Pandemie** erholen sich die Fahrgastzahlen; das Deutschlandticket gab 2023 zusätzlichen Schub.',
  },
  {
    slug: 'modal-split', title: 'Verkehrsmittelwahl', kpis: ['MOB-05', 'MOB-10'], chart: 'bar',
    teaser: 'Zu Fuß, mit dem Rad, mit dem Bus oder mit dem Auto?',
    body: 'Der **Modal Split** wird nur in Befragungsjahren erhoben. Der Pendlersaldo zeigt die Bedeutung Aschaffenburgs als Arbeitsort.',
  },
  {
    slug: 'verkehrssicherheit', title: 'Verkehrssicherheit', kpis: ['MOB-06', 'MOB-14'],
    teaser: 'Weniger Unfälle durch sichere Straßen und angepasste Geschwindigkeit.',
    body: 'Tempo 30 und sichere Querungen tragen zu weniger **Verunglückten** bei.',
  },
  {
    slug: 'barrierefreie-infrastruktur', title: 'Barrierefreie Haltestellen und Beleuchtung', kpis: ['MOB-09', 'MOB-13'],
    teaser: 'Infrastruktur für alle – und mit weniger Energie.',
    body: 'Barrierefreie Haltestellen erleichtern den Einstieg in den Bus. **LED-Leuchten** sparen Strom in der Straßenbeleuchtung.',
  },
]);
