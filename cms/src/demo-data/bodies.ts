// Council bodies and participation formats (from the city's page on digital
// participation), described in our own words.
import type { Body } from '@sdd/shared-types';
import { OFFICE } from './sources';

/** Body slugs, for use in meetings. */
export const B = {
  dos: 'digitalisierungs-und-organisationssenat',
  ukvs: 'umwelt-klima-und-verkehrssenat',
  beirat: 'nachhaltigkeitsbeirat',
  denkraum: 'denkraum30',
  koordination: 'koordinationskreis-digitale-transformation',
  amt: 'amt-fuer-digitalisierung-organisation-und-it',
} as const;

export const bodies: Body[] = [
  {
    slug: B.dos,
    name: 'Digitalisierungs- und Organisationssenat',
    shortName: 'DOS',
    kind: 'senate',
    order: 10,
    website: 'https://www.example.org/ratsinfo/gremien/dos',
    description:
      'Der Digitalisierungs- und Organisationssenat wurde im Herbst 2021 eingerichtet und ist ein Senat des Aschaffenburger Stadtrats. ' +
      'Er befasst sich mit der digitalen Stadtentwicklung, der Digitalisierung der Verwaltung und dem gesellschaftlichen Wandel, der damit einhergeht.\n\n' +
      'Als Teil des gewählten Stadtrats vertritt er die Bürgerinnen und Bürger, diskutiert öffentlich und fasst die nötigen Beschlüsse. ' +
      'Damit ergänzt er die Beteiligungsformate innerhalb der Verwaltung. Sitzungstermine, Tagesordnungen und Niederschriften sind im Ratsinformationssystem abrufbar.',
  },
  {
    slug: B.ukvs,
    name: 'Umwelt-, Klima- und Verkehrssenat',
    shortName: 'UKVS',
    kind: 'senate',
    order: 20,
    website: 'https://www.example.org/ratsinfo/gremien/ukvs',
    description:
      'Der Umwelt-, Klima- und Verkehrssenat ist ein Senat des Stadtrats. Er berät und beschließt über Klimaschutz, Klimaanpassung, Umweltschutz und Verkehrsplanung. ' +
      'Im April 2024 beschloss er auf Empfehlung des Nachhaltigkeitsbeirats, Indikatoren aus dem Berichtsrahmen Nachhaltige Kommune in das Smart Data Dashboard aufzunehmen.',
  },
  {
    slug: B.beirat,
    name: 'Nachhaltigkeitsbeirat',
    shortName: null,
    kind: 'advisory-board',
    order: 30,
    website: null,
    description:
      'Der Nachhaltigkeitsbeirat – früher Agenda-21-Beirat – berät Stadtrat und Verwaltung in Fragen der nachhaltigen Entwicklung. ' +
      'Ihm gehören Vertreterinnen und Vertreter aus Zivilgesellschaft, Wirtschaft, Wissenschaft und Politik an. ' +
      'Er begleitet die Ausrichtung des Smart Data Dashboards an den 17 Nachhaltigkeitszielen der Agenda 2030.',
  },
  {
    slug: B.denkraum,
    name: 'Denkraum30',
    shortName: null,
    kind: 'working-group',
    order: 40,
    website: null,
    description:
      'Der Denkraum30 ist die Denkfabrik der Stadtverwaltung zur Digitalisierung. Seit 2019 kommen hier mehrmals im Jahr Beschäftigte aus unterschiedlichen Ämtern und Hierarchieebenen zusammen. ' +
      'Sie diskutieren ohne festgelegtes Ergebnis, entwickeln gemeinsam Ideen und Vorschläge und probieren neue digitale Werkzeuge und Arbeitsformen aus.',
  },
  {
    slug: B.koordination,
    name: 'Koordinationskreis Digitale Transformation',
    shortName: null,
    kind: 'working-group',
    order: 50,
    website: null,
    description:
      'Im Koordinationskreis Digitale Transformation tauschen sich die Referats- und Amtsleitungen regelmäßig über geplante und laufende Digitalisierungsprojekte der Ämter aus. ' +
      'Ziel ist es, Synergien zu erkennen, Kräfte zu bündeln und Vorhaben wirtschaftlicher umzusetzen. Zugleich holen sich die Beteiligten Anregungen für die eigenen Abläufe und vereinbaren gegenseitige Unterstützung.',
  },
  {
    slug: B.amt,
    name: OFFICE.digital,
    shortName: null,
    kind: 'administration',
    order: 60,
    website: null,
    description:
      'Das im Frühjahr 2021 gegründete Amt für Digitalisierung, Organisation und IT koordiniert die Digitalisierungsstrategie der Stadt Aschaffenburg. ' +
      'Es bündelt IT-Planung, Smart City, E-Government sowie digitale Kommunikation und Beteiligung. ' +
      'Weil die Digitalisierung alle Bereiche der Verwaltung berührt, arbeitet es eng mit den Fachämtern zusammen, die viele Themen federführend verantworten. Das Amt betreut auch das Smart Data Dashboard.',
  },
];
