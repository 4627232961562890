// The fingerprint of a dry run: the file's bytes, the choices it was read
// with, and the plan (per KPI: status, new, changed, unchanged values, new
// series, new comparison series). The admin page sends it back with the apply; the server computes
// it again from the file and the CMS's values inside the write's transaction
// and refuses on any difference — so an editor's change to those values, a
// KPI published or unpublished meanwhile, or another file, never gets
// written under a dry run that showed something else.
import { createHash } from 'node:crypto';
import type { KpiPlan } from '@sdd/shared-types';

export function fileDigest(bytes: Uint8Array, choices: unknown, mappingText: string | undefined): string {
  return createHash('sha256')
    .update(bytes)
    .update('\0')
    .update(JSON.stringify(choices))
    .update('\0')
    .update(mappingText ?? '')
    .digest('hex');
}

export function planFingerprint(file: string, plans: readonly KpiPlan[]): string {
  // The name is left out: renaming a KPI changes no value.
  const essence = plans.map(({ code, status, created, changed, unchanged, newSeries, newComparisonSeries }) => ({
    code,
    status,
    created,
    changed,
    unchanged,
    newSeries,
    newComparisonSeries,
  }));
  return createHash('sha256').update(file).update('\0').update(JSON.stringify(essence)).digest('hex');
}
