// Action field "Umwelt und Ressourcenschutz": KPIs and tiles.
import { defineKpis } from './kpi';
import { city, LFSTAT, LFU, SDG_PORTAL, UBA } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const UMWELT = 'Amt für Umwelt- und Verbraucherschutz';
const GRUEN = city('Garten- und Friedhofsamt');
const ABFALL = city('Stadtreinigung und Abfallwirtschaft');
const EU_2030 = 'Grenzwert der EU-Luftqualitätsrichtlinie ab 2030';

export const umweltKpis = defineKpis({ fields: [F.umwelt], office: UMWELT }, [
  {
    code: 'UMW-01', name: 'Feinstaub PM2,5 – Jahresmittelwert', unit: 'µg/m³',
    description: 'Belastung der Luft mit besonders feinen Partikeln, die tief in die Lunge eindringen.',
    method: 'Jahresmittelwert der kontinuierlichen Messung an der städtischen Messstation (gravimetrisch bzw. optisch, nach EN 12341).',
    source: LFU, polarity: 'lower-is-better', sdgs: ['11.6', '3.9'], v: [13.4, 9.2], noise: 0.05, prov: true,
    target: [10, 2030, EU_2030],
  },
  {
    code: 'UMW-02', name: 'Stickstoffdioxid NO₂ – Jahresmittelwert', unit: 'µg/m³',
    description: 'Belastung der Luft mit Stickstoffdioxid, das vor allem aus dem Straßenverkehr stammt.',
    method: 'Jahresmittelwert der kontinuierlichen Messung an der verkehrsnahen Messstation (Chemilumineszenz).',
    source: LFU, polarity: 'lower-is-better', sdgs: ['11.6', '3.9'], v: [34.2, 21.6], noise: 0.04, shocks: { 2020: 0.9 }, prov: true,
    target: [20, 2030, EU_2030],
  },
  {
    code: 'UMW-03', name: 'Feinstaub PM10 – Jahresmittelwert', unit: 'µg/m³',
    description: 'Belastung der Luft mit Partikeln bis 10 Mikrometer Durchmesser.',
    method: 'Jahresmittelwert an der städtischen Messstation; Grenzwert derzeit 40 µg/m³.',
    source: LFU, polarity: 'lower-is-better', sdgs: ['11.6'], v: [20.1, 14.3], noise: 0.05, prov: true,
  },
  {
    code: 'UMW-04', name: 'Anteil der Siedlungs- und Verkehrsfläche', unit: '%',
    description: 'Anteil der Flächen für Wohnen, Gewerbe, Verkehr und Erholung an der Gemarkungsfläche.',
    method: 'Siedlungs- und Verkehrsfläche laut Flächenerhebung nach Art der tatsächlichen Nutzung (ALKIS) ÷ Gemarkungsfläche × 100.',
    source: LFSTAT, polarity: 'lower-is-better', sdgs: ['11.3', '15.1'], v: [39.7, 41.3], noise: 0.001,
    notes: { 2016: 'Umstellung der Flächenerhebung auf ALKIS; Vergleich mit Vorjahren eingeschränkt.' },
  },
  {
    code: 'UMW-05', name: 'Zunahme der Siedlungs- und Verkehrsfläche', unit: 'ha/Jahr',
    description: 'Wie viel Fläche jedes Jahr neu für Siedlung und Verkehr in Anspruch genommen wird.',
    method: 'Differenz der Siedlungs- und Verkehrsfläche zum Vorjahr laut Flächenerhebung (ALKIS).',
    source: LFSTAT, polarity: 'lower-is-better', sdgs: ['11.3', '15.3'], v: [8.2, 4.1], noise: 0.2, gaps: [2016],
    notes: { 2016: 'Wegen der Umstellung auf ALKIS kein Vorjahresvergleich möglich.' },
    override: ['moderate-progress', 'Die Werte schwanken von Jahr zu Jahr stark, weil einzelne Baugebiete in ein Jahr fallen. Über zehn Jahre hat sich die Neuinanspruchnahme etwa halbiert.'],
  },
  {
    code: 'UMW-06', name: 'Öffentliche Grünfläche je Einwohner/in', unit: 'm²/EW',
    description: 'Parks, Grünanlagen und Spielplätze, die allen offenstehen, bezogen auf die Bevölkerung.',
    method: 'Fläche der öffentlichen Grünanlagen laut Grünflächenkataster ÷ Einwohnerzahl.',
    source: GRUEN, office: 'Garten- und Friedhofsamt', polarity: 'higher-is-better', sdgs: ['11.7', '15.1'], v: [32.4, 30.6], noise: 0.004,
    target: [32, 2030, 'Freiraumentwicklungskonzept'],
  },
  {
    code: 'UMW-07', name: 'Trinkwasserverbrauch je Einwohner/in und Tag', unit: 'l/(EW·d)', decimals: 0,
    description: 'Durchschnittlicher Wasserverbrauch der Haushalte und des Kleingewerbes je Kopf und Tag.',
    method: 'Wasserabgabe an Haushalte und Kleingewerbe ÷ Einwohnerzahl ÷ Tage des Jahres.',
    source: city('Stadtwerke – Wasserversorgung'), polarity: 'lower-is-better', sdgs: ['6.4'], v: [128, 124], noise: 0.01,
    shocks: { 2018: 1.05, 2019: 1.04, 2020: 1.05, 2022: 1.03 }, prov: true,
  },
  {
    code: 'UMW-08', name: 'Restmüll je Einwohner/in', unit: 'kg/EW', decimals: 0,
    description: 'Menge des Haus- und Geschäftsmülls aus der grauen Tonne je Kopf.',
    method: 'Eingesammelte Restabfallmenge (Hausmüll und hausmüllähnlicher Gewerbeabfall) ÷ Einwohnerzahl.',
    source: ABFALL, office: 'Stadtreinigung und Abfallwirtschaft', polarity: 'lower-is-better', sdgs: ['12.5', '11.6'], v: [158, 139], noise: 0.012,
    shocks: { 2020: 1.05 }, prov: true, target: [120, 2030, 'Abfallwirtschaftskonzept'],
  },
  {
    code: 'UMW-09', name: 'Bioabfall je Einwohner/in', unit: 'kg/EW', decimals: 0,
    description: 'Über die Biotonne getrennt gesammelte organische Abfälle je Kopf.',
    method: 'Sammelmenge Biotonne ÷ Einwohnerzahl.',
    source: ABFALL, office: 'Stadtreinigung und Abfallwirtschaft', polarity: 'higher-is-better', sdgs: ['12.5'], v: [61, 79], noise: 0.02,
  },
  {
    code: 'UMW-10', name: 'Verwertungsquote der Siedlungsabfälle', unit: '%',
    description: 'Anteil der Siedlungsabfälle, die stofflich verwertet oder kompostiert werden.',
    method: 'Stofflich verwertete Abfallmengen (Wertstoffe, Bio- und Grünabfall) ÷ gesamte Siedlungsabfälle × 100.',
    source: UBA, office: 'Stadtreinigung und Abfallwirtschaft', polarity: 'higher-is-better', sdgs: ['12.5'], v: [63.8, 69.1], noise: 0.006, until: 2023,
  },
  {
    code: 'UMW-11', name: 'Waldanteil an der Gemarkungsfläche', unit: '%',
    description: 'Anteil der Waldflächen einschließlich des Stadtwalds an der gesamten Fläche.',
    method: 'Waldfläche laut Flächenerhebung (ALKIS) ÷ Gemarkungsfläche × 100.',
    source: LFSTAT, polarity: 'higher-is-better', sdgs: ['15.1', '15.2'], v: [17.9, 18.1], noise: 0.001,
  },
  {
    code: 'UMW-12', name: 'Anteil geschützter Naturflächen', unit: '%',
    description: 'Anteil der Natur- und Landschaftsschutzgebiete sowie geschützten Landschaftsbestandteile an der Gemarkungsfläche.',
    method: 'Fläche der Schutzgebiete nach BNatSchG ohne Doppelzählung ÷ Gemarkungsfläche × 100.',
    source: SDG_PORTAL, polarity: 'higher-is-better', sdgs: ['15.1', '15.5'], values: [14.2, 14.2, 14.2, 14.6, 14.6, 14.6, 14.9, 14.9, 15.1, 15.1],
  },
  {
    code: 'UMW-13', name: 'Bäume im Baumkataster', unit: 'Bäume', decimals: 0,
    description: 'Zahl der von der Stadt gepflegten Straßen- und Parkbäume.',
    method: 'Bestand laut digitalem Baumkataster, Stichtag 31.12.',
    source: GRUEN, office: 'Garten- und Friedhofsamt', polarity: 'higher-is-better', sdgs: ['11.7', '15.2', '13.1'], v: [16800, 18950], noise: 0.004,
    target: [21000, 2030, 'Stadtbaumkonzept'],
  },
  {
    code: 'UMW-14', name: 'Nitratgehalt im Grundwasser', unit: 'mg/l',
    description: 'Mittlerer Nitratgehalt an den Grundwassermessstellen im Stadtgebiet.',
    method: 'Jahresmittel der Messstellen des Grundwassermessnetzes; Schwellenwert 50 mg/l.',
    source: LFU, polarity: 'lower-is-better', sdgs: ['6.3'], v: [18.4, 15.9], noise: 0.04, gaps: [2017, 2020],
    notes: { 2020: 'Probenahme pandemiebedingt ausgefallen.' },
  },
  {
    code: 'UMW-15', name: 'Von Straßenlärm über 65 dB(A) Betroffene', unit: '%',
    description: 'Anteil der Bevölkerung, der ganztägig (Lden) einem Straßenlärm von über 65 dB(A) ausgesetzt ist.',
    method: 'Strategische Lärmkartierung nach EU-Umgebungslärmrichtlinie; nur in Kartierungsjahren verfügbar.',
    source: LFU, polarity: 'lower-is-better', sdgs: ['3.9', '11.6'], points: { 2017: 9.8, 2022: 8.6 },
  },
  {
    code: 'UMW-16', name: 'Versiegelungsgrad', unit: '%',
    description: 'Anteil der Siedlungs- und Verkehrsfläche, die versiegelt ist und kein Regenwasser aufnehmen kann.',
    method: 'Versiegelte Fläche aus Fernerkundungsdaten (Copernicus Imperviousness) ÷ Siedlungs- und Verkehrsfläche × 100.',
    source: SDG_PORTAL, polarity: 'lower-is-better', sdgs: ['11.3', '15.3'], v: [45.1, 46.8], noise: 0.003, gaps: [2016, 2017, 2019],
  },
]);

export const umweltTiles = defineTiles(F.umwelt, [
  {
    slug: 'luftqualitaet', title: 'Luftqualität', featured: true, kpis: ['UMW-01', 'UMW-02', 'UMW-03'],
    teaser: 'Die Luft in Aschaffenburg ist deutlich sauberer geworden.',
    body: 'Feinstaub und Stickstoffdioxid gehen seit Jahren zurück. Ab 2030 gelten **strengere EU-Grenzwerte**.',
  },
  {
    slug: 'flaechenverbrauch', title: 'Flächenverbrauch', kpis: ['UMW-04', 'UMW-05', 'UMW-16'],
    teaser: 'Wie viel Boden wird bebaut und versiegelt?',
    body: 'Die Stadt setzt auf **Innenentwicklung vor Außenentwicklung**, um Boden und Freiflächen zu schonen.',
  },
  {
    slug: 'stadtgruen', title: 'Stadtgrün', kpis: ['UMW-06', 'UMW-13'],
    teaser: 'Parks und Bäume kühlen die Stadt und laden zur Erholung ein.',
    body: 'Grünflächen und **Stadtbäume** sind wichtig für Klimaanpassung, Artenvielfalt und Lebensqualität.',
  },
  {
    slug: 'trinkwasser', title: 'Trinkwasser und Grundwasser', kpis: ['UMW-07', 'UMW-14'],
    teaser: 'Sorgsamer Umgang mit dem wichtigsten Lebensmittel.',
    body: 'In heißen Sommern steigt der **Wasserverbrauch**. Der Nitratgehalt im Grundwasser liegt deutlich unter dem Schwellenwert.',
  },
  {
    slug: 'abfall', title: 'Abfall und Recycling', kpis: ['UMW-08', 'UMW-09', 'UMW-10'], chart: 'bar',
    teaser: 'Weniger Restmüll, mehr Wertstoffe.',
    body: 'Die getrennte Sammlung von **Bioabfall und Wertstoffen** senkt die Restmüllmenge Jahr für Jahr.',
  },
  {
    slug: 'natur-und-wald', title: 'Natur und Wald', kpis: ['UMW-11', 'UMW-12'], chart: 'bar',
    teaser: 'Wälder und Schutzgebiete bewahren die Artenvielfalt.',
    body: 'Der **Stadtwald** und die Schutzgebiete entlang von Main und Aschaff sind Lebensraum für viele Arten.',
  },
  {
    slug: 'umgebungslaerm', title: 'Umgebungslärm', kpis: ['UMW-15'], chart: 'bar',
    teaser: 'Wie viele Menschen sind dauerhaft Straßenlärm ausgesetzt?',
    body: 'Die **Lärmkartierung** erfolgt alle fünf Jahre. Der Lärmaktionsplan enthält Maßnahmen wie lärmmindernden Asphalt.',
  },
]);
