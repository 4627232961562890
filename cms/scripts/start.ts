// Starts the CMS: generates missing secrets, then runs `strapi start`
// (or `strapi develop` with --develop) and passes signals through.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strapiBin } from './strapi-bin.ts';
import { ensureSecretsFile } from './secrets.ts';
import { cmsStatePath } from './state-path.ts';

const cmsRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const added = ensureSecretsFile(join(cmsRoot, '.env'));
if (added.length > 0) console.log(`[cms] generated ${added.join(', ')} into cms/.env (git-ignored)`);

const mode = process.argv.includes('--develop') ? 'develop' : 'start';
const login = join(cmsStatePath(cmsRoot), 'admin-login.json');
if (existsSync(login)) console.log(`[cms] admin login: see ${login}`);
const child = spawn(process.execPath, [strapiBin(), mode], {
  cwd: cmsRoot,
  stdio: 'inherit',
  env: { STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: mode === 'start' ? 'production' : 'development', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
