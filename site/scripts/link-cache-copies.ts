// Loaded into Astro's process (`node --import`, see build.ts) for incremental
// builds, after unshare-before-write.ts. Astro writes every keyed page twice:
// into the output folder, then the same bytes as its cache copy
// (`<SITE_CACHE_DIR>/dist/…`). On this kind of machine writing costs about
// 14 ms per MB: the second write of a full 10× build (250 MB) took seconds.
// So a cache copy whose bytes equal the page just written to the output folder
// becomes a hard link to it. The bytes are compared, not assumed: should Astro
// ever write something else there, it is written as before. They are compared
// with what this process last wrote to the page (kept for a few pages), not
// read back from disk: reading back every page cost 1.3 s of a full 10× build. Safe with the
// links of later builds for the same reason as the kept pages: every later
// write onto a linked file makes a file of its own (unshare-before-write.ts).
import fs from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syncBuiltinESMExports } from 'node:module';

/** If `target` is a cache copy: its path, and the output file whose bytes it would repeat. */
function asCacheCopy(target: unknown, copies: string, outDir: string): { copy: string; page: string } | null {
  const copy = typeof target === 'string' ? resolve(target) : target instanceof URL ? fileURLToPath(target) : null;
  if (!copy?.startsWith(copies + sep)) return null;
  return { copy, page: join(outDir, relative(copies, copy)) };
}

/** Strings and bytes as bytes; anything else (streams, iterables) is not compared. */
const asBytes = (data: unknown): Uint8Array | null =>
  typeof data === 'string' ? Buffer.from(data) : data instanceof Uint8Array ? data : null;

/**
 * What this process last wrote to each output file, for the few most recent ones: Astro writes the cache copy right
 * after its page (and renders a few pages at a time, astro.config.ts `concurrency`).
 */
const written = new Map<string, Uint8Array>();
const KEEP_WRITTEN = 64;

function remember(file: string, data: unknown): void {
  const bytes = asBytes(data);
  written.delete(file);
  if (!bytes) return;
  written.set(file, bytes);
  if (written.size > KEEP_WRITTEN) written.delete(written.keys().next().value!);
}

function sameBytes(page: string, data: unknown): boolean {
  const [last, bytes] = [written.get(page), asBytes(data)];
  return (
    last !== undefined && bytes !== null && Buffer.from(last.buffer, last.byteOffset, last.byteLength).equals(bytes)
  );
}

/**
 * `copy` made a name of `page`; an existing `copy` (a cache copy of an earlier build, linked into that build's
 * folder) is replaced, not written into. Synchronous, as the page writes (write-files-at-once.ts): a full 10× build
 * links 15,000 cache copies, and `fs.promises.rm` and `fs.promises.link` for each (round trips through the thread
 * pool, the rm also where there is nothing to remove) made it 5 s slower (27.9 → 22.9 s, 3 Dec 2026). The link is
 * tried first: in a full build no copy exists.
 */
function linkReplacing(page: string, copy: string): void {
  try {
    fs.linkSync(page, copy);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    fs.unlinkSync(copy);
    fs.linkSync(page, copy);
  }
}

// The folders are read at each write: the warm builder (warm-build-worker.ts) builds into a new output folder each time.
const folders = () => {
  const { SITE_CACHE_DIR, SITE_OUT_DIR } = process.env;
  return SITE_CACHE_DIR && SITE_OUT_DIR
    ? { copies: join(resolve(SITE_CACHE_DIR), 'dist'), outDir: resolve(SITE_OUT_DIR) }
    : null;
};

// Installed where there is a cache folder; the output folder may be set later (warm-build-worker.ts, per build).
if (process.env.SITE_CACHE_DIR) {
  const promises = fs.promises;
  const { writeFile } = promises;
  promises.writeFile = async (file, data, options) => {
    const where = folders();
    const target = where && asCacheCopy(file, where.copies, where.outDir);
    if (!target) {
      const path = typeof file === 'string' ? resolve(file) : file instanceof URL ? fileURLToPath(file) : null;
      if (path) written.delete(path); // a write that fails must not leave the bytes of an earlier one
      await writeFile(file, data, options);
      if (where && path?.startsWith(where.outDir + sep)) remember(path, data);
      return;
    }
    if (!sameBytes(target.page, data)) return writeFile(file, data, options);
    try {
      linkReplacing(target.page, target.copy);
    } catch {
      // Where no link can be made (folders on two file systems, set so by hand; one without hard links), it is written.
      await writeFile(file, data, options);
    }
  };
  syncBuiltinESMExports();
}
