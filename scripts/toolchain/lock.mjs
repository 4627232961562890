// @ts-check
// One command at a time where two at once would break each other
// (provisioning the toolchain, installing, building shared-types, the
// plugin and the admin). A lock is a file created with O_EXCL ('wx'), which
// holds the owner's pid; a lock whose owner is gone is taken over. Waiting
// is announced once; there is no silent give-up. A child started while the
// lock is held inherits it through SDD_HELD_LOCKS (build:cms runs
// build:types inside the same lock).
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const HELD_ENV = 'SDD_HELD_LOCKS';

/** @param {number} ms */
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** @param {string} file @param {number} ms */
function olderThan(file, ms) {
  try {
    return Date.now() - statSync(file).mtimeMs > ms;
  } catch {
    return false;
  }
}

/** Names of the locks this process holds through an ancestor. */
export const heldLocks = (env = process.env) => new Set((env[HELD_ENV] ?? '').split(',').filter(Boolean));

/** The environment for children of a lock holder. */
export function envHolding(/** @type {string} */ name, env = process.env) {
  return { ...env, [HELD_ENV]: [...heldLocks(env), name].join(',') };
}

/**
 * Takes the lock `name` under `dir` (waiting while another live process holds
 * it) and returns the function that releases it. Returns a no-op when an
 * ancestor holds it already.
 * @param {string} dir @param {string} name @param {(line: string) => void} log
 */
export function acquireLock(dir, name, log) {
  if (heldLocks().has(name)) return () => {};
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.lock`);
  // Only one waiter at a time may remove a stale lock; otherwise a second one could delete the fresh lock of the first.
  const takeover = `${file}.takeover`;
  /** @returns {number} the pid in the lock file; NaN if unreadable or still empty */
  const owner = () => {
    try {
      return Number(readFileSync(file, 'utf8') || NaN);
    } catch {
      return NaN;
    }
  };
  let announced = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      // Removes the file only while it is ours: it cannot be taken over while this process lives.
      const release = () => {
        process.off('exit', release);
        if (owner() === process.pid) rmSync(file, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const pid = owner();
    // An empty file is a lock being taken (the pid follows at once) — unless it stays empty: its taker was killed.
    const stale = Number.isInteger(pid) && pid > 0 ? !alive(pid) : olderThan(file, 10_000);
    if (stale) {
      try {
        closeSync(openSync(takeover, 'wx'));
      } catch {
        // Another waiter is taking it over; a takeover file left by a killed waiter is cleared after 10 s.
        if (olderThan(takeover, 10_000)) rmSync(takeover, { force: true });
        sleep(50);
        continue;
      }
      try {
        if (Object.is(owner(), pid)) {
          log(`taking over the ${name} lock of process ${pid}, which has ended`);
          rmSync(file, { force: true });
        }
      } finally {
        rmSync(takeover, { force: true });
      }
      continue;
    }
    if (!announced) {
      log(`waiting for another command (process ${Number.isNaN(pid) ? '?' : pid}) to finish: ${name} …`);
      announced = true;
    }
    sleep(100);
  }
}
