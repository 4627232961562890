#!/usr/bin/env node
// @ts-check
// Builds the smart-data plugin (strapi-plugin build) only when its sources
// or shared-types changed, under the build lock: a Strapi starting in
// another command must not load a dist/ that is being rewritten.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock } from './lock.mjs';
import { inputHash, stampMatches, writeStamp } from './stamp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLUGIN = join(ROOT, 'cms', 'src', 'plugins', 'smart-data');
const STAMP = join(PLUGIN, 'dist', '.build-stamp');
const INPUTS = ['admin', 'server', 'package.json', 'tsconfig.json']
  .map((p) => join(PLUGIN, p))
  .concat(join(ROOT, 'shared-types', 'dist', '.build-stamp'));

/** @param {string} msg */
const log = (msg) => process.stderr.write(`[build-plugin] ${msg}\n`);

const release = acquireLock(join(ROOT, '.toolchain', 'locks'), 'build', log);
const digest = inputHash(ROOT, INPUTS);
if (stampMatches(STAMP, digest) && existsSync(join(PLUGIN, 'dist', 'server', 'index.js'))) {
  release();
  process.exit(0);
}
const result = spawnSync('pnpm', ['--filter', 'smart-data', 'run', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) {
  log(`strapi-plugin build failed (exit ${result.status ?? result.signal ?? result.error?.message}).`);
  process.exit(1);
}
writeStamp(STAMP, digest);
release();
