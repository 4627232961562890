// A validation problem found in editor input, and how it reaches the admin
// and the API: as Strapi's ValidationError with one entry per field, so the
// admin marks the field and the API answers 400 with the path. The overall
// message names the fields in words, never as dotted paths.
import { errors } from '@strapi/utils';

export interface FieldProblem {
  /** Attribute path, e.g. ["observations", "2", "period"]. */
  path: string[];
  /** German message for editors: what is wrong and what to do. */
  message: string;
}

export function throwIfProblems(
  entity: string,
  problems: readonly FieldProblem[],
  inWords: (path: readonly string[]) => string = (p) => p.join(', '),
): void {
  if (problems.length === 0) return;
  const summary = problems.map((p) => `${inWords(p.path)}: ${p.message}`).join(' · ');
  throw new errors.ValidationError(`${entity} – ${summary}`, {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError' })),
  });
}
