// Turns zod issues into messages a person can act on: which entry (by its
// slug, code or number), which field, what is wrong.
import type { z } from 'zod';

/** One validation problem, located. */
export interface ContentProblem {
  /** Machine path, e.g. ["tiles", 3, "kpis", 1]. */
  path: (string | number)[];
  /** Human location, e.g. 'tiles[3] (slug "co2-bilanz") → kpis[1]'. */
  where: string;
  /** What is wrong. */
  message: string;
}

const KEY_FIELDS = ['code', 'slug', 'number', 'period'] as const;

function entryLabel(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const record = value as Record<string, unknown>;
  for (const key of KEY_FIELDS) {
    const v = record[key];
    if (typeof v === 'string' || typeof v === 'number') return ` (${key} "${v}")`;
  }
  return '';
}

/** Describes where each issue is, naming entries by their keys found in `data`. */
export function describeIssues(error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    let node: unknown = data;
    let where = '';
    for (const part of path) {
      node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[part] : undefined;
      if (typeof part === 'number') where += `[${part}]${entryLabel(node)}`;
      else where += where === '' ? part : ` → ${part}`;
    }
    return { path, where: where || '(top level)', message: issue.message };
  });
}

/** A multi-line report: a heading, then one line per problem. */
export function formatProblems(heading: string, problems: readonly ContentProblem[]): string {
  return [
    `${heading}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    ...problems.map((p) => `  - ${p.where}: ${p.message}`),
  ].join('\n');
}
