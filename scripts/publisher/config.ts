// Publisher settings from the environment, validated, with defaults that
// work for the local system started by `npm start`.
import { join, resolve } from 'node:path';
import { z } from 'zod';

import { SYSTEM_STATE_DIR } from '../paths.ts';

const intFrom = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  PUBLISHER_HOST: z.string().default('127.0.0.1'),
  PUBLISHER_PORT: intFrom(4322),
  /** Events within this window become one build. */
  PUBLISHER_DEBOUNCE_MS: intFrom(1500),
  /** A build step running longer than this is stopped. */
  PUBLISHER_BUILD_TIMEOUT_MS: intFrom(300_000),
  /** Finished builds kept for rollback (the live one included). */
  PUBLISHER_KEEP_BUILDS: intFrom(3),
  /** Request bodies larger than this are refused (413). */
  PUBLISHER_MAX_BODY_BYTES: intFrom(4 * 1_048_576),
  PUBLISHER_STATE_DIR: z.string().default(join(SYSTEM_STATE_DIR, 'publisher')),
  /** 1: builds re-render only pages whose content changed (cache in <state>/site-cache); 0: every build from scratch. */
  PUBLISHER_INCREMENTAL: z.enum(['0', '1'], { error: 'PUBLISHER_INCREMENTAL must be 0 or 1' }).default('1'),
  CMS_URL: z.string().default('http://127.0.0.1:1337'),
  CMS_TOKEN: z.string().optional(),
  /** File holding the build token, read at every build: a regenerated token is picked up without a restart. Wins over CMS_TOKEN. */
  CMS_TOKEN_FILE: z.string().optional(),
  SDD_WEBHOOK_SECRET: z.string().min(32, 'SDD_WEBHOOK_SECRET must be at least 32 characters (npm start generates one)'),
});

export type PublisherConfig = z.infer<typeof envSchema>;

export function publisherConfig(env: NodeJS.ProcessEnv = process.env): PublisherConfig {
  const result = envSchema.safeParse(env);
  if (!result.success)
    throw new Error(
      `Publisher configuration: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { ...result.data, PUBLISHER_STATE_DIR: resolve(result.data.PUBLISHER_STATE_DIR) };
}
