#!/usr/bin/env node
// @ts-check
// Builds shared-types/dist so that a command running meanwhile never reads a
// half-written file: only when the sources changed (a stamp of their hash),
// under the build lock, compiled into a temporary folder whose files are
// then renamed into dist/ one by one (a rename is atomic). Every command
// starts with this; without it, two commands at once broke each other.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock } from './lock.mjs';
import { filesBelow, inputHash, stampMatches, writeStamp } from './stamp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PKG = join(ROOT, 'shared-types');
const DIST = join(PKG, 'dist');
const STAMP = join(DIST, '.build-stamp');
const INPUTS = [
  join(PKG, 'src'),
  join(PKG, 'tsconfig.build.json'),
  join(PKG, 'package.json'),
  join(ROOT, 'tsconfig.base.json'),
];

/** @param {string} msg */
const log = (msg) => process.stderr.write(`[build-types] ${msg}\n`);

// The compiler is an input too: another TypeScript may emit other files.
const TYPESCRIPT = createRequire(join(PKG, 'package.json')).resolve('typescript/package.json');

const release = acquireLock(join(ROOT, '.toolchain', 'locks'), 'build', log);
const digest = inputHash(ROOT, [...INPUTS, TYPESCRIPT]);
if (stampMatches(STAMP, digest) && existsSync(join(DIST, 'index.js'))) {
  release();
  process.exit(0);
}
const tmp = join(PKG, `.dist-tmp-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
const tsc = join(dirname(TYPESCRIPT), 'bin', 'tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(PKG, 'tsconfig.build.json'), '--outDir', tmp], {
  cwd: PKG,
  stdio: 'inherit',
});
if (result.status !== 0) {
  rmSync(tmp, { recursive: true, force: true });
  log(`tsc failed (exit ${result.status ?? result.signal}); shared-types/dist is unchanged.`);
  process.exit(1);
}
const built = filesBelow(tmp);
if (!built.includes('index.js')) {
  rmSync(tmp, { recursive: true, force: true });
  log('tsc wrote no index.js; shared-types/dist is unchanged.');
  process.exit(1);
}
for (const file of built) {
  mkdirSync(dirname(join(DIST, file)), { recursive: true });
  renameSync(join(tmp, file), join(DIST, file));
}
// Outputs of deleted sources go last, after everything new is in place.
const keep = new Set([...built, '.build-stamp']);
for (const file of filesBelow(DIST)) if (!keep.has(file)) rmSync(join(DIST, file), { force: true });
rmSync(tmp, { recursive: true, force: true });
writeStamp(STAMP, digest);
release();
log(`built shared-types/dist (${built.length} files)`);
