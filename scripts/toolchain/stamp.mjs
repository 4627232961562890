// @ts-check
// "Has anything this build reads changed since it last succeeded?" — a hash
// of the input files kept beside the output, written by rename so that a
// half-written stamp never passes for a good one.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** @param {string} dir @returns {string[]} files below dir, relative to it, sorted; node_modules and dist skipped */
export function filesBelow(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((file) => !/(^|\/)(node_modules|dist)\//.test(file))
    .sort();
}

/** @param {string} root @param {string[]} inputs files or folders (absolute); missing ones count as empty */
export function inputHash(root, inputs) {
  const hash = createHash('sha256').update(process.version);
  for (const input of inputs) {
    if (!existsSync(input)) continue;
    const files = statSync(input).isDirectory() ? filesBelow(input).map((f) => join(input, f)) : [input];
    for (const file of files) hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** @param {string} stampFile @param {string} digest */
export const stampMatches = (stampFile, digest) => existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest;

/** @param {string} stampFile @param {string} digest */
export function writeStamp(stampFile, digest) {
  writeFileSync(`${stampFile}.tmp-${process.pid}`, digest);
  renameSync(`${stampFile}.tmp-${process.pid}`, stampFile);
}
