// Loaded into every build's Astro process (`node --import`, see build-steps.ts), before the incremental preloads.
// Astro writes each page with `fs.promises.mkdir` and `fs.promises.writeFile` (and, for incremental builds, its
// cache copy the same way). Each of those is a round trip through libuv's thread pool (open, write, close), and on
// this kind of machine (2 cores, a virtual disk) the round trips, not the bytes, are the cost: 15,000 files of
// 19 KB take 5.6 s written so, four at a time, and 0.7 s written synchronously (measured 3 Dec 2026). A build is a
// batch job whose rendering runs on the same thread anyway, so waiting for a write blocks nothing that could run
// meanwhile (the share previews render in worker threads, which a synchronous write does not stop).
// So in the build process these two functions do their work synchronously and return a settled promise: the same
// result and the same errors (as rejections), without the round trips. Data that only the promise form takes
// (streams, iterables) and file handles go to the original functions.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

type Path = string | URL | Buffer;
const isPath = (target: unknown): target is Path =>
  typeof target === 'string' || target instanceof URL || Buffer.isBuffer(target);
const isBytesOrText = (data: unknown): data is string | NodeJS.ArrayBufferView =>
  typeof data === 'string' || ArrayBuffer.isView(data);

/** `run()`'s result as a promise, its exception as a rejection: what the promise form would have given. */
function settled<T>(run: () => T): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

const promises = fs.promises;
const { writeFile } = promises;

promises.writeFile = (file, data, options) => {
  // A signal could abort the promise form mid-write; that form is kept for it.
  const withSignal = typeof options === 'object' && options !== null && 'signal' in options && options.signal;
  if (!isPath(file) || !isBytesOrText(data) || withSignal) return writeFile(file, data, options);
  return settled(() => fs.writeFileSync(file, data, options as fs.WriteFileOptions));
};

promises.mkdir = ((path: fs.PathLike, options?: fs.MakeDirectoryOptions | fs.Mode | null) =>
  settled(() => fs.mkdirSync(path, options))) as typeof promises.mkdir;

// `import { writeFile } from 'node:fs/promises'` binds the module's exports: let them see the new functions too.
syncBuiltinESMExports();
