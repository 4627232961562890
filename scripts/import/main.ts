// `npm run import -- <file> [--apply]` and `npm run import -- template --year <YYYY>`.
// Dry run by default: reads the spreadsheet, validates everything against
// the CMS, prints what would change. --apply writes all of it or nothing.
// Zero configuration against the local system (npm start); otherwise CMS_URL
// and CMS_IMPORT_TOKEN. Exit codes: 0 done, 1 problems in the file, 2 usage,
// CMS unreachable or write refused.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CmsError } from '../snapshot/cms-client.ts';
import { writeJsonAtomically } from '../snapshot/write-json-atomically.ts';
import { applyImport, ImportWriteError, loadKpis } from './cms.ts';
import { checkAgainstCatalogue } from './check-catalogue.ts';
import { extractValues } from './extract.ts';
import { detectLayout } from './layout.ts';
import { planImport, totals } from './plan.ts';
import { formatPlan, formatProblems, progress } from './print.ts';
import { readSheet, SheetError } from './sheet.ts';
import { writeTemplate } from './template.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
// Relative paths are meant from where the steward ran npm, not from the repo root.
const fromCaller = (path: string) => resolve(process.env.SDD_CALLER_CWD ?? process.cwd(), path);
const USAGE = `Aufruf:
  npm run import -- <datei.xlsx|datei.csv> [--apply] [--format long|wide] [--sheet NAME]
                    [--encoding utf-8|windows-1252] [--delimiter ";"] [--decimal ,|.] [--report DATEI]
  npm run import -- template --year JJJJ [--out DATEI.xlsx]`;

function parseCommandLine() {
  try {
    return parseArgs({
  allowPositionals: true,
  options: {
    apply: { type: 'boolean', default: false },
    format: { type: 'string' },
    sheet: { type: 'string' },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    decimal: { type: 'string' },
    report: { type: 'string' },
    year: { type: 'string' },
    out: { type: 'string' },
  },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const { values: opts, positionals } = parseCommandLine();

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
const tokenFile = resolve(ROOT, 'cms', process.env.SDD_STATE_DIR ?? '.data', 'import-token');
const token = process.env.CMS_IMPORT_TOKEN ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined);
const [target] = positionals;
if (!target) fail(USAGE, 2);
if (opts.format && !['long', 'wide'].includes(opts.format)) fail(`--format must be "long" or "wide".\n${USAGE}`, 2);
if (opts.encoding && !['utf-8', 'windows-1252'].includes(opts.encoding)) fail(`--encoding must be "utf-8" or "windows-1252".\n${USAGE}`, 2);
if (opts.decimal && ![',', '.'].includes(opts.decimal)) fail(`--decimal must be "," or ".".\n${USAGE}`, 2);

try {
  if (target === 'template') {
    const year = Number(opts.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2100) fail(`template braucht --year JJJJ, z. B. --year ${new Date().getFullYear()}.\n${USAGE}`, 2);
    const out = fromCaller(opts.out ?? `vorlage-kennzahlen-${year}.xlsx`);
    const rows = await writeTemplate([...(await loadKpis(cmsUrl, token)).values()], year, out);
    console.log(`Vorlage mit ${rows} Zeilen geschrieben: ${out}`);
    process.exit(0);
  }

  const started = new Date();
  const sheet = await readSheet(fromCaller(target), { sheet: opts.sheet, encoding: opts.encoding as never, delimiter: opts.delimiter });
  const header = sheet.rows[0];
  if (!header) fail(`${sheet.file}: die Datei ist leer.`, 1);
  const detected = detectLayout(header.cells, opts.format as 'long' | 'wide' | undefined);
  if ('problem' in detected) fail(`${sheet.file}, Zeile 1: ${detected.problem}.\n  → ${detected.hint}`, 1);
  const { layout } = detected;
  const bar = progress('Werte prüfen', sheet.rows.length);
  const extracted = extractValues(sheet, layout, { decimal: opts.decimal as ',' | '.' | undefined });
  bar.tick(sheet.rows.length / 2);
  const kpis = await loadKpis(cmsUrl, token);
  const problems = [...extracted.problems, ...checkAgainstCatalogue(extracted.values, kpis)].sort((a, b) => ('row' in a.at ? a.at.row : 0) - ('row' in b.at ? b.at.row : 0));
  bar.done();
  const csvInfo = sheet.kind === 'csv' ? `, ${sheet.encoding}, Trennzeichen „${sheet.delimiter === '\t' ? 'Tab' : sheet.delimiter}“` : '';
  console.log(`${sheet.file}: ${layout.format === 'long' ? 'Langformat' : 'Breitformat'}${csvInfo}, Dezimalzeichen „${extracted.decimal}“, ${extracted.values.length} Werte in ${sheet.rows.length - 1} Zeilen.`);
  const plans = problems.length === 0 ? planImport(extracted.values, kpis) : [];
  const report = {
    file: fromCaller(target), format: layout.format, encoding: sheet.encoding ?? null, delimiter: sheet.delimiter ?? null, decimal: extracted.decimal,
    cms: cmsUrl, mode: opts.apply ? 'apply' : 'dry-run', startedAt: started.toISOString(), problems, plan: plans, totals: totals(plans), result: null as unknown,
  };
  const reportFile = fromCaller(opts.report ?? join(ROOT, '.data', 'import-reports', `${started.toISOString().replace(/[:.]/g, '-')}-${basename(target)}.json`));
  if (problems.length > 0) {
    writeJsonAtomically(reportFile, report);
    fail(`${formatProblems(problems)}\nBericht: ${reportFile}`, 1);
  }
  console.log(formatPlan(plans, extracted.skipped));
  const t = totals(plans);
  if (!opts.apply) {
    writeJsonAtomically(reportFile, report);
    console.log(`Probelauf: nichts gespeichert. Übernehmen mit: npm run import -- ${target} --apply\nBericht: ${reportFile}`);
    process.exit(0);
  }
  if (t.created + t.changed === 0) {
    report.result = { kpis: t.kpis, created: 0, changed: 0, unchanged: t.unchanged };
    writeJsonAtomically(reportFile, report);
    console.log(`Nichts zu tun: alle Werte sind schon im CMS.\nBericht: ${reportFile}`);
    process.exit(0);
  }
  const changedCodes = new Set(plans.filter((p) => p.created.length + p.changed.length > 0).map((p) => p.code));
  const result = await applyImport(cmsUrl, token, extracted.values.filter((v) => changedCodes.has(v.code)));
  report.result = result;
  writeJsonAtomically(reportFile, report);
  console.log(`Gespeichert und veröffentlicht: ${result.created} neue und ${result.changed} geänderte Werte in ${changedCodes.size} Kennzahlen. Die Website wird einmal neu gebaut.\nBericht: ${reportFile}`);
} catch (error) {
  if (error instanceof SheetError) fail(error.message, 1);
  if (error instanceof CmsError || error instanceof ImportWriteError) fail(error.message, 2);
  // Anything else (a file that cannot be written, say): the message, not a stack trace.
  fail(`Fehler: ${(error as Error).message}`, 2);
}
