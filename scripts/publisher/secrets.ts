// The webhook secret: generated once into a git-ignored file, compared in
// constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateDir, restrictFile, writePrivateFile } from '../../cms/scripts/private-files.ts';

/** The secret in `file` (generated when missing); folder 700 and file 600 on every call. */
export function ensureSecretFile(file: string): string {
  ensurePrivateDir(dirname(file));
  restrictFile(file);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writePrivateFile(file, `${secret}\n`);
  return secret;
}

/** Constant-time comparison; hashing first makes the lengths equal. */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The secret from "Authorization: Bearer <secret>". */
export const bearer = (header: string | undefined) => header?.match(/^Bearer\s+(\S+)$/i)?.[1];
