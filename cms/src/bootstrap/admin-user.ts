// Creates the first admin on an empty database: credentials from ADMIN_EMAIL
// and ADMIN_PASSWORD, otherwise generated and stored
// git-ignored in the state folder (never logged: logs travel further;
// npm start shows it once).
import crypto from 'node:crypto';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { writePrivateFile } from '../../scripts/private-files';

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
  if (!fromEnv) writePrivateFile(file, `${JSON.stringify({ email, password }, null, 2)}\n`);
  strapi.log.info(
    fromEnv
      ? `[cms] admin user ${email} created (password from ADMIN_PASSWORD)`
      : `[cms] admin user ${email} created; its generated password is in ${file} (npm start shows it once)`,
  );
}
