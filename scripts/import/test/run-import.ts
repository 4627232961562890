// Runs the import command as a child process (scripts/test/run-script.ts says why not spawnSync).
import { join } from 'node:path';
import { inject } from 'vitest';
import { publisherConfig } from '../../publisher/config.ts';
import { startPublisher, type Publisher } from '../../publisher/publisher.ts';
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
export function startTestPublisher(work: string): Promise<Publisher> {
  return startPublisher(
    publisherConfig({
      ...process.env,
      PUBLISHER_PORT: String(inject('publisherPort')),
      PUBLISHER_STATE_DIR: join(work, 'publisher'),
      PUBLISHER_DEBOUNCE_MS: '800',
      CMS_URL: inject('cmsUrl'),
      CMS_TOKEN: inject('buildToken'),
      SDD_WEBHOOK_SECRET: inject('webhookSecret'),
    }),
    () => {},
  );
}
