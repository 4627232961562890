// Action dimensions (Handlungsdimensionen) and action fields
// (Handlungsfelder) as used by the Aschaffenburg dashboard.
import type { ActionDimension, ActionField } from '@sdd/shared-types';

/** Slugs of the action fields, for use in KPI and tile definitions. */
export const F = {
  energie: 'energie',
  mobilitaet: 'mobilitaet-und-infrastruktur',
  umwelt: 'umwelt-und-ressourcenschutz',
  klima: 'wetter-und-klima',
  global: 'globale-verantwortung',
  wohnen: 'leben-und-wohnen',
  teilhabe: 'partizipation-und-teilhabe',
  wirtschaft: 'arbeit-und-wirtschaft',
  digital: 'digitalisierung',
  wissenschaft: 'wissenschaft',
} as const;

export const actionDimensions: ActionDimension[] = [
  {
    slug: 'oekologie',
    name: 'Ökologie',
    order: 1,
    description: 'Kennzahlen zu Energie, Verkehr, Umwelt und Klima: wie die Stadt mit natürlichen Ressourcen umgeht.',
  },
  {
    slug: 'soziales',
    name: 'Soziales',
    order: 2,
    description: 'Kennzahlen zu Zusammenleben, Wohnen, Teilhabe und zur Verantwortung der Stadt in der Welt.',
  },
  {
    slug: 'oekonomie',
    name: 'Ökonomie',
    order: 3,
    description: 'Kennzahlen zu Arbeit, Wirtschaft, digitaler Infrastruktur und Wissenschaft in Aschaffenburg.',
  },
];

const field = (slug: string, name: string, dimension: string, order: number, description: string): ActionField => ({
  slug,
  name,
  dimension,
  order,
  description,
});

export const actionFields: ActionField[] = [
  field(
    F.energie,
    'Energie',
    'oekologie',
    1,
    'Wie viel Energie die Stadt verbraucht und wie viel davon aus erneuerbaren Quellen stammt.',
  ),
  field(
    F.mobilitaet,
    'Mobilität und Infrastruktur',
    'oekologie',
    2,
    'Wie sich die Menschen in Aschaffenburg fortbewegen und wie gut Rad-, Bus- und Straßennetz ausgebaut sind.',
  ),
  field(
    F.umwelt,
    'Umwelt und Ressourcenschutz',
    'oekologie',
    3,
    'Luftqualität, Flächenverbrauch, Wasser, Abfall und Stadtgrün im Überblick.',
  ),
  field(
    F.klima,
    'Wetter und Klima',
    'oekologie',
    4,
    'Messwerte zu Temperatur, Niederschlag und Extremwetter zeigen, wie sich das Stadtklima verändert.',
  ),
  field(
    F.global,
    'Globale Verantwortung',
    'soziales',
    1,
    'Was Aschaffenburg für fairen Handel, Entwicklungszusammenarbeit und die Aufnahme Schutzsuchender tut.',
  ),
  field(
    F.wohnen,
    'Leben und Wohnen',
    'soziales',
    2,
    'Wohnen, Einkommen, Bildung, Gesundheit und Sicherheit im Alltag der Stadtgesellschaft.',
  ),
  field(
    F.teilhabe,
    'Partizipation und Teilhabe',
    'soziales',
    3,
    'Wie sich Bürgerinnen und Bürger an Wahlen, Beteiligungsverfahren und im Ehrenamt einbringen.',
  ),
  field(
    F.wirtschaft,
    'Arbeit und Wirtschaft',
    'oekonomie',
    1,
    'Beschäftigung, Arbeitslosigkeit, Wirtschaftskraft und kommunale Finanzen.',
  ),
  field(
    F.digital,
    'Digitalisierung',
    'oekonomie',
    2,
    'Breitband, Mobilfunk, digitale Verwaltungsleistungen und offene Daten.',
  ),
  field(
    F.wissenschaft,
    'Wissenschaft',
    'oekonomie',
    3,
    'Hochschule, Forschung und Gründungen als Grundlage für Innovation in der Region.',
  ),
];
