// What the steward reads: problems with file, row, column and a hint; the
// dry run's changes per KPI; the totals.
import { formatImportValueDe as fmt, newComparisonSeriesDe, type ImportProblem } from '@sdd/shared-types';
import { totals, type KpiPlan } from '@sdd/shared-types/import';

const where = (p: ImportProblem) =>
  'row' in p.at
    ? `${p.at.file}, Zeile ${p.at.row}, Spalte ${p.at.column}${p.at.header ? ` („${p.at.header}“)` : ''}`
    : p.at.file;
const label = (period: string, series: string | null) => (series ? `${period} (${series})` : period);

export function formatProblems(problems: readonly ImportProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${where(p)}: ${p.message}\n      → ${p.hint}`);
  return [
    `${problems.length} ${problems.length === 1 ? 'Problem' : 'Probleme'} gefunden – es wurde nichts gespeichert:`,
    ...lines,
  ].join('\n');
}

export function formatPlan(plans: readonly KpiPlan[], skipped: number): string {
  const lines: string[] = [];
  for (const p of plans) {
    // Said per KPI: a draft-only (or unpublished) KPI gets the values in its draft and stays off the site.
    const draft = p.status === 'draft' ? ' [Entwurf – wird nicht veröffentlicht]' : '';
    if (p.created.length + p.changed.length === 0) {
      lines.push(`  ${p.code} ${p.name}${draft}: ${p.unchanged} unverändert`);
      continue;
    }
    lines.push(
      `  ${p.code} ${p.name}${draft}: ${p.created.length} neu, ${p.changed.length} geändert, ${p.unchanged} unverändert`,
    );
    for (const s of p.newComparisonSeries) lines.push(`      ◆ ${newComparisonSeriesDe(s)}`);
    for (const s of p.newSeries)
      lines.push(`      ! neue Reihe „${s}“ – bisher hat ${p.code} keine Reihe dieses Namens (Tippfehler?)`);
    for (const c of p.created) lines.push(`      + ${label(c.period, c.series)}: ${fmt(c.value)}`);
    for (const c of p.changed)
      lines.push(
        `      ~ ${label(c.period, c.series)}: ${c.from === c.to ? `${fmt(c.to)} (neue Anmerkung)` : `${fmt(c.from)} → ${fmt(c.to)}`}`,
      );
  }
  const t = totals(plans);
  lines.push(
    `Gesamt: ${t.kpis} Kennzahlen, ${t.created} neue Werte, ${t.changed} geänderte Werte, ${t.unchanged} unverändert${skipped ? `, ${skipped} leere Zellen übersprungen` : ''}.`,
  );
  return lines.join('\n');
}
