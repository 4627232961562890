// Council sessions of the demo data set (invented apart from the DOS session
// of 26.02.2025, which is copied from the public council record).
import type { Meeting } from '@sdd/shared-types';
import { B } from './bodies';
import { meeting } from './council';
import { dos20250226 } from './meeting-dos-2025-02-26';

const NOTED = 'Zur Kenntnis genommen';

export const meetings: Meeting[] = [
  meeting({
    slug: 'nhb-2024-03-13',
    body: B.beirat,
    title: 'Sitzung des Nachhaltigkeitsbeirates',
    start: '2024-03-13T16:30:00.000Z',
    end: '2024-03-13T18:45:00.000Z',
    location: 'Sitzungssaal im Rathaus, Raum 2.14',
    status: 'minutes',
    dataAsOf: '2024-04-02T08:00:00.000Z',
    items: [
      {
        number: '1',
        title:
          'Berichtsrahmen Nachhaltige Kommune: Empfehlung zur Aufnahme von Nachhaltigkeitsindikatoren in das Smart Data Dashboard',
        consultationType: 'preliminary-consultation',
        result: 'Einstimmig empfohlen',
        resolutionProposal:
          'Der Nachhaltigkeitsbeirat empfiehlt dem Umwelt-, Klima- und Verkehrssenat, Kennzahlen aus dem **Berichtsrahmen Nachhaltige Kommune (BNK)** mit Zuordnung zu den 17 Nachhaltigkeitszielen in das Smart Data Dashboard aufzunehmen.',
        reasoning:
          'Der Berichtsrahmen Nachhaltige Kommune bietet einen bundesweit abgestimmten Satz von Indikatoren. Werden diese im Smart Data Dashboard veröffentlicht, lässt sich der Fortschritt der Stadt bei den Nachhaltigkeitszielen jährlich und vergleichbar verfolgen. *(Beispieltext)*',
        tiles: ['co2-bilanz', 'faire-beschaffung'],
        kpis: ['ENE-01', 'GLO-02'],
        sdgs: [11, 13, 17],
      },
      {
        number: '2',
        title: 'Bericht zur fairen Beschaffung 2023',
        result: NOTED,
        resolutionProposal: 'Der Bericht zur fairen und nachhaltigen Beschaffung wird zur Kenntnis genommen.',
        reasoning:
          'Die Zentrale Vergabestelle berichtet über den Anteil fair gehandelter Produkte und über Vergabeverfahren mit Nachhaltigkeitskriterien. *(Beispieltext)*',
        tiles: ['faire-beschaffung'],
        kpis: ['GLO-02', 'GLO-03'],
        sdgs: [12],
      },
    ],
  }),
  meeting({
    slug: 'ukvs-2024-04-24',
    body: B.ukvs,
    title: 'Sitzung des Umwelt-, Klima- und Verkehrssenates',
    start: '2024-04-24T14:00:00.000Z',
    status: 'minutes',
    dataAsOf: '2024-05-15T07:30:00.000Z',
    items: [
      {
        number: '1',
        title: 'Aufnahme von Indikatoren des Berichtsrahmens Nachhaltige Kommune in das Smart Data Dashboard',
        consultationType: 'decision',
        causesCosts: true,
        result: 'Mehrheitlich beschlossen',
        resolutionProposal:
          'Entsprechend der Empfehlung des Nachhaltigkeitsbeirates vom 13. März 2024 werden Indikatoren des Berichtsrahmens Nachhaltige Kommune in das Smart Data Dashboard aufgenommen und den 17 Nachhaltigkeitszielen zugeordnet.',
        reasoning:
          'Die Umsetzung erfolgt durch das Amt für Digitalisierung, Organisation und IT gemeinsam mit dem Amt für Stadtplanung und Klimamanagement. Für die Erweiterung werden Fördermittel bei der Servicestelle Kommunen in der Einen Welt beantragt. *(Beispieltext)*',
        tiles: ['entwicklungszusammenarbeit', 'open-data'],
        kpis: ['GLO-10', 'DIG-07'],
        sdgs: [11, 17],
      },
      {
        number: '2',
        title: 'Luftreinhaltung: Jahresbericht 2023',
        result: NOTED,
        climateImpact: 'low',
        resolutionProposal: 'Der Bericht zur Luftqualität im Jahr 2023 wird zur Kenntnis genommen.',
        reasoning:
          'Die Jahresmittelwerte für Feinstaub und Stickstoffdioxid liegen unter den geltenden Grenzwerten. Für die ab 2030 geltenden EU-Grenzwerte sind weitere Minderungen nötig. *(Beispieltext)*',
        tiles: ['luftqualitaet'],
        kpis: ['UMW-01', 'UMW-02'],
        sdgs: [3, 11],
      },
    ],
  }),
  meeting({
    slug: 'dos-2024-07-02',
    body: B.dos,
    title: 'Sitzung des Digitalisierungs- und Organisationssenates',
    start: '2024-07-02T15:00:00.000Z',
    status: 'minutes',
    dataAsOf: '2024-07-22T10:00:00.000Z',
    items: [
      {
        number: '1',
        title: 'Vorstellung des Smart Data Dashboards Aschaffenburg',
        result: NOTED,
        resolutionProposal: 'Der Vortrag der Verwaltung zum Smart Data Dashboard wird zur Kenntnis genommen.',
        reasoning:
          'Das Smart Data Dashboard stellt Daten der Stadt in Kacheln übersichtlich und frei zugänglich dar. Es ist als Open-Source-Lösung umgesetzt und kann von anderen Kommunen nachgenutzt werden. *(Beispieltext)*',
        tiles: ['open-data', 'breitband'],
        kpis: ['DIG-07', 'DIG-01'],
        sdgs: [9, 11, 17],
      },
      {
        number: '2',
        title: 'Sachstand Umsetzung des Onlinezugangsgesetzes',
        result: NOTED,
        resolutionProposal: 'Der Sachstandsbericht zur Umsetzung des Onlinezugangsgesetzes wird zur Kenntnis genommen.',
        reasoning:
          'Über 200 Verwaltungsleistungen sind inzwischen online verfügbar. Der Anteil der digital gestellten Anträge steigt, liegt aber noch deutlich unter dem Ziel. *(Beispieltext)*',
        tiles: ['digitale-verwaltung'],
        kpis: ['DIG-05', 'DIG-06'],
        sdgs: [16],
      },
    ],
  }),
  meeting({
    slug: 'ukvs-2024-11-13',
    body: B.ukvs,
    title: 'Sitzung des Umwelt-, Klima- und Verkehrssenates',
    start: '2024-11-13T15:00:00.000Z',
    end: '2024-11-13T18:10:00.000Z',
    status: 'held',
    dataAsOf: '2024-11-14T08:15:00.000Z',
    items: [
      {
        number: '1',
        title: 'Zwischenbilanz zum Integrierten Klimaschutzkonzept',
        result: NOTED,
        climateImpact: 'high',
        resolutionProposal: 'Die Zwischenbilanz zum Integrierten Klimaschutzkonzept wird zur Kenntnis genommen.',
        reasoning:
          'Die CO₂-Emissionen je Einwohnerin und Einwohner sind seit 2015 deutlich gesunken. Um das Ziel für 2030 zu erreichen, muss das Tempo beim Ausbau erneuerbarer Energien und bei der Wärmewende steigen. *(Beispieltext)*',
        tiles: ['co2-bilanz', 'kommunale-gebaeude'],
        kpis: ['ENE-01', 'ENE-02', 'ENE-14'],
        sdgs: [7, 13],
      },
      {
        number: '2',
        title: 'Ausbau der öffentlichen Ladeinfrastruktur 2025–2027',
        consultationType: 'decision',
        climateImpact: 'partial',
        causesCosts: true,
        result: 'Einstimmig beschlossen',
        resolutionProposal:
          'Die Verwaltung wird beauftragt, gemeinsam mit den Stadtwerken bis 2027 mindestens 100 weitere öffentliche Ladepunkte zu errichten.',
        reasoning:
          'Die Zahl der Elektro-Pkw wächst schneller als die öffentliche Ladeinfrastruktur. Besonders in verdichteten Wohnquartieren fehlen Lademöglichkeiten. *(Beispieltext)*',
        tiles: ['elektromobilitaet'],
        kpis: ['ENE-11', 'MOB-02'],
        sdgs: [7, 11],
      },
      {
        number: '3',
        title: 'Radverkehrskonzept: Umsetzungsstand',
        result: NOTED,
        climateImpact: 'partial',
        resolutionProposal: 'Der Bericht zum Umsetzungsstand des Radverkehrskonzepts wird zur Kenntnis genommen.',
        reasoning:
          'Seit 2015 ist das Radverkehrsnetz um über 30 Kilometer gewachsen. Die Dauerzählstellen zeigen eine deutliche Zunahme des Radverkehrs. *(Beispieltext)*',
        tiles: ['radverkehr'],
        kpis: ['MOB-03', 'MOB-15'],
        sdgs: [3, 11],
      },
    ],
  }),
  dos20250226,
  meeting({
    slug: 'nhb-2025-03-18',
    body: B.beirat,
    title: 'Öffentliche Sitzung des Nachhaltigkeitsbeirates',
    start: '2025-03-18T16:30:00.000Z',
    location: 'Sitzungssaal im Rathaus, Raum 2.14',
    status: 'scheduled',
    dataAsOf: '2025-03-03T09:21:00.000Z',
    items: [
      {
        number: '1',
        title: 'Vorstellung der im Smart Data Dashboard implementierten Nachhaltigkeitsziele',
        resolutionProposal:
          'Die Vorstellung der im Smart Data Dashboard implementierten Nachhaltigkeitsziele wird zur Kenntnis genommen.',
        reasoning:
          'Die Verwaltung stellt vor, wie die Kennzahlen des Dashboards den 17 Nachhaltigkeitszielen der Agenda 2030 zugeordnet sind und welche Entwicklungen sich daraus ablesen lassen. *(Beispieltext)*',
        tiles: ['co2-bilanz', 'armut', 'entwicklungszusammenarbeit'],
        kpis: ['ENE-01', 'WOH-01', 'GLO-01'],
        sdgs: [1, 11, 13, 17],
      },
    ],
  }),
];
