// Runs the import command as a child process without blocking the test's
// event loop: a blocking spawnSync froze the in-process publisher (webhooks
// unanswered) and let the test's keep-alive sockets to the CMS go stale.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { publisherConfig } from '../../publisher/config.ts';
import { startPublisher, type Publisher } from '../../publisher/publisher.ts';

const MAIN = join(import.meta.dirname, '..', 'main.ts');

export interface ImportRun {
  code: number | null;
  out: string;
  err: string;
}

export function runImport(reportDir: string, ...args: string[]): Promise<ImportRun> {
  const report = args[0] === 'template' ? [] : ['--report', join(reportDir, `report-${process.hrtime.bigint()}.json`)];
  const child = spawn(process.execPath, [MAIN, ...args, ...report], {
    env: { ...process.env, CMS_URL: inject('cmsUrl'), CMS_IMPORT_TOKEN: inject('importToken') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
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
