// Strapi's secrets, generated on first start into the git-ignored cms/.env
// (Strapi reads it itself). Existing values are never replaced: changing
// APP_KEYS or the salts would log everyone out and invalidate API tokens.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { restrictFile, writePrivateFile } from './private-files.ts';

export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

const random = () => randomBytes(24).toString('base64');

/** Fresh values for every secret Strapi needs. */
export function generateSecrets(): Record<(typeof SECRET_NAMES)[number], string> {
  return {
    APP_KEYS: [random(), random(), random(), random()].join(','),
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(),
    ENCRYPTION_KEY: random(),
  };
}

/** Adds the secrets missing from `envFile` (creating it); makes it mode 600 on every call; returns the names added. */
export function ensureSecretsFile(envFile: string): string[] {
  restrictFile(envFile);
  const current = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
  const present = new Set(current.split('\n').map((line) => line.split('=')[0]?.trim()));
  const fresh = generateSecrets();
  const missing = SECRET_NAMES.filter((name) => !present.has(name));
  if (missing.length === 0) return [];
  const header = current ? '' : '# Generated on first start. Never commit this file; back it up with .data/.\n';
  const lines = missing.map((name) => `${name}=${fresh[name]}`).join('\n');
  writePrivateFile(envFile, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${header}${lines}\n`);
  return missing;
}
