// The two API tokens this installation's own tools use, each limited to what
// it needs (Strapi's stock "read-only" type could also read /api/users):
//   site build (snapshot): the public read actions  → .data/build-token
//   data import:           read + the import write  → .data/import-token
//   site preview:          read + the draft reads   → .data/preview-token
//     (the publisher's preview build; the draft routes need the read actions
//     as well, since Strapi checks them for every populated relation)
// A key is shown by Strapi only once, so it is kept git-ignored in the state
// folder; if that file is lost, the token is regenerated.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { writePrivateFile } from '../../scripts/private-files';

export const BUILD_TOKEN_NAME = 'site-build (read-only)';
export const BUILD_TOKEN_FILE = 'build-token';
export const IMPORT_TOKEN_NAME = 'data-import';
export const IMPORT_TOKEN_FILE = 'import-token';
export const PREVIEW_TOKEN_NAME = 'site-preview (drafts, read-only)';
export const PREVIEW_TOKEN_FILE = 'preview-token';

interface TokenSpec {
  name: string;
  file: string;
  description: string;
  permissions: string[];
}

async function ensureApiToken(strapi: Core.Strapi, dir: string, spec: TokenSpec): Promise<void> {
  const tokens = strapi.service('admin::api-token-content-api');
  const file = path.join(dir, spec.file);
  let existing = await tokens.getByName(spec.name);
  if (existing && (existing.type !== 'custom' || existing.permissions?.length !== spec.permissions.length)) {
    // Narrow (or widen) a token from an older installation to exactly these actions.
    existing = await tokens.update(existing.id, { type: 'custom', permissions: spec.permissions });
  }
  if (existing && fs.existsSync(file)) return;
  const token = existing
    ? await tokens.regenerate(existing.id)
    : await tokens.create({
        name: spec.name,
        description: spec.description,
        type: 'custom',
        permissions: spec.permissions,
        lifespan: null,
      });
  writePrivateFile(file, `${token.accessKey}\n`);
  strapi.log.info(`[cms] API token "${spec.name}" ${existing ? 'regenerated' : 'created'} (stored in ${file})`);
}

/**
 * Strapi creates "Read Only" and "Full Access" tokens without expiry on a fresh
 * database (before this bootstrap runs); their keys can be viewed in the admin.
 * Nothing here uses them: they are removed on every start, recognised by
 * Strapi's own name, type and description (a token an admin made keeps living).
 */
async function removeStrapiDefaultTokens(strapi: Core.Strapi): Promise<void> {
  const rows: Array<{ id: number; name: string; type: string; description: string }> = await strapi.db
    .query('admin::api-token')
    .findMany({
      where: { name: { $in: ['Read Only', 'Full Access'] } },
      select: ['id', 'name', 'type', 'description'],
    });
  const tokens = strapi.service('admin::api-token-content-api');
  for (const row of rows) {
    const isDefault =
      row.description?.startsWith('A default API token with') && ['read-only', 'full-access'].includes(row.type);
    if (!isDefault) continue;
    await tokens.revoke(row.id);
    strapi.log.info(`[cms] removed Strapi's default API token "${row.name}" (never expires, not used)`);
  }
}

export async function ensureApiTokens(strapi: Core.Strapi, dir: string): Promise<void> {
  await removeStrapiDefaultTokens(strapi);
  const api = strapi.plugin('smart-data').service('public-api');
  const read: string[] = api.readActions();
  await ensureApiToken(strapi, dir, {
    name: BUILD_TOKEN_NAME,
    file: BUILD_TOKEN_FILE,
    description: 'Reads published content of the public API for the static site build.',
    permissions: read,
  });
  await ensureApiToken(strapi, dir, {
    name: PREVIEW_TOKEN_NAME,
    file: PREVIEW_TOKEN_FILE,
    description: 'Reads drafts and published content for the preview build (never served publicly).',
    permissions: [...read, ...api.previewActions()],
  });
  await ensureApiToken(strapi, dir, {
    name: IMPORT_TOKEN_NAME,
    file: IMPORT_TOKEN_FILE,
    description: 'The yearly data import: reads KPIs and writes their values.',
    permissions: [...read, ...api.importActions()],
  });
}
