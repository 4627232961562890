// Creates the first admin on an empty database: credentials from ADMIN_EMAIL
// and ADMIN_PASSWORD, otherwise generated, printed once and stored
// git-ignored in the state folder.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { writePrivate } from './state-dir';

export const ADMIN_LOGIN_FILE = 'admin-login.json';

/** Meets Strapi's password policy: 8+ characters with upper, lower case and a digit. */
const generatePassword = () => `${crypto.randomBytes(15).toString('base64url')}Aa1`;

export async function ensureAdminUser(strapi: Core.Strapi, dir: string): Promise<void> {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const email = process.env.ADMIN_EMAIL || 'admin@example.org';
  const fromEnv = Boolean(process.env.ADMIN_PASSWORD);
  const password = process.env.ADMIN_PASSWORD || generatePassword();
  await users.createFirstAdmin({ email, password, firstname: 'Admin', lastname: 'Smart Data' });
  const file = path.join(dir, ADMIN_LOGIN_FILE);
  if (!fromEnv) writePrivate(file, `${JSON.stringify({ email, password }, null, 2)}\n`);
  strapi.log.info(
    fromEnv
      ? `[cms] admin user ${email} created (password from ADMIN_PASSWORD)`
      : `[cms] admin user created — e-mail: ${email}  password: ${password}  (stored in ${file})`,
  );
}
