// A field path in words, as the editor sees the form: ["observations", "2",
// "period"] of a KPI → "Werte, Eintrag 3, Zeitraum". Used where a message
// names a field outside the field itself (the notice at the top of the form,
// the API's message), never a dotted path.
import { EDITOR_LABELS_DE } from '@sdd/shared-types';

type Attribute = { type?: string; component?: string };
type Schemas = Record<string, { attributes: Record<string, Attribute> } | undefined>;

export function fieldInWords(schemas: Schemas, uid: string, path: readonly string[]): string {
  const words: string[] = [];
  let owner = uid;
  for (const part of path) {
    if (/^\d+$/.test(part)) {
      words.push(`Eintrag ${Number(part) + 1}`);
      continue;
    }
    words.push(EDITOR_LABELS_DE[owner]?.[part]?.[0] ?? part);
    const attribute = schemas[owner]?.attributes[part];
    if (attribute?.type === 'component' && attribute.component) owner = attribute.component;
  }
  return words.join(', ');
}
