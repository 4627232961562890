// Site-wide settings of the demo installation.
import type { SiteSettings } from '@sdd/shared-types';
import { DL_DE_BY } from './sources';

export const settings: SiteSettings = {
  cityName: 'Aschaffenburg',
  siteTitle: 'Smart Data Dashboard Aschaffenburg',
  intro:
    'Das Smart Data Dashboard zeigt in über 60 Kacheln, wie sich Aschaffenburg entwickelt – von Energie und Mobilität über Wohnen und Teilhabe bis zu Wirtschaft und Wissenschaft. Alle Kennzahlen sind den 17 Nachhaltigkeitszielen der Vereinten Nationen zugeordnet. Hinweis: Dies ist eine Demo-Installation mit Beispieldaten.',
  accentColor: '#005A9C',
  contactEmail: 'smartcity@example.org',
  contactUrl: 'https://www.example.org/kontakt',
  contactAddress:
    'Stadt Aschaffenburg (Demo)\nAmt für Digitalisierung, Organisation und IT\nDalbergstraße 15\n63739 Aschaffenburg',
  dataLicence: DL_DE_BY,
  dataLicenceId: 'dl-by-de-2-0',
  // Aschaffenburg's municipality key (Destatis Gemeindeverzeichnis). The
  // contributor ID is a placeholder: GovData assigns the real one on request.
  officialKey: '09661000',
  contributorId: 'smartDataDashboardDemo',
  footerLinks: [
    { label: 'Offene Daten', url: '/daten/' },
    { label: 'Nachhaltigkeitsziele', url: '/sdg/' },
    { label: 'Kontakt', url: 'https://www.example.org/kontakt' },
  ],
  // Beside the built-in groups (shared-types DEFAULT_SEARCH_SYNONYMS): an editor's own.
  searchSynonyms: [['Fahrradständer', 'Fahrradabstellplätze', 'Radparken', 'Fahrradparken']],
  // Empty: the site explains the progress method with the text generated from its parameters.
  progressMethodText: null,
};
