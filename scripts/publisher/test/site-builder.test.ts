// The publisher's site builder with PUBLISHER_INCREMENTAL=0: `node
// site/scripts/build.ts` per build, from scratch, no cache folder, no
// long-running builder. A real build of the demo snapshot.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SITE_ROOT } from '../../paths.ts';
import { createSiteBuilder } from '../site-builder.ts';
import { StepError } from '../run-step.ts';

const work = mkdtempSync(join(tmpdir(), 'sdd-site-builder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('site builder, PUBLISHER_INCREMENTAL=0', { timeout: 300_000 }, () => {
  const builder = createSiteBuilder({
    env: { ...process.env, SITE_PNG_IMAGES: '0', SITE_CACHE_DIR: join(work, 'cache') },
    incremental: false,
    backstopMs: 280_000,
    log: () => {},
  });

  it('builds the whole site in a process of its own and writes the page manifest', async () => {
    const request = {
      snapshotFile: join(SITE_ROOT, 'fixtures', 'demo-snapshot.json'),
      outDir: join(work, 'site'),
      pagesFile: join(work, 'pages.json'),
    };
    await builder.build(request, new AbortController().signal);
    expect(readFileSync(join(work, 'site', 'index.html'), 'utf8')).toContain('<html');
    expect(existsSync(join(work, 'site', 'pagefind', 'pagefind.js'))).toBe(true);
    const pages = (JSON.parse(readFileSync(request.pagesFile, 'utf8')) as { pages: string[] }).pages;
    expect(pages).toContain('/');
    // From scratch: no incremental cache was made.
    expect(existsSync(join(work, 'cache', 'incremental-build.json'))).toBe(false);
    builder.close();
  });

  it('stops the build when its signal aborts', async () => {
    const stop = new AbortController();
    const running = builder.build(
      { snapshotFile: join(SITE_ROOT, 'fixtures', 'demo-snapshot.json'), outDir: join(work, 'stopped') },
      stop.signal,
    );
    // While Astro runs: its process group is killed.
    setTimeout(() => stop.abort(new StepError('stopped after 1 s (PUBLISHER_BUILD_TIMEOUT_MS)')), 1000);
    await expect(running).rejects.toThrow('stopped after 1 s (PUBLISHER_BUILD_TIMEOUT_MS)');
    expect(existsSync(join(work, 'stopped', 'pagefind'))).toBe(false);
  });
});
