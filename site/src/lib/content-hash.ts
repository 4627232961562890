// A short, stable name for a value's content: the SHA-256 of its JSON, in base64url. Used where a build must tell
// whether the input of something it made has changed (cache keys, the catalogue's kept triples).
import { createHash } from 'node:crypto';

export const contentHash = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url');
