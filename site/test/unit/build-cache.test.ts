// The cache folders of the files made beside Astro (src/lib/build-cache.ts):
// a kept file is read-only and linked, not copied, into each build; one of
// another size than its bytes (edited in place by someone) is replaced for
// the builds to come; one deleted before it is placed is made again.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepInCache, placeCached } from '../../src/lib/build-cache.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const never = async (): Promise<Uint8Array> => {
  throw new Error('not to be made again');
};

describe('the build cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sdd-build-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a file read-only and links it into a build', async () => {
    const cached = keepInCache(join(dir, 'cache', 'a.csv'), bytes('Jahr,Wert\n2024,5\n'));
    if (!('file' in cached)) throw new Error('expected a cache file');
    expect(statSync(cached.file).mode & 0o777).toBe(0o444);
    await placeCached(cached, join(dir, 'out.csv'), never);
    expect(statSync(join(dir, 'out.csv')).ino).toBe(statSync(cached.file).ino);
    // The same bytes again: the same file, not written anew.
    expect(keepInCache(cached.file, bytes('Jahr,Wert\n2024,5\n'))).toEqual(cached);
    expect(statSync(cached.file).ino).toBe(statSync(join(dir, 'out.csv')).ino);
  });

  it('replaces a cache file edited in place (another size) for the next builds', () => {
    const file = join(dir, 'cache', 'b.csv');
    keepInCache(file, bytes('Jahr,Wert\n2024,5\n'));
    chmodSync(file, 0o644);
    writeFileSync(file, 'Jahr,Wert\n2024,5\nVERÄNDERT\n');
    keepInCache(file, bytes('Jahr,Wert\n2024,5\n'));
    expect(readFileSync(file, 'utf8')).toBe('Jahr,Wert\n2024,5\n');
  });

  it('makes a file again whose cache file was deleted before it is placed', async () => {
    const cached = keepInCache(join(dir, 'cache', 'c.csv'), bytes('alt'));
    rmSync(join(dir, 'cache'), { recursive: true });
    await placeCached(cached, join(dir, 'out.csv'), async () => bytes('neu gemacht'));
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('neu gemacht');
  });
});
