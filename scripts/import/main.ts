// `npm run import -- <file> [--apply]` and `npm run import -- template --year <YYYY>`.
// Dry run by default: reads the spreadsheet, validates everything against
// the CMS, prints what would change. --apply writes all of it or nothing.
// Zero configuration against the local system (npm start); otherwise CMS_URL
// and CMS_IMPORT_TOKEN. Exit codes: 0 done, 1 problems in the file, 2 usage,
// CMS unreachable or write refused.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR, type ImportMapping } from '@sdd/shared-types';
import { cmsUrl as cmsUrlSetting, optionalText, parseConfig } from '../cli-config.ts';
import { CmsError } from '../snapshot/cms-client.ts';
import { writeJsonAtomically } from '../snapshot/write-json-atomically.ts';
import { readAndCheck, SheetError, totals, withMapping, type ReadChoices } from '@sdd/shared-types/import';
import { applyImport, ImportWriteError, loadCatalogue } from './cms.ts';
import { readMapping, writeMappings } from './mapping.ts';
import { formatPlan, formatProblems } from './print.ts';
import { readFileBytes } from './sheet.ts';
import { writeTemplate } from './template.ts';
import { cmsStateDir, SYSTEM_STATE_DIR } from '../paths.ts';

// Relative paths are meant from where the steward ran npm, not from the repo root.
const fromCaller = (path: string) => resolve(process.env.SDD_CALLER_CWD ?? process.cwd(), path);
const USAGE = `Aufruf:
  npm run import -- <datei.xlsx|datei.csv> [--apply] [--mapping DATEI.json] [--kpi CODE] [--format long|wide|opensdg|genesis] [--sheet NAME]
                    [--encoding utf-8|windows-1252|utf-16le|utf-16be] [--delimiter ";"] [--decimal ,|.] [--report DATEI]
  npm run import -- template --year JJJJ [--out DATEI.xlsx] [--mappings ORDNER]`;

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        apply: { type: 'boolean', default: false },
        format: { type: 'string' },
        kpi: { type: 'string' },
        mapping: { type: 'string' },
        mappings: { type: 'string' },
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
const { values: cli, positionals } = parseCommandLine();

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function loadMapping(): ImportMapping {
  if (!cli.mapping) return {};
  try {
    return readMapping(fromCaller(cli.mapping));
  } catch (error) {
    fail((error as Error).message, 2);
  }
}
// A mapping supplies defaults; the command line overrides them.
const mapping = loadMapping();
// The command line's choices as the shared reader takes them; checked below before any use.
const choices = {
  kpi: cli.kpi,
  format: cli.format,
  sheet: cli.sheet,
  encoding: cli.encoding,
  delimiter: cli.delimiter,
  decimal: cli.decimal,
} as ReadChoices;
const opts = { ...cli, ...withMapping(choices, mapping) } as typeof cli;

/** The settings (environment and the choices of command line and mapping), checked before anything is read. */
const configSchema = z
  .object({
    '--format': z
      .enum(['long', 'wide', 'opensdg', 'genesis'], { error: '„long“, „wide“, „opensdg“ oder „genesis“' })
      .optional(),
    '--encoding': z
      .enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'], {
        error: '„utf-8“, „windows-1252“, „utf-16le“ oder „utf-16be“',
      })
      .optional(),
    '--decimal': z.enum([',', '.'], { error: '„,“ oder „.“' }).optional(),
    '--kpi': z.string().optional(),
    CMS_URL: cmsUrlSetting(),
    CMS_IMPORT_TOKEN: optionalText(),
  })
  .refine((c) => !(c['--kpi'] && (c['--format'] === 'long' || c['--format'] === 'wide')), {
    path: ['--kpi'],
    error: (issue) =>
      `--kpi und --format ${String((issue.input as { '--format'?: string })['--format'])} schließen sich aus: --kpi liest eine Datei ohne Code-Spalte`,
  });
const [target] = positionals;
if (!target) fail(USAGE, 2);
let config: z.infer<typeof configSchema>;
try {
  config = parseConfig('npm run import', configSchema, {
    ...process.env,
    '--format': opts.format,
    '--encoding': opts.encoding,
    '--decimal': opts.decimal,
    '--kpi': opts.kpi,
  });
} catch (error) {
  fail(`${(error as Error).message}.\n${USAGE}`, 2);
}
const cmsUrl = config.CMS_URL;
const tokenFile = join(cmsStateDir(), 'import-token');
const token = config.CMS_IMPORT_TOKEN ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined);

try {
  if (target === 'template') {
    const year = Number(opts.year);
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
      fail(`template braucht --year JJJJ, z. B. --year ${new Date().getFullYear()}.\n${USAGE}`, 2);
    const out = fromCaller(opts.out ?? `vorlage-kennzahlen-${year}.xlsx`);
    const kpis = [...(await loadCatalogue(cmsUrl, token)).values()];
    const rows = await writeTemplate(kpis, year, out);
    console.log(`Vorlage mit ${rows} Zeilen geschrieben: ${out}`);
    if (opts.mappings)
      console.log(
        `${writeMappings(kpis, fromCaller(opts.mappings))} Zuordnungen (eine je Kennzahl) geschrieben: ${fromCaller(opts.mappings)}`,
      );
    process.exit(0);
  }

  const started = new Date();
  const bytes = readFileBytes(fromCaller(target));
  const kpis = await loadCatalogue(cmsUrl, token);
  const { sheet, checked, plans } = await readAndCheck(basename(target), bytes, kpis, choices, mapping);
  if ('fatal' in checked) fail(formatProblems([checked.fatal]), 1);
  const { problems } = checked;
  const csvInfo =
    sheet.kind === 'csv'
      ? `, ${sheet.encoding}, Trennzeichen „${sheet.delimiter === '\t' ? 'Tab' : sheet.delimiter}“`
      : '';
  console.log(
    `${sheet.file}: ${checked.shape}${csvInfo}, Dezimalzeichen „${checked.decimal}“, ${checked.values.length} Werte in ${sheet.rows.length - 1} Zeilen.`,
  );
  const report = {
    file: fromCaller(target),
    shape: checked.shape,
    encoding: sheet.encoding ?? null,
    delimiter: sheet.delimiter ?? null,
    decimal: checked.decimal,
    cms: cmsUrl,
    mode: opts.apply ? 'apply' : 'dry-run',
    startedAt: started.toISOString(),
    problems,
    plan: plans,
    totals: totals(plans),
    result: null as unknown,
  };
  const reportFile = fromCaller(
    opts.report ??
      join(
        SYSTEM_STATE_DIR,
        'import-reports',
        `${started.toISOString().replace(/[:.]/g, '-')}-${basename(target)}.json`,
      ),
  );
  if (problems.length > 0) {
    writeJsonAtomically(reportFile, report);
    fail(`${formatProblems(problems)}\nBericht: ${reportFile}`, 1);
  }
  console.log(formatPlan(plans, checked.skipped));
  const t = totals(plans);
  if (!opts.apply) {
    writeJsonAtomically(reportFile, report);
    console.log(
      `Probelauf: nichts gespeichert. Übernehmen mit: npm run import -- ${[target, ...(cli.mapping ? ['--mapping', cli.mapping] : cli.kpi ? ['--kpi', cli.kpi] : [])].join(' ')} --apply\nBericht: ${reportFile}`,
    );
    process.exit(0);
  }
  if (t.created + t.changed === 0) {
    report.result = { kpis: t.kpis, created: 0, changed: 0, unchanged: t.unchanged, perKpi: [] };
    writeJsonAtomically(reportFile, report);
    console.log(`Nichts zu tun: alle ${t.unchanged} Werte sind schon so im CMS.\nBericht: ${reportFile}`);
    process.exit(0);
  }
  const changedCodes = new Set(plans.filter((p) => p.created.length + p.changed.length > 0).map((p) => p.code));
  const result = await applyImport(
    cmsUrl,
    token,
    checked.values.filter((v) => changedCodes.has(v.code)),
  );
  report.result = result;
  writeJsonAtomically(reportFile, report);
  const published = result.perKpi.filter((k) => k.status === 'published' && k.created + k.changed > 0).length;
  const drafts = result.perKpi
    .filter((k) => k.status === 'draft' && k.created + k.changed > 0)
    .map((k) => k.code)
    .sort();
  console.log(
    `Gespeichert: ${result.created} neue und ${result.changed} geänderte Werte in ${changedCodes.size} Kennzahlen.`,
  );
  if (published > 0) console.log(`Veröffentlicht in ${published} Kennzahlen; die Website wird einmal neu gebaut.`);
  if (drafts.length > 0)
    console.log(
      `Nur im Entwurf gespeichert, nicht veröffentlicht: ${drafts.join(', ')} (diese Kennzahlen sind nicht veröffentlicht; das bleibt so).`,
    );
  console.log(`Bericht: ${reportFile}`);
} catch (error) {
  if (error instanceof SheetError) fail(error.message, 1);
  if (error instanceof CmsError || error instanceof ImportWriteError) fail(error.message, 2);
  // Anything else (a file that cannot be written, say): the message, not a stack trace.
  fail(`Fehler: ${(error as Error).message}`, 2);
}
