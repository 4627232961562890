// Action field "Energie": KPIs and tiles.
import { defineKpis } from './kpi';
import { city, MASTR, OFFICE, SDG_PORTAL, STADTWERKE } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const KLIMA = OFFICE.klima;
const OWN = city(KLIMA);
const HOCHBAU = 'Hochbauamt – Energiemanagement';

export const energieKpis = defineKpis({ fields: [F.energie], office: KLIMA }, [
  {
    code: 'ENE-01', name: 'CO₂-Emissionen je Einwohner/in', unit: 't CO₂/EW',
    description: 'Energiebedingte CO₂-Emissionen aller Sektoren im Stadtgebiet je Einwohnerin und Einwohner – die Leitgröße des kommunalen Klimaschutzes.',
    method: 'Endenergiebasierte Territorialbilanz nach BISKO-Standard (Haushalte, Gewerbe, Industrie, Verkehr, kommunale Einrichtungen) geteilt durch die Einwohnerzahl am 31.12.',
    source: OWN, polarity: 'lower-is-better', sdgs: ['13.2', '7.3'], fields: [F.energie, F.klima],
    v: [8.1, 6.2], noise: 0.01, shocks: { 2020: 0.94 }, prov: true, target: [4.0, 2030, 'Integriertes Klimaschutzkonzept der Stadt Aschaffenburg'],
    comparison: { Bayern: { v: [6.9, 5.6], noise: 0.01 }, Deutschland: { v: [8.9, 7.1], noise: 0.01 } },
    notes: { 2024: 'Vorläufige Fortschreibung auf Basis der Verbrauchsdaten der Netzbetreiber.' },
  },
  {
    code: 'ENE-02', name: 'Anteil erneuerbarer Energien am Stromverbrauch', unit: '%',
    description: 'Wie viel des im Stadtgebiet verbrauchten Stroms rechnerisch aus erneuerbaren Anlagen vor Ort stammt.',
    method: 'Stromerzeugung aus erneuerbaren Anlagen im Stadtgebiet (Marktstammdatenregister, Einspeisedaten) ÷ gesamter Stromverbrauch × 100.',
    source: SDG_PORTAL, polarity: 'higher-is-better', sdgs: ['7.2'], v: [17.8, 34.5], shape: 'accelerating', prov: true,
    target: [60, 2030, 'Integriertes Klimaschutzkonzept der Stadt Aschaffenburg'],
  },
  {
    code: 'ENE-03', name: 'Installierte Photovoltaik-Leistung', unit: 'kWp', decimals: 0,
    description: 'Summe der Nennleistung aller im Stadtgebiet betriebenen Photovoltaikanlagen.',
    method: 'Bruttoleistung aller in Betrieb befindlichen Solaranlagen mit Standort Aschaffenburg laut Marktstammdatenregister, Stichtag 31.12.',
    source: MASTR, polarity: 'higher-is-better', sdgs: ['7.2', '13.2'], v: [14200, 52600], shape: 'accelerating', noise: 0.01,
    target: [100000, 2030, 'Ausbauziel Photovoltaik im Klimaschutzkonzept'],
  },
  {
    code: 'ENE-04', name: 'Photovoltaik-Leistung je Einwohner/in', unit: 'W/EW', decimals: 0,
    description: 'Installierte Photovoltaik-Leistung bezogen auf die Bevölkerung – vergleichbar mit anderen Kommunen.',
    method: 'Installierte PV-Leistung in Watt ÷ Einwohnerzahl am 31.12.',
    source: MASTR, polarity: 'higher-is-better', sdgs: ['7.2'], v: [207, 737], shape: 'accelerating', noise: 0.01,
  },
  {
    code: 'ENE-05', name: 'Endenergieverbrauch je Einwohner/in', unit: 'MWh/EW',
    description: 'Gesamter Endenergieverbrauch (Strom, Wärme, Kraftstoffe) im Stadtgebiet je Kopf.',
    method: 'Endenergieverbrauch aller Sektoren nach BISKO ÷ Einwohnerzahl am 31.12.',
    source: OWN, polarity: 'lower-is-better', sdgs: ['7.3'], v: [27.6, 23.9], shocks: { 2020: 0.95 }, prov: true,
  },
  {
    code: 'ENE-06', name: 'Stromverbrauch der privaten Haushalte je Einwohner/in', unit: 'kWh/EW', decimals: 0,
    description: 'Jährlicher Stromverbrauch der Privathaushalte im Stadtgebiet je Kopf.',
    method: 'Netzabsatz an Haushaltskunden (Standardlastprofil H0) ÷ Einwohnerzahl.',
    source: STADTWERKE, polarity: 'lower-is-better', sdgs: ['7.3', '12.2'], v: [1620, 1470], shocks: { 2020: 1.04, 2021: 1.02 },
  },
  {
    code: 'ENE-07', name: 'Anteil Fernwärme am Wärmeverbrauch', unit: '%',
    description: 'Anteil der über das Fernwärmenetz gedeckten Raumwärme und des Warmwassers.',
    method: 'Fernwärmeabsatz im Stadtgebiet ÷ gesamter Wärmeverbrauch (Gas, Öl, Fernwärme, Strom, Biomasse) × 100.',
    source: STADTWERKE, polarity: 'higher-is-better', sdgs: ['7.1', '11.6'], v: [9.1, 13.4], noise: 0.01,
  },
  {
    code: 'ENE-08', name: 'Energieverbrauch der kommunalen Liegenschaften', unit: 'MWh', decimals: 0,
    description: 'Strom- und Wärmeverbrauch aller städtischen Gebäude wie Schulen, Kitas und Verwaltungsgebäude.',
    method: 'Summe der gemessenen Verbräuche laut Energiemanagement, Wärme witterungsbereinigt.',
    source: city('Hochbauamt'), office: HOCHBAU, polarity: 'lower-is-better', sdgs: ['7.3', '13.2'], v: [38400, 31200], shocks: { 2020: 0.93 },
    target: [27000, 2030, 'Energieleitlinie für städtische Gebäude'],
  },
  {
    code: 'ENE-09', name: 'Ökostromanteil in kommunalen Liegenschaften', unit: '%', decimals: 0,
    description: 'Anteil zertifizierten Ökostroms am Strombezug der Stadtverwaltung.',
    method: 'Bezogene Ökostrommenge (Herkunftsnachweise) ÷ gesamter Strombezug der Liegenschaften × 100.',
    source: city('Hochbauamt'), office: HOCHBAU, polarity: 'higher-is-better', sdgs: ['7.2', '12.7'],
    values: [40, 40, 55, 55, 70, 85, 100, 100, 100, 100], target: [100, 2025, 'Beschluss zur Ökostrombeschaffung'],
  },
  {
    code: 'ENE-10', name: 'Anzahl Photovoltaikanlagen', unit: 'Anlagen', decimals: 0,
    description: 'Zahl der im Stadtgebiet betriebenen Photovoltaikanlagen einschließlich Balkonkraftwerke.',
    method: 'Anlagen mit Status „in Betrieb“ im Marktstammdatenregister, Stichtag 31.12.',
    source: MASTR, polarity: 'higher-is-better', sdgs: ['7.2'], v: [930, 3420], shape: 'accelerating', noise: 0.01,
  },
  {
    code: 'ENE-11', name: 'Öffentlich zugängliche Ladepunkte', unit: 'Ladepunkte', decimals: 0,
    description: 'Zahl der öffentlich zugänglichen Ladepunkte für Elektrofahrzeuge im Stadtgebiet.',
    method: 'Bei der Bundesnetzagentur gemeldete Normal- und Schnellladepunkte, Stichtag 31.12.',
    source: MASTR, polarity: 'higher-is-better', sdgs: ['7.2', '11.2'], fields: [F.energie, F.mobilitaet], from: 2016, v: [4, 152], shape: 'accelerating', noise: 0.03,
    target: [300, 2030, 'Ladeinfrastrukturkonzept'],
  },
  {
    code: 'ENE-12', name: 'Anteil Wärmepumpen in neuen Wohngebäuden', unit: '%', decimals: 0,
    description: 'Anteil der fertiggestellten Wohngebäude, die überwiegend mit einer Wärmepumpe beheizt werden.',
    method: 'Baufertigstellungen mit primärer Heizenergie Umweltthermie ÷ alle fertiggestellten Wohngebäude × 100.',
    source: city('Bauordnungsamt'), polarity: 'higher-is-better', sdgs: ['7.2', '11.6'], v: [24, 66], noise: 0.06,
  },
  {
    code: 'ENE-13', name: 'Solarthermie-Kollektorfläche je 1.000 Einwohner/innen', unit: 'm²/1.000 EW', decimals: 0,
    description: 'Kollektorfläche zur solaren Warmwasserbereitung und Heizungsunterstützung bezogen auf die Bevölkerung.',
    method: 'Geförderte Kollektorfläche laut Solaratlas (BAFA-Förderdaten) ÷ Einwohnerzahl × 1.000.',
    source: SDG_PORTAL, polarity: 'higher-is-better', sdgs: ['7.2'], v: [84, 121], noise: 0.01, until: 2023,
  },
  {
    code: 'ENE-14', name: 'Treibhausgasemissionen der Stadtverwaltung', unit: 't CO₂e', decimals: 0,
    description: 'Emissionen aus Gebäuden, Fuhrpark und Dienstreisen der Stadtverwaltung.',
    method: 'Bilanz nach Greenhouse Gas Protocol (Scope 1 und 2, Dienstreisen aus Scope 3) mit Emissionsfaktoren des Umweltbundesamts.',
    source: OWN, polarity: 'lower-is-better', sdgs: ['13.2'], fields: [F.energie, F.klima],
    v: [12600, 7900], shape: 'saturating', prov: true, target: [4000, 2035, 'Klimaneutrale Stadtverwaltung 2035'],
  },
  {
    code: 'ENE-15', name: 'Energieberatungen für Bürgerinnen und Bürger', unit: 'Beratungen', decimals: 0,
    description: 'Zahl der kostenlosen Energieberatungen durch Stadt und Verbraucherzentrale.',
    method: 'Summe der dokumentierten Erst- und Vor-Ort-Beratungen im Kalenderjahr.',
    source: OWN, polarity: 'higher-is-better', sdgs: ['7.3', '4.7'], v: [210, 640], shape: 'accelerating', noise: 0.05,
    shocks: { 2020: 0.6, 2022: 1.45 },
  },
]);

export const energieTiles = defineTiles(F.energie, [
  {
    slug: 'co2-bilanz', title: 'CO₂-Bilanz', featured: true, kpis: ['ENE-01', 'ENE-05'],
    teaser: 'Wie viel CO₂ verursacht jede Aschaffenburgerin und jeder Aschaffenburger im Jahr?',
    body: 'Die **CO₂-Bilanz** umfasst alle energiebedingten Emissionen im Stadtgebiet. Bis 2030 sollen sie auf 4 Tonnen je Kopf sinken.',
  },
  {
    slug: 'erneuerbarer-strom', title: 'Erneuerbarer Strom', kpis: ['ENE-02', 'ENE-09'],
    teaser: 'Der Anteil von Strom aus Sonne, Wind und Biomasse wächst.',
    body: 'Gezeigt wird, wie viel des Stromverbrauchs rechnerisch **vor Ort erneuerbar** erzeugt wird – und wie die Stadt selbst Ökostrom bezieht.',
  },
  {
    slug: 'photovoltaik', title: 'Photovoltaik', kpis: ['ENE-03', 'ENE-04', 'ENE-10'], chart: 'bar',
    teaser: 'Immer mehr Dächer und Balkone erzeugen Solarstrom.',
    body: 'Leistung und Zahl der Photovoltaikanlagen nach dem **Marktstammdatenregister**. Balkonkraftwerke sind seit 2023 vereinfacht anzumelden.',
  },
  {
    slug: 'waerme', title: 'Wärmewende', kpis: ['ENE-07', 'ENE-12', 'ENE-13'],
    teaser: 'Fernwärme, Wärmepumpen und Solarthermie ersetzen fossile Heizungen.',
    body: 'Die kommunale **Wärmeplanung** zeigt, wo Fernwärme ausgebaut wird und wo Wärmepumpen die beste Lösung sind.',
  },
  {
    slug: 'kommunale-gebaeude', title: 'Energie in städtischen Gebäuden', kpis: ['ENE-08', 'ENE-14'],
    teaser: 'Die Stadtverwaltung geht beim Energiesparen mit gutem Beispiel voran.',
    body: 'Schulen, Kitas und Verwaltungsgebäude werden energetisch saniert. Ziel ist eine **klimaneutrale Stadtverwaltung** bis 2035.',
  },
  {
    slug: 'stromverbrauch-haushalte', title: 'Stromverbrauch und Beratung', kpis: ['ENE-06', 'ENE-15'], chart: 'bar',
    teaser: 'Energie sparen beginnt zu Hause – kostenlose Beratung hilft dabei.',
    body: 'Der Stromverbrauch der Haushalte sinkt langsam. Die Nachfrage nach **Energieberatung** stieg mit der Energiepreiskrise 2022 deutlich.',
  },
]);
