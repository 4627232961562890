// Mapping files on disk: reading one for `--mapping` (parsed by the shared
// reader, as the admin page's uploads), and writing one per KPI for the
// template command.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ImportMapping } from '@sdd/shared-types';
import { parseMapping, SheetError } from '@sdd/shared-types/import';
import { writeJsonAtomically } from '../snapshot/write-json-atomically.ts';
import type { CatalogueKpi } from './cms.ts';

export function readMapping(path: string): ImportMapping {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SheetError(
      `${basename(path)}: die Zuordnung kann nicht gelesen werden (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n  → Pfad und Rechte prüfen.`,
    );
  }
  return parseMapping(basename(path), text);
}

/** One mapping per KPI, naming its KPI and its series, for stewards to adapt to their source files. */
export function writeMappings(kpis: readonly CatalogueKpi[], dir: string): number {
  mkdirSync(dir, { recursive: true });
  for (const kpi of kpis) {
    const series = [...new Set(kpi.observations.map((o) => o.series).filter((s): s is string => s !== null))].sort();
    const mapping: ImportMapping = {
      description: `${kpi.code} ${kpi.name} (${kpi.unit}): Zuordnung für die Datei dieser Kennzahl. Reihen: Name in der Datei → Name im CMS.`,
      kpi: kpi.code,
      series: Object.fromEntries(series.map((s) => [s, s])),
    };
    writeJsonAtomically(join(dir, `${kpi.code}.json`), mapping);
  }
  return kpis.length;
}
