// Reading and checking one sheet against the KPI catalogue: the whole of
// what the dry run knows before it compares values. Layout (code column,
// long or wide; or one KPI by --kpi), values, the catalogue's codes and
// units, and the shared import rules the CMS applies again on the write.
import {
  checkImportValues,
  MAX_IMPORT_VALUES,
  type DecimalMark,
  type ImportCatalogueKpi,
  type ImportMapping,
  type ImportProblem,
} from '../index.ts';
import { checkAgainstCatalogue, unknownCodeHint } from './check-catalogue.ts';
import { checkComparisonMarks } from './check-comparison.ts';
import { detectEcosystemFormat, extractEcosystem, FORMAT_LABEL, type EcosystemFormat } from './ecosystem-formats.ts';
import { extractValues, type Extracted } from './extract.ts';
import { detectLayout } from './layout.ts';
import { applyToValues } from './mapping.ts';
import type { Sheet } from './sheet.ts';
import { extractSingleKpi, type Orientation } from './single-kpi.ts';

export type Catalogue = ReadonlyMap<
  string,
  Pick<ImportCatalogueKpi, 'code' | 'name' | 'unit' | 'periodicity' | 'observations' | 'comparisonSeries'>
>;

export interface CheckOptions {
  /** The file holds one KPI, without a code column. */
  kpi?: string;
  /** Forced layout; otherwise detected from the header. */
  format?: 'long' | 'wide' | EcosystemFormat;
  orientation?: Orientation;
  decimal?: DecimalMark;
  now?: Date;
  /** Most values read before "zu viele Werte" (MAX_IMPORT_VALUES; smaller in tests). */
  maxValues?: number;
  /** A mapping's series names (file → CMS), applied before any check. */
  series?: ImportMapping['series'];
  /** A mapping's comparison series (CMS names). */
  comparison?: ImportMapping['comparison'];
}

export interface CheckedFile extends Extracted {
  /** How the file was read, for the steward ("Langformat", "eine Kennzahl, Zeiträume als Zeilen"). */
  shape: string;
}

/** A file that cannot be read at all: one message, no values. */
export type Unreadable = { fatal: ImportProblem };

const byPosition = (a: ImportProblem, b: ImportProblem) =>
  ('row' in a.at ? a.at.row : 0) - ('row' in b.at ? b.at.row : 0) ||
  ('row' in a.at && 'row' in b.at
    ? a.at.column.length - b.at.column.length || a.at.column.localeCompare(b.at.column)
    : 0);

export function checkFile(sheet: Sheet, catalogue: Catalogue, options: CheckOptions = {}): CheckedFile | Unreadable {
  const header = sheet.rows[0];
  if (!header)
    return {
      fatal: {
        at: { file: sheet.file },
        message: 'die Datei ist leer',
        hint: 'Eine Datei mit Kopfzeile und Werten wählen (Vorlage: npm run import -- template --year <JJJJ>).',
      },
    };
  let extracted: Extracted;
  let shape: string;
  const ecosystem =
    options.format === 'opensdg' || options.format === 'genesis'
      ? options.format
      : options.format
        ? undefined
        : detectEcosystemFormat(header.cells);
  if (ecosystem && options.kpi === undefined) {
    return {
      fatal: {
        at: { file: sheet.file },
        message: `Zeile 1: ${FORMAT_LABEL[ecosystem]} erkannt – sie nennt keinen Kennzahl-Code dieses Dashboards`,
        hint: 'Den Code der Kennzahl angeben, zu der die Werte gehören: npm run import -- <Datei> --kpi CODE',
      },
    };
  }
  if (options.kpi !== undefined) {
    const code = options.kpi.trim().toUpperCase();
    if (!catalogue.has(code))
      return {
        fatal: {
          at: { file: sheet.file },
          message: `unbekannter Kennzahl-Code „${code}“ (--kpi)`,
          hint: unknownCodeHint(code, [...catalogue.keys()]),
        },
      };
    if (ecosystem) {
      extracted = extractEcosystem(sheet, ecosystem, code, options);
      shape = `${FORMAT_LABEL[ecosystem]} für ${code}`;
      return finish(sheet, catalogue, options, extracted, shape);
    }
    const single = extractSingleKpi(sheet, code, options);
    extracted = single;
    shape = `eine Kennzahl (${code}), Zeiträume als ${single.orientation === 'columns' ? 'Spalten, Reihen als Zeilen' : 'Zeilen, Reihen als Spalten'}`;
  } else {
    const detected = detectLayout(header.cells, options.format as 'long' | 'wide' | undefined);
    if ('problem' in detected)
      return { fatal: { at: { file: sheet.file }, message: `Zeile 1: ${detected.problem}`, hint: detected.hint } };
    extracted = extractValues(sheet, detected.layout, options);
    shape = detected.layout.format === 'long' ? 'Langformat' : 'Breitformat';
  }
  return finish(sheet, catalogue, options, extracted, shape);
}

/** The checks every layout shares: catalogue, shared import rules, too many or no values. */
function finish(
  sheet: Sheet,
  catalogue: Catalogue,
  options: CheckOptions,
  extracted: Extracted,
  shape: string,
): CheckedFile {
  const { values } = extracted;
  applyToValues(values, options);
  const problems = [
    ...extracted.problems,
    ...checkAgainstCatalogue(values, catalogue),
    ...checkComparisonMarks(values, catalogue),
  ];
  // Long format has all values in one column: the row says where.
  const where = (i: number) =>
    `Zeile ${values[i]!.at.row}${shape === 'Langformat' ? '' : `, Spalte ${values[i]!.at.column}`}`;
  for (const p of checkImportValues(values, (code) => catalogue.get(code)?.periodicity, { now: options.now, where })) {
    const v = values[p.index]!;
    problems.push({ at: p.field === 'period' ? v.periodAt : v.at, message: p.message, hint: p.hint });
  }
  if (extracted.tooMany) {
    problems.unshift({
      at: { file: sheet.file },
      message: `zu viele Werte: mehr als ${(options.maxValues ?? MAX_IMPORT_VALUES).toLocaleString('de-DE')} in einer Datei`,
      hint: 'Die Datei aufteilen (z. B. nach Kennzahlen oder Jahren) und die Teile nacheinander importieren.',
    });
  } else if (problems.length === 0 && values.length === 0) {
    problems.push({
      at: { file: sheet.file },
      message:
        sheet.rows.length === 1
          ? 'die Datei enthält nur die Kopfzeile, keine Werte'
          : `die Datei enthält keine Werte (${extracted.skipped} leere Zellen)`,
      hint: 'Die Werte eintragen – oder die richtige Datei bzw. mit --sheet das richtige Tabellenblatt wählen.',
    });
  }
  return { ...extracted, problems: problems.sort(byPosition), shape };
}
