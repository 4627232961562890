// Published content the site cannot take, as editors need to hear it: which
// entry (type, name, key, documentId for the link), which field in the words
// of its form, what is wrong and what to do — in German. The snapshot's zod
// issues name paths like ["pages", 3, "slug"]; this maps them back onto the
// CMS's types, fields and entries.
import {
  EDITOR_LABELS_DE,
  contentTypeNameDe,
  pluginUid,
  UID,
  type BuildProblem,
  type ProblemEntry,
} from '@sdd/shared-types';
import type { z } from 'zod';
import type { SnapshotInvalidError, SourceEntries } from '../snapshot/take-snapshot.ts';

type Item = Record<string, unknown>;

/** Snapshot collection → the CMS type (singular name) and the field that keys its entries. */
const COLLECTIONS: Record<string, { type: string; key: string | null; name: (e: Item) => string }> = {
  sdgs: { type: 'sdg', key: 'number', name: (e) => `SDG ${String(e.number)} – ${String(e.titleDe ?? '')}` },
  actionDimensions: { type: 'action-dimension', key: 'slug', name: (e) => String(e.name ?? e.slug) },
  actionFields: { type: 'action-field', key: 'slug', name: (e) => String(e.name ?? e.slug) },
  kpis: { type: 'kpi', key: 'code', name: (e) => `${String(e.code)} – ${String(e.name ?? '')}` },
  tiles: { type: 'tile', key: 'slug', name: (e) => String(e.title ?? e.slug) },
  bodies: { type: 'body', key: 'slug', name: (e) => String(e.name ?? e.slug) },
  meetings: { type: 'meeting', key: 'slug', name: (e) => String(e.title ?? e.slug) },
  pages: { type: 'page', key: 'slug', name: (e) => String(e.title ?? e.slug) },
  settings: { type: 'site-setting', key: null, name: () => 'Website-Einstellungen' },
};

/** Snapshot fields named differently in the CMS. */
const CMS_FIELD: Record<string, Record<string, string>> = { [UID.meeting]: { status: 'meetingStatus' } };

/** Fields that hold components: their items' fields are labelled by the component. */
const COMPONENTS: Record<string, Record<string, string>> = {
  [UID.kpi]: {
    observations: 'smart-data.observation',
    target: 'smart-data.kpi-target',
    sdgs: 'smart-data.sdg-assignment',
  },
  [UID.meeting]: { agendaItems: 'smart-data.agenda-item' },
  [UID.siteSetting]: { footerLinks: 'smart-data.link' },
};

/** Keys that name an item of a list in words better than its position. */
const ITEM_KEYS = ['period', 'number', 'code', 'slug', 'label'];

const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);
const quoted = (v: unknown) => `„${String(v)}“`;

function itemInWords(value: unknown, index: number): string {
  if (typeof value === 'string' || typeof value === 'number') return quoted(value);
  const key = isItem(value)
    ? ITEM_KEYS.map((k) => value[k]).find((v) => typeof v === 'string' || typeof v === 'number')
    : undefined;
  return key === undefined ? `Eintrag ${index + 1}` : quoted(key);
}

/** ["observations", 2, "period"] of a KPI → "Werte („2023“), Zeitraum". */
export function snapshotFieldInWords(uid: string, path: readonly (string | number)[], entry: unknown): string | null {
  const words: string[] = [];
  let owner = uid;
  let node: unknown = entry;
  for (const part of path) {
    node = isItem(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[part] : undefined;
    if (typeof part === 'number') {
      if (words.length > 0) words[words.length - 1] += ` (${itemInWords(node, part)})`;
      continue;
    }
    const field = CMS_FIELD[owner]?.[part] ?? part;
    words.push(EDITOR_LABELS_DE[owner]?.[field]?.[0] ?? part);
    owner = COMPONENTS[owner]?.[field] ?? owner;
  }
  return words.length > 0 ? words.join(', ') : null;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, part) =>
      isItem(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[part] : undefined,
    data,
  );
}

/** zod's own issue kinds in German; the content rules' messages (code "custom") are German already. */
function messageDe(issue: z.core.$ZodIssue, value: unknown): string {
  const shown =
    value === undefined || value === null || value === ''
      ? 'leer'
      : quoted(typeof value === 'object' ? JSON.stringify(value) : value);
  switch (issue.code) {
    case 'custom':
      return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
    case 'invalid_type':
      return value === undefined || value === null
        ? 'Das Feld ist leer, muss aber ausgefüllt sein'
        : `${shown} ist hier nicht die erwartete Art von Angabe`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'Der Text ist leer oder zu kurz'
        : `${shown} ist zu klein: mindestens ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? 'Der Text ist zu lang'
        : `${shown} ist zu groß: höchstens ${String(issue.maximum)}`;
    case 'invalid_value':
      return `${shown} ist keine der erlaubten Auswahlen`;
    default:
      return `${shown} hat nicht das erwartete Format`;
  }
}

function entryOf(
  collection: string,
  index: number | null,
  candidate: unknown,
  sources: SourceEntries,
): { entry: ProblemEntry; item: unknown } | null {
  const info = COLLECTIONS[collection];
  if (!info) return null;
  const item = index === null ? valueAt(candidate, [collection]) : valueAt(candidate, [collection, index]);
  const source = sources[collection]?.[index ?? 0];
  const keyValue = info.key && isItem(item) ? item[info.key] : undefined;
  const documentId = source && typeof source.documentId === 'string' ? source.documentId : null;
  return {
    item,
    entry: {
      uid: pluginUid(info.type),
      typeName: contentTypeNameDe(info.type) ?? info.type,
      key: info.key && keyValue !== undefined ? { field: info.key, value: String(keyValue) } : null,
      name: isItem(item) ? info.name(item) : info.name({}),
      documentId,
    },
  };
}

const UNCHANGED = 'Bis dahin bleibt die bisherige Fassung der Website online.';

/** One problem per snapshot issue, located in the CMS's terms. */
export function contentProblems(error: SnapshotInvalidError): BuildProblem[] {
  return error.issues.issues.map((issue): BuildProblem => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const [collection, second] = path;
    const indexed = typeof second === 'number';
    const located =
      typeof collection === 'string'
        ? entryOf(collection, indexed ? second : null, error.candidate, error.sources)
        : null;
    const message = messageDe(issue, valueAt(error.candidate, path));
    if (!located)
      return {
        kind: 'content',
        entry: null,
        field: null,
        message,
        remedy: `Die technische Betreuung verständigen. ${UNCHANGED}`,
      };
    const { entry, item } = located;
    const field = snapshotFieldInWords(entry.uid, path.slice(indexed ? 2 : 1), item);
    const what = field ? `„${field}“ korrigieren` : 'den Eintrag korrigieren';
    return {
      kind: 'content',
      entry,
      field,
      message,
      remedy: `${entry.typeName} „${entry.name}“ öffnen, ${what} und erneut veröffentlichen – oder die Veröffentlichung des Eintrags aufheben. ${UNCHANGED}`,
    };
  });
}
