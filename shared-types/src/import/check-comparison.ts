// Comparison marks of a file against the KPIs they name: the shared rule
// (comparisonChanges) per KPI, its conflicts located at the cell that made
// the mark, so the steward sees row and column of what to change.
import { comparisonChanges, type ImportCatalogueKpi, type ImportProblem } from '../index.ts';
import type { LocatedValue } from './extract.ts';

export function checkComparisonMarks(
  values: readonly LocatedValue[],
  kpis: ReadonlyMap<string, Pick<ImportCatalogueKpi, 'code' | 'observations' | 'comparisonSeries'>>,
): ImportProblem[] {
  const byCode = new Map<string, LocatedValue[]>();
  for (const v of values) {
    if (!kpis.has(v.code)) continue;
    const list = byCode.get(v.code);
    if (list) list.push(v);
    else byCode.set(v.code, [v]);
  }
  const problems: ImportProblem[] = [];
  for (const [code, incoming] of byCode) {
    if (!incoming.some((v) => v.comparison !== undefined)) continue;
    for (const c of comparisonChanges(kpis.get(code)!, incoming).conflicts) {
      const v = incoming[c.index]!;
      problems.push({ at: v.comparisonAt ?? v.at, message: `${code}: ${c.message}`, hint: c.hint });
    }
  }
  return problems;
}
