// A Strapi webhook event in words for the publishing history in the admin:
// {"event":"entry.publish","uid":"plugin::smart-data.kpi","entry":{"code":"KLI-01"}}
// → "Kennzahl KLI-01 veröffentlicht". Unknown types and events stay readable.

const TYPES: Record<string, { name: string; key: readonly string[] }> = {
  kpi: { name: 'Kennzahl', key: ['code', 'name'] },
  tile: { name: 'Kachel', key: ['title', 'slug'] },
  meeting: { name: 'Sitzung', key: ['title', 'slug'] },
  body: { name: 'Gremium', key: ['name', 'slug'] },
  page: { name: 'Seite', key: ['title', 'slug'] },
  sdg: { name: 'SDG', key: ['number'] },
  'action-dimension': { name: 'Handlungsdimension', key: ['name', 'slug'] },
  'action-field': { name: 'Handlungsfeld', key: ['name', 'slug'] },
  'site-setting': { name: 'Website-Einstellungen', key: [] },
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

export function eventInWords(body: string): string {
  let payload: Payload;
  try {
    payload = JSON.parse(body) as Payload;
  } catch {
    return 'Änderung im CMS';
  }
  const event = name(payload.event);
  const what = EVENTS[event] ?? (event || 'geändert');
  if (event.startsWith('media.')) return `Datei ${what}`;
  const uid = name(payload.uid) || name(payload.model);
  const type = TYPES[uid.split('.').pop() ?? ''];
  if (!type) return `Eintrag ${uid ? `(${uid}) ` : ''}${what}`.trim();
  const keyField = type.key.find((k) => payload.entry?.[k] !== undefined && payload.entry[k] !== null && payload.entry[k] !== '');
  const key = keyField === undefined ? '' : keyField === 'code' || keyField === 'number' ? ` ${bounded(String(payload.entry![keyField]))}` : ` ${quoted(payload.entry![keyField])}`;
  return `${type.name}${key} ${what}`;
}
