// Problems only the CMS's KPI catalogue can reveal: codes that do not exist
// and units that do not match the KPI's unit.
import type { CellRef, ImportProblem, Kpi } from '../index.ts';
import type { LocatedValue } from './extract.ts';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const cellKey = (c: CellRef) => `${c.row}|${c.column}`;

/** The KPI codes nearest to `code` (typos), at most three. */
export function nearCodes(code: string, codes: readonly string[]): string[] {
  return codes
    .map((c) => ({ c, d: distance(c, code) }))
    .sort((x, y) => x.d - y.d)
    .filter((x) => x.d <= 2)
    .slice(0, 3)
    .map((x) => x.c);
}

export function unknownCodeHint(code: string, codes: readonly string[]): string {
  const near = nearCodes(code, codes);
  return near.length
    ? `Meinten Sie ${near.map((c) => `„${c}“`).join(' oder ')}?`
    : 'Die gültigen Codes stehen in der Vorlage (npm run import -- template --year <JJJJ>) und im CMS.';
}

export const sameUnit = (a: string, b: string) =>
  a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

export function checkAgainstCatalogue(
  values: readonly LocatedValue[],
  kpis: ReadonlyMap<string, Pick<Kpi, 'code' | 'name' | 'unit'>>,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const codes = [...kpis.keys()];
  const reported = new Set<string>(); // one message per code or unit cell, not per value
  for (const v of values) {
    const kpi = kpis.get(v.code);
    if (!kpi) {
      if (reported.has(cellKey(v.codeAt))) continue;
      reported.add(cellKey(v.codeAt));
      problems.push({
        at: v.codeAt,
        message: `unbekannter Kennzahl-Code „${v.code}“`,
        hint: unknownCodeHint(v.code, codes),
      });
    } else if (v.unit !== null && !sameUnit(v.unit, kpi.unit)) {
      const unitAt = v.unitAt ?? v.at;
      if (reported.has(cellKey(unitAt))) continue;
      reported.add(cellKey(unitAt));
      problems.push({
        at: v.unitAt ?? v.at,
        message: `Einheit „${v.unit}“ passt nicht zu ${kpi.code} (${kpi.name}), die in „${kpi.unit}“ geführt wird`,
        hint: `Den Wert in „${kpi.unit}“ umrechnen und die Einheit anpassen – oder die Einheit der Kennzahl im CMS ändern.`,
      });
    }
  }
  return problems;
}
