// Publisher settings from the environment, validated, with defaults that
// work for the local system started by `npm start`.
import { join, resolve } from 'node:path';
import { z } from 'zod';

import { cmsUrl, parseConfig, port, positiveInt as intFrom } from '../cli-config.ts';
import { SYSTEM_STATE_DIR } from '../paths.ts';
import { READ_EVERYTHING_AFTER_MS } from '../snapshot/update-snapshot.ts';

/**
 * Events within this window become one build. The events of one "Veröffentlichen" arrive within milliseconds, and an
 * import's or OParl sync's events follow its commit as one burst (held together up to maxWaitMs): the 1.5 s used
 * until 3 December only delayed every publish.
 */
export const DEFAULT_DEBOUNCE_MS = 300;

/**
 * A steady stream of events (a large import's burst, delivered by the CMS's webhook queue) starts its build no later
 * than this after its first event, or ten debounce windows if longer: the 15 s of the former 1.5 s window, kept when
 * the window shrank, so that a burst still becomes one build.
 */
export const maxWaitMs = (debounceMs: number): number => Math.max(15_000, debounceMs * 10);

/** Finished builds kept for rollback by default, the live one included. */
export const DEFAULT_KEEP_BUILDS = 3;

const envSchema = z.object({
  PUBLISHER_HOST: z.string().default('127.0.0.1'),
  PUBLISHER_PORT: port(4322),
  PUBLISHER_DEBOUNCE_MS: intFrom(DEFAULT_DEBOUNCE_MS),
  /** A build step running longer than this is stopped. */
  PUBLISHER_BUILD_TIMEOUT_MS: intFrom(300_000),
  /** Finished builds kept for rollback (the live one included). */
  PUBLISHER_KEEP_BUILDS: intFrom(DEFAULT_KEEP_BUILDS),
  /** Request bodies larger than this are refused (413). */
  PUBLISHER_MAX_BODY_BYTES: intFrom(4 * 1_048_576),
  PUBLISHER_STATE_DIR: z.string().default(join(SYSTEM_STATE_DIR, 'publisher')),
  /**
   * 1: builds re-render only pages whose content changed (cache in <state>/site-cache); 0: every build from scratch.
   */
  PUBLISHER_INCREMENTAL: z
    .enum(['0', '1'], { error: 'muss 0 (jeder Neubau vollständig) oder 1 (nur geänderte Seiten) sein' })
    .default('1'),
  /**
   * Snapshots read only the KPIs published again for at most this long after the last read of everything; while
   * nothing is published, everything is read again before this time is up (read-refresh.ts).
   */
  PUBLISHER_FULL_READ_MS: intFrom(READ_EVERYTHING_AFTER_MS),
  CMS_URL: cmsUrl(),
  CMS_TOKEN: z.string().optional(),
  /**
   * File holding the build token, read at every build: a regenerated token is picked up without a restart. Wins over
   * CMS_TOKEN.
   */
  CMS_TOKEN_FILE: z.string().optional(),
  SDD_WEBHOOK_SECRET: z
    .string({ error: 'fehlt: das gemeinsame Geheimnis mit dem CMS, mindestens 32 Zeichen (npm start erzeugt eins)' })
    .min(32, 'muss mindestens 32 Zeichen lang sein (npm start erzeugt eins in .data/webhook-secret)'),
});

export type PublisherConfig = z.infer<typeof envSchema>;

export function publisherConfig(env: NodeJS.ProcessEnv = process.env): PublisherConfig {
  const config = parseConfig('Publisher-Einstellungen', envSchema, env);
  return { ...config, PUBLISHER_STATE_DIR: resolve(config.PUBLISHER_STATE_DIR) };
}
