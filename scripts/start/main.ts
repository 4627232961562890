// `npm start`: the whole system on this machine — the CMS (with demo data on
// an empty database), the publisher, and a web server for the live site —
// then a first build. Prints where everything is; Ctrl-C stops it all.
//   CMS_PORT (1337), PUBLISHER_PORT (4322), SITE_PORT (4321), PREVIEW_PORT (4323: drafts)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { publisherStatusSchema } from '@sdd/shared-types';
import { z } from 'zod';
import { configOrExit, port } from '../cli-config.ts';
import { cmsStateDir, CMS_ROOT, SYSTEM_STATE_DIR } from '../paths.ts';
import { publisherConfig } from '../publisher/config.ts';
import { previewConfig } from '../publisher/preview-config.ts';
import { startPublisher } from '../publisher/publisher.ts';
import { ensureSecretFile } from '../publisher/secrets.ts';
import { startStaticServer } from '../serve/static-server.ts';
import { adminLoginLine, loginFileExisted } from './admin-login.ts';
import { writePlaceholder } from './placeholder.ts';
import { waitForHttp } from './wait-for.ts';

const { CMS_PORT, PUBLISHER_PORT, SITE_PORT, PREVIEW_PORT } = configOrExit(
  'npm start',
  z.object({ CMS_PORT: port(1337), PUBLISHER_PORT: port(4322), SITE_PORT: port(4321), PREVIEW_PORT: port(4323) }),
  process.env,
);
const STATE = SYSTEM_STATE_DIR;
/** The CMS's own state folder (admin login, API tokens), as the CMS resolves it. */
const CMS_STATE = cmsStateDir();
const log = (line: string) => console.log(`[start] ${line}`);

const secret = ensureSecretFile(join(STATE, 'webhook-secret'));
const loginFile = join(CMS_STATE, 'admin-login.json');
const loginExisted = loginFileExisted(loginFile);
const cmsUrl = `http://127.0.0.1:${CMS_PORT}`;
const publisherUrl = `http://127.0.0.1:${PUBLISHER_PORT}`;
const previewUrl = `http://127.0.0.1:${PREVIEW_PORT}`;

log(`starting the CMS on ${cmsUrl} …`);
const cms = spawn(process.execPath, [join(CMS_ROOT, 'scripts', 'start.ts')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(CMS_PORT),
    SDD_PUBLISHER_URL: publisherUrl,
    SDD_PREVIEW_URL: previewUrl,
    SDD_WEBHOOK_SECRET: secret,
  },
});
let cmsRunning = true;
cms.on('exit', (code) => {
  cmsRunning = false;
  if (!stopping) {
    console.error(`[start] the CMS stopped (exit ${code}); stopping everything.`);
    void shutdown(1);
  }
});

let stopping = false;
let stopServices: () => Promise<void> = async () => {};
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('stopping …');
  await stopServices();
  if (cmsRunning) {
    const exited = new Promise((r) => cms.once('exit', r));
    cms.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));

try {
  await waitForHttp(
    `${cmsUrl}/_health`,
    (s) => s === 204,
    300_000,
    () => cmsRunning,
  );
  // The token file is reread at every build: a token regenerated in the CMS needs no restart.
  const env = {
    ...process.env,
    PUBLISHER_PORT: String(PUBLISHER_PORT),
    PREVIEW_PORT: String(PREVIEW_PORT),
    CMS_URL: cmsUrl,
    CMS_TOKEN_FILE: join(CMS_STATE, 'build-token'),
    CMS_PREVIEW_TOKEN_FILE: join(CMS_STATE, 'preview-token'),
    SDD_WEBHOOK_SECRET: secret,
  };
  const publisher = await startPublisher(publisherConfig(env), undefined, previewConfig(env));
  const placeholder = writePlaceholder(join(STATE, 'placeholder'));
  const web = await startStaticServer(() => publisher.liveSiteDir() ?? placeholder, SITE_PORT);
  stopServices = async () => {
    await new Promise((r) => web.close(r));
    await publisher.stop();
  };
  publisher.trigger('Start des Systems (npm start)');
  console.log(`
  Smart Data Dashboard is running
    Website:      http://127.0.0.1:${SITE_PORT}/   (first build in progress; reload in a few seconds)
    CMS admin:    ${cmsUrl}/admin
    Admin login:  ${adminLoginLine(loginFile, loginExisted)}
    Publisher:    ${publisherUrl}/status
    Vorschau:     ${previewUrl}/   (drafts; open it with the "Vorschau" button in the CMS)
  Press Ctrl-C to stop.
`);
  await publisher.idle();
  const status = publisherStatusSchema.parse(await (await fetch(`${publisherUrl}/status`)).json());
  if (status.live) log(`the website is live at http://127.0.0.1:${SITE_PORT}/`);
  else log(`the first build failed: ${status.lastFailure?.error ?? 'unknown error'}`);
} catch (error) {
  console.error(`[start] ${(error as Error).message}`);
  await shutdown(1);
}
