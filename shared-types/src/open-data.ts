// The city's open-data identity for the DCAT-AP.de catalogue (/daten/katalog.rdf):
// official key, GovData contributor ID, licence. The URIs are those of the
// dcat-ap.de and EU vocabularies (../shared/reference/dcat-ap-de.md); a
// state portal or GovData rejects or misfiles a catalogue with invented ones.
import { z } from 'zod';
import { ENUM_LABELS_DE } from './enum-labels-de.ts';
import type { Periodicity } from './kpi.ts';

/**
 * Licences a city may choose for its data (dcat-ap.de licence vocabulary: those GovData recommends and their
 * share-alike and public-domain neighbours).
 */
export const OPEN_DATA_LICENCE_IDS = [
  'dl-by-de-2-0',
  'dl-zero-de-2-0',
  'cc-by-4-0',
  'cc-by-sa-4-0',
  'cc-zero',
] as const;
export type OpenDataLicenceId = (typeof OPEN_DATA_LICENCE_IDS)[number];
export const openDataLicenceIdSchema = z.enum(OPEN_DATA_LICENCE_IDS);

const LICENCE_NAME = ENUM_LABELS_DE.dataLicenceId;
/**
 * Per licence: its URI, German name (the admin's option label), whether it demands attribution, and where its text is.
 */
export const OPEN_DATA_LICENCES = {
  'dl-by-de-2-0': {
    uri: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
    name: LICENCE_NAME['dl-by-de-2-0'],
    attribution: true,
    text: 'https://www.govdata.de/dl-de/by-2-0',
  },
  'dl-zero-de-2-0': {
    uri: 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
    name: LICENCE_NAME['dl-zero-de-2-0'],
    attribution: false,
    text: 'https://www.govdata.de/dl-de/zero-2-0',
  },
  'cc-by-4-0': {
    uri: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
    name: LICENCE_NAME['cc-by-4-0'],
    attribution: true,
    text: 'https://creativecommons.org/licenses/by/4.0/deed.de',
  },
  'cc-by-sa-4-0': {
    uri: 'http://dcat-ap.de/def/licenses/cc-by-sa/4.0',
    name: LICENCE_NAME['cc-by-sa-4-0'],
    attribution: true,
    text: 'https://creativecommons.org/licenses/by-sa/4.0/deed.de',
  },
  'cc-zero': {
    uri: 'http://dcat-ap.de/def/licenses/cc-zero',
    name: LICENCE_NAME['cc-zero'],
    attribution: false,
    text: 'https://creativecommons.org/publicdomain/zero/1.0/deed.de',
  },
} as const satisfies Record<OpenDataLicenceId, { uri: string; name: string; attribution: boolean; text: string }>;

/** Any other open licence (dcat-ap.de vocabulary), for a KPI whose licence text names none of the above. */
export const OTHER_OPEN_LICENCE_URI = 'http://dcat-ap.de/def/licenses/other-open';

const squeeze = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
/** Short forms people write, squeezed like `squeeze` does. */
const ALIASES: Record<string, OpenDataLicenceId> = {
  dldeby20: 'dl-by-de-2-0',
  dldeby: 'dl-by-de-2-0',
  dldezero20: 'dl-zero-de-2-0',
  ccby40: 'cc-by-4-0',
  ccbysa40: 'cc-by-sa-4-0',
  cc0: 'cc-zero',
  cc010: 'cc-zero',
};

/**
 * The licence a free licence text (a KPI's "Lizenz") names, if it is one of OPEN_DATA_LICENCES: by full name or short
 * form ("dl-de/by-2-0", "CC BY 4.0").
 */
export function licenceFromText(text: string): OpenDataLicenceId | undefined {
  const s = squeeze(text);
  for (const [id, l] of Object.entries(OPEN_DATA_LICENCES) as [
    OpenDataLicenceId,
    (typeof OPEN_DATA_LICENCES)[OpenDataLicenceId],
  ][])
    if (squeeze(l.name) === s) return id;
  return ALIASES[s];
}

/**
 * The licence a licence text names when it is not `id` (site settings: the text shown and the catalogue's licence must
 * agree).
 */
export function licenceMismatch(text: string, id: OpenDataLicenceId): OpenDataLicenceId | undefined {
  const named = licenceFromText(text);
  return named && named !== id ? named : undefined;
}

/**
 * Official key of the city: the 8-digit Amtlicher Gemeindeschlüssel (AGS) or the 12-digit Amtlicher Regionalschlüssel
 * (ARS); the first two digits name the state (01–16).
 */
/** 8 or 12 digits, nothing else (the state check follows in officialKeySchema). */
export const OFFICIAL_KEY_DIGITS = /^(\d{8}|\d{12})$/;
export const officialKeySchema = z
  .string()
  .regex(OFFICIAL_KEY_DIGITS, 'must be the 8-digit AGS or the 12-digit ARS, digits only (e.g. "09661000")')
  .refine((k) => Number(k.slice(0, 2)) >= 1 && Number(k.slice(0, 2)) <= 16, 'must start with a state number 01–16');

/** GovData contributor ID: the last part of http://dcat-ap.de/def/contributors/<id>, assigned by the GovData office. */
export const contributorIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/,
    'must be the ID GovData assigned, letters, digits, "-" or "_" (only the part after …/contributors/)',
  );

export const CONTRIBUTOR_BASE = 'http://dcat-ap.de/def/contributors/';

/** dcatde:politicalGeocodingURI and …LevelURI of a municipality's official key. */
export function politicalGeocoding(officialKey: string): { uri: string; levelUri: string } {
  const kind = officialKey.length === 12 ? 'regionalKey' : 'municipalityKey';
  return {
    uri: `http://dcat-ap.de/def/politicalGeocoding/${kind}/${officialKey}`,
    levelUri: 'http://dcat-ap.de/def/politicalGeocoding/Level/municipality',
  };
}

const EU = 'http://publications.europa.eu/resource/authority';

/** EU frequency vocabulary (dct:accrualPeriodicity) of a KPI's periodicity. */
export const FREQUENCY_URI: Record<Periodicity, string> = {
  yearly: `${EU}/frequency/ANNUAL`,
  quarterly: `${EU}/frequency/QUARTERLY`,
  monthly: `${EU}/frequency/MONTHLY`,
  irregular: `${EU}/frequency/IRREG`,
};

/** EU data-theme vocabulary code for each SDG: the policy field the goal's figures usually belong to. */
const THEME_OF_SDG: Record<number, string> = {
  1: 'SOCI',
  2: 'AGRI',
  3: 'HEAL',
  4: 'EDUC',
  5: 'SOCI',
  6: 'ENVI',
  7: 'ENER',
  8: 'ECON',
  9: 'TECH',
  10: 'SOCI',
  11: 'REGI',
  12: 'ENVI',
  13: 'ENVI',
  14: 'ENVI',
  15: 'ENVI',
  16: 'JUST',
  17: 'GOVE',
};

/** EU data themes (dcat:theme) of a KPI's SDGs, each once, in SDG order. */
export function dataThemeUris(sdgGoals: readonly number[]): string[] {
  return [...new Set([...sdgGoals].sort((a, b) => a - b).map((g) => `${EU}/data-theme/${THEME_OF_SDG[g] ?? 'GOVE'}`))];
}

export const DATA_THEME_TAXONOMY = `${EU}/data-theme`;
export const LANGUAGE_DEU = `${EU}/language/DEU`;

/** The downloadable formats: EU file-type URI (dct:format) and IANA media type (dcat:mediaType). */
export const FILE_FORMATS = {
  csv: { format: `${EU}/file-type/CSV`, mediaType: 'text/csv' },
  json: { format: `${EU}/file-type/JSON`, mediaType: 'application/json' },
  zip: { format: `${EU}/file-type/ZIP`, mediaType: 'application/zip' },
} as const;
export type FileFormat = keyof typeof FILE_FORMATS;
export const mediaTypeUri = (mediaType: string) => `https://www.iana.org/assignments/media-types/${mediaType}`;
