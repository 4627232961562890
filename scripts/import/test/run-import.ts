// Runs the import command as a child process (scripts/test/run-script.ts says why not spawnSync).
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Publisher } from '../../publisher/publisher.ts';
import { startTestPublisher as startPublisher } from '../../publisher/test/test-publisher.ts';
import { runScript, type ScriptRun } from '../../test/run-script.ts';

const MAIN = join(import.meta.dirname, '..', 'main.ts');

export type ImportRun = ScriptRun;

export function runImport(reportDir: string, ...args: string[]): Promise<ImportRun> {
  const report = args[0] === 'template' ? [] : ['--report', join(reportDir, `report-${process.hrtime.bigint()}.json`)];
  return runScript(MAIN, [...args, ...report], { CMS_URL: inject('cmsUrl'), CMS_IMPORT_TOKEN: inject('importToken') });
}

/** A KPI as the public API shows it (published version only), or undefined. */
export async function publicKpi(
  code: string,
): Promise<
  | { code: string; name: string; observations: { period: string; series: string | null; value: number | null }[] }
  | undefined
> {
  const res = await fetch(
    `${inject('cmsUrl')}/api/kpis?filters[code][$eq]=${encodeURIComponent(code)}&populate[observations]=true`,
  );
  const body = (await res.json()) as {
    data: {
      code: string;
      name: string;
      observations: { period: string; series: string | null; value: number | null }[];
    }[];
  };
  return body.data[0];
}

/** Published value of a KPI observation, via the public API. */
export async function valueOf(
  code: string,
  period: string,
  series: string | null = null,
): Promise<number | null | undefined> {
  return (await publicKpi(code))?.observations.find((o) => o.period === period && (o.series || null) === series)?.value;
}

/** The publisher the test CMS's webhook aims at, with its state in `work`. */
export const startTestPublisher = (work: string): Promise<Publisher> => startPublisher(join(work, 'publisher'));
