// Settings of the draft preview, from the environment. The preview is on
// when PREVIEW_PORT is set (npm start sets it); without it the publisher
// builds only the live site, as before.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { cmsUrl, ConfigError, parseConfig, port, positiveInt as intFrom } from '../cli-config.ts';
import { StepError } from './run-step.ts';

const envSchema = z.object({
  PREVIEW_PORT: port(4323),
  PREVIEW_HOST: z.string().default('127.0.0.1'),
  /**
   * Quiet time after the last event before a preview build starts (shorter than the live one: an editor is waiting).
   */
  PREVIEW_DEBOUNCE_MS: intFrom(300),
  /** How long a page request waits for a preview build that is due or running, so that the newest save is shown. */
  PREVIEW_WAIT_MS: intFrom(30_000),
  /** Origins (space-separated) that may show the preview in a frame: the CMS admin. Default: CMS_URL's origin. */
  PREVIEW_FRAME_ANCESTORS: z.string().optional(),
  CMS_URL: cmsUrl(),
  CMS_PREVIEW_TOKEN: z.string().optional(),
  /** File holding the preview token (reads drafts), read at every preview build. Wins over CMS_PREVIEW_TOKEN. */
  CMS_PREVIEW_TOKEN_FILE: z.string().optional(),
});

export interface PreviewConfig {
  port: number;
  host: string;
  debounceMs: number;
  waitMs: number;
  frameAncestors: string;
  token: () => string;
}

/** The preview's settings, or null when PREVIEW_PORT is not set. */
export function previewConfig(env: NodeJS.ProcessEnv = process.env): PreviewConfig | null {
  if (!env.PREVIEW_PORT) return null;
  const c = parseConfig('Publisher-Einstellungen', envSchema, env);
  if (!c.CMS_PREVIEW_TOKEN && !c.CMS_PREVIEW_TOKEN_FILE) {
    throw new ConfigError(
      'Publisher-Einstellungen: CMS_PREVIEW_TOKEN_FILE: die Vorschau liest Entwürfe mit dem Vorschau-Schlüssel (cms/.data/preview-token); CMS_PREVIEW_TOKEN_FILE oder CMS_PREVIEW_TOKEN setzen, oder PREVIEW_PORT weglassen',
    );
  }
  return {
    port: c.PREVIEW_PORT,
    host: c.PREVIEW_HOST,
    debounceMs: c.PREVIEW_DEBOUNCE_MS,
    waitMs: c.PREVIEW_WAIT_MS,
    frameAncestors: c.PREVIEW_FRAME_ANCESTORS ?? new URL(c.CMS_URL).origin,
    token: () => {
      if (!c.CMS_PREVIEW_TOKEN_FILE) return c.CMS_PREVIEW_TOKEN!;
      try {
        return readFileSync(c.CMS_PREVIEW_TOKEN_FILE, 'utf8').trim();
      } catch (error) {
        throw new StepError(
          `cannot read the preview token from CMS_PREVIEW_TOKEN_FILE ${c.CMS_PREVIEW_TOKEN_FILE} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the CMS writes it at its start`,
        );
      }
    },
  };
}
