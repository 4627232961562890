// An API token for the site build (snapshot) that may only read the
// dashboard's public API (not, say, /api/users, which Strapi's stock
// "read-only" type would allow). The key is shown by Strapi only once, so it
// is kept git-ignored in the state folder; if that file is lost, the token is
// regenerated.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { writePrivate } from './state-dir';

export const BUILD_TOKEN_NAME = 'site-build (read-only)';
export const BUILD_TOKEN_FILE = 'build-token';

export async function ensureBuildToken(strapi: Core.Strapi, dir: string): Promise<void> {
  const tokens = strapi.service('admin::api-token-content-api');
  const file = path.join(dir, BUILD_TOKEN_FILE);
  const permissions: string[] = strapi.plugin('smart-data').service('public-api').readActions();
  let existing = await tokens.getByName(BUILD_TOKEN_NAME);
  if (existing && existing.type !== 'custom') {
    // Narrow a token from an older installation to the public read actions.
    existing = await tokens.update(existing.id, { type: 'custom', permissions });
  }
  if (existing && fs.existsSync(file)) return;
  const token = existing
    ? await tokens.regenerate(existing.id)
    : await tokens.create({
        name: BUILD_TOKEN_NAME,
        description: 'Reads published content of the public API for the static site build.',
        type: 'custom',
        permissions,
        lifespan: null,
      });
  writePrivate(file, `${token.accessKey}\n`);
  strapi.log.info(`[cms] read-only build token ${existing ? 'regenerated' : 'created'} (stored in ${file})`);
}
