// Action field "Wetter und Klima": KPIs and tiles. Weather values are given
// explicitly (a plausible sequence of warm and cool years), not generated.
import { defineKpis } from './kpi';
import { city, DWD, OFFICE } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

const KLIMA = OFFICE.klima;
const GRID = 'Tageswerte der DWD-Rasterdaten (1 km × 1 km), gemittelt über das Stadtgebiet';

/** Annual mean temperature 2015–2024 in °C. */
const TEMPERATURE = [10.9, 10.4, 10.6, 11.7, 11.4, 11.5, 10.2, 11.7, 11.5, 11.8] as const;
/** Reference mean 1961–1990 in °C. */
const REFERENCE = 9.3;

const days = (threshold: string): string => `Zahl der Tage im Kalenderjahr mit ${threshold}; ${GRID}.`;

export const klimaKpis = defineKpis({ fields: [F.klima], office: KLIMA }, [
  {
    code: 'KLI-01', name: 'Jahresmitteltemperatur', unit: '°C',
    description: 'Mittlere Lufttemperatur über das ganze Jahr – der wichtigste Indikator für den Klimawandel vor Ort.',
    method: `Mittel der Tagesmitteltemperaturen in 2 m Höhe; ${GRID}.`,
    source: DWD, polarity: 'neutral', sdgs: ['13.1'], values: TEMPERATURE,
  },
  {
    code: 'KLI-02', name: 'Heiße Tage', unit: 'Tage', decimals: 0,
    description: 'Tage, an denen die Höchsttemperatur mindestens 30 °C erreicht.',
    method: days('einer Höchsttemperatur ≥ 30 °C'),
    source: DWD, polarity: 'neutral', sdgs: ['13.1', '3.9'], values: [26, 12, 15, 31, 25, 18, 8, 28, 20, 15],
  },
  {
    code: 'KLI-03', name: 'Tropennächte', unit: 'Nächte', decimals: 0,
    description: 'Nächte, in denen die Temperatur nicht unter 20 °C fällt – eine Belastung für die Gesundheit.',
    method: days('einer Tiefsttemperatur ≥ 20 °C'),
    source: DWD, polarity: 'neutral', sdgs: ['13.1', '3.9'], values: [4, 1, 1, 6, 5, 2, 0, 7, 3, 2],
  },
  {
    code: 'KLI-04', name: 'Jahresniederschlag', unit: 'mm', decimals: 0,
    description: 'Summe von Regen, Schnee und Hagel über das Jahr.',
    method: `Jahressumme der täglichen Niederschlagshöhe; ${GRID}.`,
    source: DWD, polarity: 'neutral', sdgs: ['13.1', '6.4'], values: [490, 630, 600, 440, 560, 520, 700, 460, 770, 810],
  },
  {
    code: 'KLI-05', name: 'Sommertage', unit: 'Tage', decimals: 0,
    description: 'Tage, an denen die Höchsttemperatur mindestens 25 °C erreicht.',
    method: days('einer Höchsttemperatur ≥ 25 °C'),
    source: DWD, polarity: 'neutral', sdgs: ['13.1'], values: [58, 46, 53, 84, 67, 62, 42, 75, 65, 58],
  },
  {
    code: 'KLI-06', name: 'Frosttage', unit: 'Tage', decimals: 0,
    description: 'Tage, an denen die Tiefsttemperatur unter 0 °C fällt.',
    method: days('einer Tiefsttemperatur < 0 °C'),
    source: DWD, polarity: 'neutral', sdgs: ['13.1'], values: [61, 67, 70, 55, 57, 41, 66, 54, 50, 47],
  },
  {
    code: 'KLI-07', name: 'Eistage', unit: 'Tage', decimals: 0,
    description: 'Tage, an denen die Temperatur durchgehend unter 0 °C bleibt.',
    method: days('einer Höchsttemperatur < 0 °C'),
    source: DWD, polarity: 'neutral', sdgs: ['13.1'], values: [8, 6, 12, 7, 3, 1, 9, 5, 4, 3],
  },
  {
    code: 'KLI-08', name: 'Sonnenscheindauer', unit: 'Stunden', decimals: 0,
    description: 'Summe der Sonnenstunden im Jahr.',
    method: `Jahressumme der täglichen Sonnenscheindauer; ${GRID}.`,
    source: DWD, polarity: 'neutral', sdgs: ['13.1', '7.2'], values: [1830, 1650, 1690, 2060, 1910, 1990, 1620, 2080, 1860, 1710],
  },
  {
    code: 'KLI-09', name: 'Temperaturabweichung vom Mittel 1961–1990', unit: 'K',
    description: 'Um wie viel Grad das Jahr wärmer war als der Durchschnitt der Referenzperiode 1961–1990.',
    method: `Jahresmitteltemperatur minus ${REFERENCE} °C (Mittel 1961–1990 für das Stadtgebiet).`,
    source: DWD, polarity: 'neutral', sdgs: ['13.1'], values: TEMPERATURE.map((t) => Math.round((t - REFERENCE) * 10) / 10),
  },
  {
    code: 'KLI-10', name: 'Starkregentage', unit: 'Tage', decimals: 0,
    description: 'Tage mit mindestens 20 mm Niederschlag – Hinweis auf Überflutungsrisiken.',
    method: days('einer Niederschlagshöhe ≥ 20 mm'),
    source: DWD, polarity: 'neutral', sdgs: ['13.1', '11.5'], values: [4, 7, 6, 3, 5, 4, 8, 3, 9, 10],
  },
  {
    code: 'KLI-11', name: 'Längste Trockenperiode', unit: 'Tage', decimals: 0,
    description: 'Längste Folge von Tagen ohne nennenswerten Niederschlag im Jahr.',
    method: `Größte Zahl aufeinanderfolgender Tage mit weniger als 1 mm Niederschlag; ${GRID}.`,
    source: DWD, polarity: 'neutral', sdgs: ['13.1', '15.3'], values: [24, 19, 21, 33, 26, 29, 17, 31, 22, 18],
  },
  {
    code: 'KLI-12', name: 'Beginn der Forsythienblüte', unit: 'Tag im Jahr', decimals: 0,
    description: 'Kalendertag, an dem die Forsythie blüht – der phänologische Beginn des Vorfrühlings.',
    method: 'Meldung der phänologischen Beobachtungsstation; Tag des Jahres (1 = 1. Januar). Einzelne Jahre ohne Meldung.',
    source: DWD, polarity: 'neutral', sdgs: ['13.1', '15.5'], values: [78, 84, null, 92, 73, 70, 86, 75, null, 62],
  },
  {
    code: 'KLI-13', name: 'Tage mit Hitzewarnung', unit: 'Tage', decimals: 0,
    description: 'Tage, an denen der Deutsche Wetterdienst für Aschaffenburg vor Hitze gewarnt hat.',
    method: 'Tage mit amtlicher Warnung vor starker oder extremer Hitze für die Stadt Aschaffenburg.',
    source: DWD, polarity: 'neutral', sdgs: ['13.1', '3.d'], values: [12, 4, 6, 18, 13, 9, 3, 15, 10, 7],
  },
  {
    code: 'KLI-14', name: 'Feuerwehreinsätze wegen Unwetter', unit: 'Einsätze', decimals: 0,
    description: 'Einsätze der Feuerwehr wegen Sturm, Starkregen oder Hagel.',
    method: 'Einsätze mit Einsatzstichwort Unwetter, Sturm oder Wasserschaden durch Niederschlag laut Einsatzdokumentation.',
    source: city('Amt für Brand- und Katastrophenschutz'), office: 'Amt für Brand- und Katastrophenschutz', polarity: 'neutral', sdgs: ['11.5', '13.1'],
    values: [45, 118, 86, 61, 72, 53, 208, 66, 94, 139],
  },
  {
    code: 'KLI-15', name: 'Öffentliche Trinkbrunnen', unit: 'Trinkbrunnen', decimals: 0,
    description: 'Öffentlich zugängliche Trinkwasserbrunnen als Beitrag zum Hitzeschutz.',
    method: 'Betriebene Trinkbrunnen im Stadtgebiet, Stichtag 31.12.',
    source: city('Stadtwerke – Wasserversorgung'), polarity: 'higher-is-better', sdgs: ['6.1', '13.1'], fields: [F.klima, F.umwelt],
    from: 2017, values: [2, 3, 5, 6, 8, 10, 12, 14], target: [20, 2027, 'Hitzeaktionsplan'],
  },
  {
    code: 'KLI-16', name: 'Entsiegelte Fläche (kumuliert)', unit: 'm²', decimals: 0,
    description: 'Seit 2020 durch städtische Maßnahmen entsiegelte Flächen, zum Beispiel Schulhöfe und Plätze.',
    method: 'Summe der in Bauprojekten entsiegelten Flächen seit dem 1.1.2020 laut Projektdokumentation.',
    source: city(KLIMA), polarity: 'higher-is-better', sdgs: ['13.1', '11.7'], fields: [F.klima, F.umwelt],
    from: 2020, values: [1200, 2600, 4100, 6900, 9800], target: [20000, 2030, 'Klimaanpassungskonzept'],
  },
]);

export const klimaTiles = defineTiles(F.klima, [
  {
    slug: 'temperatur', title: 'Temperatur', featured: true, kpis: ['KLI-01', 'KLI-09'],
    teaser: 'Aschaffenburg wird wärmer – fast jedes Jahr liegt deutlich über dem langjährigen Mittel.',
    body: 'Die **Jahresmitteltemperatur** liegt inzwischen rund 2 Grad über dem Mittel der Jahre 1961 bis 1990.',
  },
  {
    slug: 'hitze', title: 'Hitze', kpis: ['KLI-02', 'KLI-03', 'KLI-13'], chart: 'bar',
    teaser: 'Heiße Tage und Tropennächte belasten vor allem ältere Menschen.',
    body: 'In Hitzesommern wie 2018 und 2022 gab es an rund 30 Tagen über 30 °C. Der **Hitzeaktionsplan** bündelt Schutzmaßnahmen.',
  },
  {
    slug: 'niederschlag', title: 'Niederschlag', kpis: ['KLI-04', 'KLI-10', 'KLI-11'], chart: 'bar',
    teaser: 'Trockene Jahre und Starkregen wechseln sich ab.',
    body: 'Die **Niederschlagsmenge** schwankt stark. Starkregen kann Keller und Straßen in kurzer Zeit überfluten.',
  },
  {
    slug: 'jahreszeiten', title: 'Sommer- und Frosttage', kpis: ['KLI-05', 'KLI-06', 'KLI-07'], chart: 'bar',
    teaser: 'Mehr Sommertage, weniger Frost.',
    body: 'Die Zahl der **Frost- und Eistage** nimmt ab, die der Sommertage zu.',
  },
  {
    slug: 'sonne-und-phaenologie', title: 'Sonne und Natur im Jahreslauf', kpis: ['KLI-08', 'KLI-12'],
    teaser: 'Die Forsythie blüht heute deutlich früher als vor zehn Jahren.',
    body: 'Die **Phänologie** zeigt, wie Pflanzen auf das wärmere Klima reagieren. Fehlende Jahre wurden nicht gemeldet.',
  },
  {
    slug: 'klimaanpassung', title: 'Klimaanpassung', kpis: ['KLI-15', 'KLI-16', 'KLI-14'],
    teaser: 'Trinkbrunnen, Entsiegelung und Schutz vor Unwettern.',
    body: 'Mit dem **Klimaanpassungskonzept** bereitet sich die Stadt auf Hitze, Trockenheit und Starkregen vor.',
  },
]);
