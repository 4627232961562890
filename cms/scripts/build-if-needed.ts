// Runs `strapi build` (server TypeScript + admin panel, ~30 s, ~2 GB) only
// when its inputs changed since the last successful build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strapiBin } from './strapi-bin.ts';

const cmsRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
// scripts/private-files.ts is compiled into the server code (config and bootstrap import it);
// shared-types/dist: the admin bundle inlines it (the value table's number rule).
const INPUTS = [
  'config',
  'src',
  'scripts/private-files.ts',
  'package.json',
  'tsconfig.json',
  'src/plugins/smart-data/dist',
  '../shared-types/dist',
];
const SKIP = new Set(['node_modules', '.cache']);
const stampFile = join(cmsRoot, 'dist', '.build-stamp');

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) hashTree(hash, join(path, name));
    return;
  }
  hash.update(relative(cmsRoot, path)).update(readFileSync(path));
}

const hash = createHash('sha256');
for (const input of INPUTS) hashTree(hash, join(cmsRoot, input));
const digest = hash.digest('hex');

if (
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === digest &&
  existsSync(join(cmsRoot, 'dist', 'build', 'index.html'))
) {
  console.log('[cms] admin and server build up to date');
} else {
  console.log('[cms] building admin panel and server code (about 30 s) …');
  const result = spawnSync(process.execPath, [strapiBin(), 'build'], {
    cwd: cmsRoot,
    stdio: 'inherit',
    env: { STRAPI_TELEMETRY_DISABLED: 'true', ...process.env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, digest);
}
