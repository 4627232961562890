// The dry run as the steward reads it: how the file was read, then either
// the problems (file, row, column, what to do) or per KPI what would change
// (old → new), new series, and whether the values reach the public website
// or stay in the KPI's draft. Plain tables with captions and header cells,
// so screen readers announce each value with its period and series.
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import {
  formatImportValueDe as fmt,
  newComparisonSeriesDe,
  type AdminImportDryRun,
  type KpiPlan,
} from '@sdd/shared-types';

/** More rows than this per KPI are counted, not listed (a 10,000-value file stays a usable page). */
const MAX_ROWS = 200;

const cell = {
  padding: '0.5rem 0.75rem',
  borderBottom: '1px solid #dcdce4',
  textAlign: 'left' as const,
  verticalAlign: 'top' as const,
};
const head = { ...cell, background: '#f6f6f9', fontWeight: 600 };
const tableStyle = { borderCollapse: 'collapse' as const, width: '100%', fontSize: '1.4rem' };

function Caption({ children }: { children: React.ReactNode }) {
  return (
    <caption style={{ textAlign: 'left', fontWeight: 600, fontSize: '1.6rem', padding: '0 0 0.5rem' }}>
      {children}
    </caption>
  );
}

export function Problems({ report }: { report: AdminImportDryRun }) {
  const n = report.problems.length;
  return (
    <Box background="neutral0" padding={5} hasRadius shadow="tableShadow" style={{ overflowX: 'auto' }}>
      <table style={tableStyle}>
        <Caption>
          {n === 1 ? '1 Problem' : `${n} Probleme`} in „{report.file}“ – es wurde nichts gespeichert
        </Caption>
        <thead>
          <tr>
            <th scope="col" style={head}>
              Zeile
            </th>
            <th scope="col" style={head}>
              Spalte
            </th>
            <th scope="col" style={head}>
              Problem
            </th>
            <th scope="col" style={head}>
              Was tun
            </th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((p, i) => (
            <tr key={i}>
              <td style={cell}>{'row' in p.at ? p.at.row : '–'}</td>
              <td style={cell}>
                {'row' in p.at ? `${p.at.column}${p.at.header ? ` („${p.at.header}“)` : ''}` : 'ganze Datei'}
              </td>
              <td style={{ ...cell, color: '#b72b1a' }}>{p.message}</td>
              <td style={cell}>{p.hint}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}

type Row = { kind: 'neu' | 'geändert'; period: string; series: string | null; from: number | null; to: number };

const rowsOf = (plan: KpiPlan): Row[] => [
  ...plan.created.map((c) => ({ kind: 'neu' as const, period: c.period, series: c.series, from: null, to: c.value })),
  ...plan.changed.map((c) => ({
    kind: 'geändert' as const,
    period: c.period,
    series: c.series,
    from: c.from,
    to: c.to,
  })),
];

function StatusBadge({ plan }: { plan: KpiPlan }) {
  return plan.status === 'published' ? (
    <Badge variant="success">veröffentlicht – die Website zeigt die neuen Werte</Badge>
  ) : (
    <Badge variant="secondary">bleibt Entwurf – wird nicht veröffentlicht</Badge>
  );
}

function KpiChanges({ plan }: { plan: KpiPlan }) {
  const rows = rowsOf(plan);
  const title = `${plan.code} – ${plan.name}`;
  return (
    <Box background="neutral0" padding={5} hasRadius shadow="tableShadow" style={{ overflowX: 'auto' }}>
      <Flex direction="column" alignItems="flex-start" gap={2}>
        <Typography variant="delta" tag="h3">
          {title}
        </Typography>
        <StatusBadge plan={plan} />
        <Typography>
          {plan.created.length} neu, {plan.changed.length} geändert, {plan.unchanged} unverändert
        </Typography>
        {plan.status === 'draft' && rows.length > 0 && (
          <Typography textColor="neutral600">
            Diese Kennzahl ist nicht veröffentlicht: die Werte werden nur in ihren Entwurf geschrieben und erscheinen
            erst, wenn die Redaktion sie veröffentlicht.
          </Typography>
        )}
        {plan.newComparisonSeries.map((s) => (
          <Typography key={`v-${s}`} textColor="primary700">
            {newComparisonSeriesDe(s)}.
          </Typography>
        ))}
        {plan.newSeries.map((s) => (
          <Typography key={s} textColor="warning700">
            Neue Reihe „{s}“ – bisher hat {plan.code} keine Reihe dieses Namens (Tippfehler?).
          </Typography>
        ))}
        {rows.length > 0 && (
          <table style={tableStyle}>
            <Caption>Änderungen an {title}</Caption>
            <thead>
              <tr>
                <th scope="col" style={head}>
                  Zeitraum
                </th>
                <th scope="col" style={head}>
                  Reihe
                </th>
                <th scope="col" style={head}>
                  Bisher
                </th>
                <th scope="col" style={head}>
                  Neu
                </th>
                <th scope="col" style={head}>
                  Art
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, MAX_ROWS).map((r) => (
                <tr key={`${r.period}|${r.series ?? ''}`}>
                  <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                    {r.period}
                  </th>
                  <td style={cell}>{r.series ?? 'Hauptreihe'}</td>
                  <td style={cell}>{r.kind === 'neu' ? '–' : fmt(r.from)}</td>
                  <td style={{ ...cell, fontWeight: 600 }}>
                    {fmt(r.to)}
                    {r.kind === 'geändert' && r.from === r.to ? ' (neue Anmerkung)' : ''}
                  </td>
                  <td style={cell}>{r.kind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {rows.length > MAX_ROWS && (
          <Typography>… und {rows.length - MAX_ROWS} weitere Änderungen (alle werden übernommen).</Typography>
        )}
      </Flex>
    </Box>
  );
}

export function Plan({ report }: { report: AdminImportDryRun }) {
  const t = report.totals;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box aria-live="polite">
        <Typography variant="delta" tag="h2">
          Probelauf: {t.kpis} {t.kpis === 1 ? 'Kennzahl' : 'Kennzahlen'}, {t.created} neue Werte, {t.changed} geänderte
          Werte, {t.unchanged} unverändert
          {report.skipped ? `, ${report.skipped} leere Zellen übersprungen` : ''}
        </Typography>
        <Typography textColor="neutral600">
          Noch ist nichts gespeichert.
          {t.drafts > 0 ? ` ${t.drafts} ${t.drafts === 1 ? 'Kennzahl bleibt' : 'Kennzahlen bleiben'} Entwurf.` : ''}
        </Typography>
      </Box>
      {report.plans.map((p) => (
        <KpiChanges key={p.code} plan={p} />
      ))}
    </Flex>
  );
}

/**
 * How the file was read, e.g. "eine Kennzahl (ENE-01), Zeiträume als Zeilen …, windows-1252, Trennzeichen „;“,
 * Dezimalzeichen „,“, 12 Werte".
 */
export function ReadAs({ report }: { report: AdminImportDryRun }) {
  if (!report.shape) return null;
  const csv = report.encoding
    ? `, ${report.encoding}, Trennzeichen „${report.delimiter === '\t' ? 'Tab' : report.delimiter}“`
    : '';
  return (
    <Typography>
      Gelesen als: {report.shape}
      {csv}, Dezimalzeichen „{report.decimal}“, {report.values} Werte.
    </Typography>
  );
}
