// The admin page "Datenimport": the command line's dry run and apply for an
// uploaded file, with the shared reader (@sdd/shared-types/import) and the
// same write (observation-import). Nothing the browser says about the file
// is trusted: the apply reads and checks the uploaded bytes again, writes
// only when there is no problem, and only when the plan inside the write's
// transaction has the fingerprint of the dry run the steward saw.
import {
  MAX_ADMIN_IMPORT_FILE_BYTES,
  type AdminImportDryRun,
  type AdminImportUpload,
  type ImportMapping,
  type ImportResult,
  type ImportValue,
  type KpiPlan,
} from '@sdd/shared-types';
import {
  parseMapping,
  readAndCheck,
  SheetError,
  sheetErrorProblem,
  totals,
  type ReadChoices,
} from '@sdd/shared-types/import';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fileDigest, planFingerprint } from './import-fingerprint';
import { getService } from '../get-service';

/** The plan the apply would carry out is not the one the dry run showed: refused, nothing written. */
export class PlanChangedError extends errors.ApplicationError {}

const PLAN_CHANGED =
  'Die Daten im CMS haben sich seit dem Probelauf geändert (z. B. hat jemand Werte dieser Kennzahlen bearbeitet, eine Kennzahl veröffentlicht oder zurückgezogen). Es wurde nichts gespeichert. Bitte „Prüfen“ erneut wählen und die neue Vorschau ansehen.';

const empty = (file: string): Omit<AdminImportDryRun, 'problems'> => ({
  file,
  shape: null,
  encoding: null,
  delimiter: null,
  decimal: null,
  values: 0,
  skipped: 0,
  plans: [],
  totals: totals([]),
  fingerprint: null,
});

function decodeUpload(upload: AdminImportUpload): { bytes: Uint8Array; choices: ReadChoices; mapping: ImportMapping } {
  const bytes = Buffer.from(upload.file.base64, 'base64');
  if (bytes.length > MAX_ADMIN_IMPORT_FILE_BYTES)
    throw new SheetError(
      `${upload.file.name}: die Datei ist zu groß (höchstens ${MAX_ADMIN_IMPORT_FILE_BYTES / 1024 / 1024} MB).\n  → Die Datei aufteilen (z. B. nach Kennzahlen oder Jahren) und die Teile nacheinander importieren.`,
    );
  const { kpi, format, sheet, encoding, delimiter, decimal } = upload;
  const mapping = upload.mapping ? parseMapping(upload.mapping.name, upload.mapping.text) : {};
  return { bytes, choices: { kpi, format, sheet, encoding, delimiter, decimal }, mapping };
}

export const adminImport = ({ strapi }: { strapi: Core.Strapi }) => {
  const observations = () => getService(strapi, 'observation-import');

  /**
   * Reads, checks and plans; the fingerprint only when there is nothing to fix. `values` are what an apply would write.
   */
  async function check(
    upload: AdminImportUpload,
  ): Promise<{ report: AdminImportDryRun; values: ImportValue[]; digest: string }> {
    const file = upload.file.name;
    try {
      const { bytes, choices, mapping } = decodeUpload(upload);
      const digest = fileDigest(bytes, choices, upload.mapping?.text);
      const catalogue = new Map((await observations().catalogue()).map((k) => [k.code, k]));
      const { sheet, checked, plans } = await readAndCheck(file, bytes, catalogue, choices, mapping);
      if ('fatal' in checked) return { report: { ...empty(file), problems: [checked.fatal] }, values: [], digest };
      const report: AdminImportDryRun = {
        file,
        shape: checked.shape,
        encoding: sheet.encoding ?? null,
        delimiter: sheet.delimiter ?? null,
        decimal: checked.decimal,
        values: checked.values.length,
        skipped: checked.skipped,
        problems: checked.problems,
        plans,
        totals: totals(plans),
        fingerprint: checked.problems.length === 0 ? planFingerprint(digest, plans) : null,
      };
      // Only what the CMS takes: the cell references stay here.
      return {
        report,
        values: checked.values.map(({ code, period, series, value, note, comparison }) => ({
          code,
          period,
          series,
          value,
          note,
          comparison,
        })),
        digest,
      };
    } catch (error) {
      if (error instanceof SheetError)
        return { report: { ...empty(file), problems: [sheetErrorProblem(file, error)] }, values: [], digest: '' };
      throw error;
    }
  }

  return {
    /** Every KPI for the page's choice "Kennzahl" (files without a code column). */
    async kpis() {
      return (await observations().catalogue()).map(({ code, name, unit, status }) => ({ code, name, unit, status }));
    },

    async dryRun(upload: AdminImportUpload): Promise<AdminImportDryRun> {
      return (await check(upload)).report;
    },

    async apply(upload: AdminImportUpload, fingerprint: string): Promise<ImportResult> {
      const { report, values, digest } = await check(upload);
      if (report.problems.length > 0) {
        throw new errors.ValidationError(
          `Die Datei hat ${report.problems.length === 1 ? 'ein Problem' : `${report.problems.length} Probleme`}; es wurde nichts gespeichert. Bitte die Probleme beheben und erneut prüfen.`,
        );
      }
      if (report.fingerprint !== fingerprint) throw new PlanChangedError(PLAN_CHANGED);
      if (report.totals.created + report.totals.changed === 0) {
        return {
          kpis: report.totals.kpis,
          created: 0,
          changed: 0,
          unchanged: report.totals.unchanged,
          perKpi: report.plans.map((p) => ({
            code: p.code,
            status: p.status,
            created: 0,
            changed: 0,
            unchanged: p.unchanged,
          })),
        };
      }
      // Every value of the file (unchanged KPIs write nothing): the plan inside the transaction covers the same KPIs as
      // the dry run's.
      return observations().apply(values, (plans: KpiPlan[]) => {
        if (planFingerprint(digest, plans) !== fingerprint) throw new PlanChangedError(PLAN_CHANGED);
      });
    },
  };
};
