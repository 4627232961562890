// A Strapi webhook event in words for the publishing history in the admin:
// {"event":"entry.publish","uid":"plugin::smart-data.kpi","entry":{"code":"KLI-01"}}
// → "Kennzahl KLI-01 veröffentlicht". Unknown types and events stay readable.
import { contentTypeNameDe, type ContentTypeName } from '@sdd/shared-types';

/** Per content type, the fields that name an entry in words, best first. */
const KEYS: Record<ContentTypeName, readonly string[]> = {
  kpi: ['code', 'name'],
  tile: ['title', 'slug'],
  meeting: ['title', 'slug'],
  body: ['name', 'slug'],
  page: ['title', 'slug'],
  sdg: ['number'],
  'action-dimension': ['name', 'slug'],
  'action-field': ['name', 'slug'],
  'site-setting': [],
};

const EVENTS: Record<string, string> = {
  'entry.publish': 'veröffentlicht',
  'entry.unpublish': 'zurückgezogen',
  'entry.create': 'angelegt',
  'entry.update': 'geändert',
  'entry.delete': 'gelöscht',
  'media.create': 'hochgeladen',
  'media.update': 'geändert',
  'media.delete': 'gelöscht',
};

/** Longest name or key kept: the words end up in /status, so a hostile body must not make them huge. */
const MAX_LENGTH = 80;
/** What an event or model name must look like to be used; anything else (huge, binary, markup) is ignored. */
const NAME = new RegExp(`^[A-Za-z0-9_.:-]{1,${MAX_LENGTH}}$`);
const name = (value: unknown): string => (typeof value === 'string' && NAME.test(value) ? value : '');
const bounded = (text: string): string => (text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text);

type Payload = { event?: unknown; uid?: unknown; model?: unknown; entry?: Record<string, unknown> };

const quoted = (value: unknown) => (typeof value === 'string' ? `„${bounded(value)}“` : bounded(String(value)));

/** What an event is about and what happened to it, e.g. { subject: "Kennzahl KLI-01", what: "veröffentlicht" }. */
export function eventParts(body: string): { subject: string; event: string; what: string } | null {
  let payload: Payload;
  try {
    payload = JSON.parse(body) as Payload;
  } catch {
    return null;
  }
  const event = name(payload?.event);
  const what = EVENTS[event] ?? (event || 'geändert');
  if (event.startsWith('media.')) return { subject: 'Datei', event, what };
  const uid = name(payload?.uid) || name(payload?.model);
  const typeName = contentTypeNameDe(uid);
  if (!typeName) return { subject: `Eintrag${uid ? ` (${uid})` : ''}`, event, what };
  const keyField = KEYS[uid.split('.').pop() as ContentTypeName].find(
    (k) => payload.entry?.[k] !== undefined && payload.entry[k] !== null && payload.entry[k] !== '',
  );
  const key =
    keyField === undefined
      ? ''
      : keyField === 'code' || keyField === 'number'
        ? ` ${bounded(String(payload.entry![keyField]))}`
        : ` ${quoted(payload.entry![keyField])}`;
  return { subject: `${typeName}${key}`, event, what };
}

export function eventInWords(body: string): string {
  const parts = eventParts(body);
  return parts ? `${parts.subject} ${parts.what}` : 'Änderung im CMS';
}

/** A saved draft in words: "Entwurf von Kennzahl KLI-01 gespeichert – keine Veröffentlichung nötig". */
export const draftSavedInWords = (subject: string, created: boolean) =>
  `Entwurf von ${subject} ${created ? 'angelegt' : 'gespeichert'} – keine Veröffentlichung nötig`;

/**
 * Why an event started no live build, for the publishing history:
 * `draft`: a saved draft ("Entwurf von Kennzahl KLI-01 gespeichert – keine Veröffentlichung nötig");
 * `outside`: media-library and admin-only events ("Datei hochgeladen – ändert die Website nicht").
 */
export function noBuildInWords(body: string, kind: 'draft' | 'outside'): string {
  if (kind === 'outside') return `${eventInWords(body)} – ändert die Website nicht`;
  const parts = eventParts(body);
  return draftSavedInWords(parts?.subject ?? 'Eintrag', parts?.event === 'entry.create');
}
