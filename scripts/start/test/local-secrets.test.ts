// What `npm start` keeps on this machine: cms/.env tightened to 600 on every
// start, and the generated admin password shown once only.
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureSecretsFile, generateSecrets } from '../../../cms/scripts/secrets.ts';
import { adminLoginLine, loginFileExisted } from '../admin-login.ts';

let work: string | undefined;
afterEach(() => work && rmSync(work, { recursive: true, force: true }));
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('cms/.env', () => {
  it('an existing, complete file with a loose mode is tightened to 600 and left unchanged', () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-env-'));
    const env = join(work, '.env');
    const content =
      Object.entries(generateSecrets())
        .map(([k, v]) => `${k}=${v}`)
        .join('\n') + '\n';
    writeFileSync(env, content);
    chmodSync(env, 0o644);
    expect(ensureSecretsFile(env)).toEqual([]);
    expect(mode(env)).toBe('600');
  });

  it('a new file is created with mode 600', () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-env-'));
    expect(ensureSecretsFile(join(work, '.env'))).toHaveLength(6);
    expect(mode(join(work, '.env'))).toBe('600');
  });
});

describe('the admin login in the start banner', () => {
  it('shows the generated password on the start that created it, and never again', () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-login-'));
    const file = join(work, 'admin-login.json');
    const existedBefore = loginFileExisted(file);
    writeFileSync(file, JSON.stringify({ email: 'admin@example.org', password: 'Geheim-Passw0rt' }));
    expect(adminLoginLine(file, existedBefore)).toContain('Geheim-Passw0rt');
    const secondStart = adminLoginLine(file, loginFileExisted(file));
    expect(secondStart).not.toContain('Geheim-Passw0rt');
    expect(secondStart).toContain(file);
  });
});
