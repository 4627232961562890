// The build folders and their prune (releases.ts): the newest successful
// builds and the live one stay, everything else goes, and the prune runs off
// the publisher's event loop.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReleases } from '../releases.ts';

let state = '';
afterEach(() => rmSync(state, { recursive: true, force: true }));

/** A build folder with a site of `files` files. */
function makeBuild(releases: ReturnType<typeof createReleases>, id: string, files = 3): void {
  const site = join(releases.create(id), 'site');
  mkdirSync(join(site, 'kennzahlen'), { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(site, 'kennzahlen', `${i}.html`), `<p>${i}</p>`);
}

describe('prune', () => {
  it('keeps the newest successful builds and the live one; removes failed and older ones', async () => {
    state = mkdtempSync(join(tmpdir(), 'sdd-releases-'));
    const releases = createReleases(state);
    for (const id of ['20261203-100000-000', '20261203-110000-000', '20261203-120000-000', '20261203-130000-000'])
      makeBuild(releases, id);
    // Live is an older one (rolled back by hand); the newest failed.
    releases.switchLive('20261203-100000-000');
    await releases.prune(1, new Set(['20261203-100000-000', '20261203-110000-000', '20261203-120000-000']));
    expect(readdirSync(join(state, 'builds')).sort()).toEqual(['20261203-100000-000', '20261203-120000-000']);
    expect(releases.liveSiteDir()).toBe(join(state, 'builds', '20261203-100000-000', 'site'));
  });

  it('lets the event loop run while it removes a large build', async () => {
    state = mkdtempSync(join(tmpdir(), 'sdd-releases-'));
    const releases = createReleases(state);
    makeBuild(releases, '20261203-100000-000', 3000);
    makeBuild(releases, '20261203-110000-000');
    releases.switchLive('20261203-110000-000');
    let turns = 0;
    const timer = setInterval(() => turns++, 1);
    await releases.prune(1, new Set(['20261203-110000-000']));
    clearInterval(timer);
    expect(existsSync(join(state, 'builds', '20261203-100000-000'))).toBe(false);
    // A removal on this thread would have blocked every timer until it was done.
    expect(turns).toBeGreaterThan(0);
  });
});
