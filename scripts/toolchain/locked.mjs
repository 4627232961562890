#!/usr/bin/env node
// @ts-check
// `node scripts/toolchain/locked.mjs <lock> <command> [args…]`: runs the
// command while holding the named lock (see lock.mjs); its children inherit
// the lock. Exits with the command's code; a command killed by a signal is a
// failure, never exit 0.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock, envHolding } from './lock.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [name, command, ...args] = process.argv.slice(2);
if (!name || !command) {
  process.stderr.write('usage: node scripts/toolchain/locked.mjs <lock> <command> [args…]\n');
  process.exit(2);
}
const release = acquireLock(join(ROOT, '.toolchain', 'locks'), name, (line) =>
  process.stderr.write(`[toolchain] ${line}\n`),
);
const child = spawn(command, args, { stdio: 'inherit', env: envHolding(name) });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  process.stderr.write(`[toolchain] cannot run ${command}: ${error.message}\n`);
  release();
  process.exit(1);
});
child.on('exit', (code, signal) => {
  release();
  process.exit(code ?? (signal ? 1 : 0));
});
