// The publisher the test CMS's webhook aims at (its port, build token and
// webhook secret come from the CMS test setup), with its state in `stateDir`.
// `env` overrides a setting, e.g. a longer debounce window; `log` hears its log lines.
import { inject } from 'vitest';
import { publisherConfig } from '../config.ts';
import { startPublisher, type Publisher } from '../publisher.ts';

export function startTestPublisher(
  stateDir: string,
  env: Record<string, string> = {},
  log: (line: string) => void = () => {},
): Promise<Publisher> {
  return startPublisher(
    publisherConfig({
      ...process.env,
      PUBLISHER_PORT: String(inject('publisherPort')),
      PUBLISHER_STATE_DIR: stateDir,
      PUBLISHER_DEBOUNCE_MS: '800',
      CMS_URL: inject('cmsUrl'),
      CMS_TOKEN: inject('buildToken'),
      SDD_WEBHOOK_SECRET: inject('webhookSecret'),
      ...env,
    }),
    log,
  );
}
