// Whether a write leaves a to-one relation empty. The admin sends
// `{ connect, disconnect }` (or `set`), the document service also takes a
// documentId or null; an update that does not mention the relation keeps it.
type RelationInput = { connect?: unknown[]; disconnect?: unknown[]; set?: unknown[] };

export function leavesRelationEmpty(value: unknown, isCreate: boolean): boolean {
  if (value === undefined) return isCreate;
  if (value === null || value === '') return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length === 0;
  const input = value as RelationInput & { documentId?: unknown; id?: unknown };
  if (input.documentId !== undefined || input.id !== undefined) return false;
  if (Array.isArray(input.set)) return input.set.length === 0;
  if (Array.isArray(input.connect) && input.connect.length > 0) return false;
  return isCreate || (Array.isArray(input.disconnect) && input.disconnect.length > 0);
}
