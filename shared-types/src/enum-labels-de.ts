// German words for every choice list of the content model: the admin shows
// them in its dropdowns (the stored values stay the English keys of the
// snapshot format), the site on its pages.
import type { BodyKind, ClimateImpact, ConsultationType, MeetingStatus } from './council.ts';
import type { Periodicity, Polarity } from './kpi.ts';
import type { OpenDataLicenceId } from './open-data.ts';
import type { PageKind } from './page.ts';
import type { ProgressStatus } from './progress-status.ts';
import type { ChartType } from './tile.ts';

export const ENUM_LABELS_DE = {
  polarity: {
    'higher-is-better': 'Höher ist besser',
    'lower-is-better': 'Niedriger ist besser',
    neutral: 'Keine gewünschte Richtung',
  } satisfies Record<Polarity, string>,
  periodicity: {
    yearly: 'jährlich',
    quarterly: 'vierteljährlich',
    monthly: 'monatlich',
    irregular: 'unregelmäßig',
  } satisfies Record<Periodicity, string>,
  chartType: { line: 'Liniendiagramm', bar: 'Balkendiagramm' } satisfies Record<ChartType, string>,
  bodyKind: {
    council: 'Stadtrat',
    senate: 'Senat',
    committee: 'Ausschuss',
    'advisory-board': 'Beirat',
    'working-group': 'Arbeitskreis',
    administration: 'Verwaltung',
  } satisfies Record<BodyKind, string>,
  meetingStatus: {
    scheduled: 'Terminiert',
    invitation: 'Einladung',
    held: 'Durchgeführt',
    minutes: 'Protokoll',
    cancelled: 'Abgesagt',
  } satisfies Record<MeetingStatus, string>,
  consultationType: {
    'for-information': 'Zur Kenntnis nehmend',
    decision: 'Beschließend',
    'preliminary-consultation': 'Vorberatend',
    hearing: 'Anhörung',
  } satisfies Record<ConsultationType, string>,
  climateImpact: {
    'none-required': 'Keine weiteren Angaben erforderlich',
    low: 'Wenig klimarelevant',
    partial: 'Teilweise klimarelevant',
    high: 'Sehr klimarelevant',
  } satisfies Record<ClimateImpact, string>,
  pageKind: {
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    accessibility: 'Barrierefreiheit',
    'easy-language': 'Leichte Sprache',
    'sign-language': 'Gebärdensprache (DGS)',
    about: 'Über uns',
    other: 'Sonstige Seite',
  } satisfies Record<PageKind, string>,
  progressStatus: {
    'on-track': 'Auf gutem Weg',
    'moderate-progress': 'Mäßige Fortschritte',
    'insufficient-progress': 'Unzureichende Fortschritte',
    'moving-away': 'Entwicklung in die falsche Richtung',
    'not-enough-data': 'Zu wenig Daten für eine Bewertung',
    'not-assessed': 'Ohne Bewertung (keine gewünschte Richtung)',
  } satisfies Record<ProgressStatus, string>,
  dataLicenceId: {
    'dl-by-de-2-0': 'Datenlizenz Deutschland – Namensnennung – 2.0',
    'dl-zero-de-2-0': 'Datenlizenz Deutschland – Zero – Version 2.0',
    'cc-by-4-0': 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
    'cc-by-sa-4-0':
      'Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 International (CC BY-SA 4.0)',
    'cc-zero': 'Creative Commons CC Zero 1.0 Universell (CC0 1.0)',
  } satisfies Record<OpenDataLicenceId, string>,
} as const;

/**
 * Every enum value with its German label, for the admin's translations: the
 * content manager labels an option by the message whose id is the value.
 * Values are unique across lists (a test checks it), so one map suffices.
 */
export const enumValueLabelsDe = (): Record<string, string> => Object.assign({}, ...Object.values(ENUM_LABELS_DE));
