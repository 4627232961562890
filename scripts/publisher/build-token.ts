// The API token of the snapshot step. From CMS_TOKEN_FILE it is read anew at
// every build, so that a token regenerated in the CMS (cms/.data/build-token)
// is used by the next build without restarting the publisher.
import { readFileSync } from 'node:fs';
import type { PublisherConfig } from './config.ts';
import { StepError } from './run-step.ts';

export function currentBuildToken(config: Pick<PublisherConfig, 'CMS_TOKEN' | 'CMS_TOKEN_FILE'>): string | undefined {
  if (!config.CMS_TOKEN_FILE) return config.CMS_TOKEN;
  try {
    return readFileSync(config.CMS_TOKEN_FILE, 'utf8').trim() || undefined;
  } catch (error) {
    throw new StepError(
      `cannot read the build token from CMS_TOKEN_FILE ${config.CMS_TOKEN_FILE} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the CMS writes it at its start`,
    );
  }
}
