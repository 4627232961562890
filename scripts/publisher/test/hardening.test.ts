// The publisher's own failure paths, without a CMS: a build folder that
// cannot be created, oversized webhook event names, the token file, and the
// modes of its state.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../cms/scripts/free-port.ts';
import { currentBuildToken } from '../build-token.ts';
import { publisherConfig } from '../config.ts';
import { startPublisher, type Publisher } from '../publisher.ts';
import { ensureSecretFile } from '../secrets.ts';
import { publisherStatus } from './settle.ts';

const SECRET = 'x'.repeat(40);
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
let publisher: Publisher | undefined;
let work: string | undefined;

afterEach(async () => {
  await publisher?.stop();
  publisher = undefined;
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The publisher's log lines, where the technical detail of a failure goes. */
let logged: string[] = [];

async function start(stateDir: string, env: Record<string, string> = {}): Promise<Publisher> {
  // A CMS address where nothing listens: the snapshot step fails at once.
  const closedPort = await freePort();
  logged = [];
  publisher = await startPublisher(
    publisherConfig({
      PUBLISHER_PORT: String(await freePort()),
      PUBLISHER_STATE_DIR: stateDir,
      PUBLISHER_DEBOUNCE_MS: '50',
      CMS_URL: `http://127.0.0.1:${closedPort}`,
      SDD_WEBHOOK_SECRET: SECRET,
      ...env,
    }),
    (line) => logged.push(line),
  );
  return publisher;
}

describe('every failure is a recorded failure', () => {
  it('a build whose folder cannot be created shows up in /status and the history', async () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-pub-hard-'));
    const p = await start(work);
    // Replace builds/ by a file: mkdir of builds/<id> fails (ENOTDIR), also for root, unlike a chmod.
    rmSync(join(work, 'builds'), { recursive: true });
    writeFileSync(join(work, 'builds'), 'not a folder');
    p.trigger('test');
    await p.idle();
    const status = await publisherStatus(p);
    expect(status.history).toHaveLength(1);
    // Editors read the step in German; the technical cause is logged.
    expect(status.lastFailure?.error).toBe(
      'Ordner anlegen fehlgeschlagen: Der Neubau ist im Schritt „Ordner anlegen“ fehlgeschlagen.',
    );
    expect(status.lastFailure?.problems).toEqual([expect.objectContaining({ kind: 'publisher', entry: null })]);
    expect(logged.some((line) => /failed in step "build folder: .*ENOTDIR/.test(line))).toBe(true);
    expect(status.lastFailure?.reasons).toEqual(['test']);
    expect(status.running).toBeNull();
  });

  it('a missing token file fails the build loudly instead of reading anonymously', () => {
    expect(() => currentBuildToken({ CMS_TOKEN: undefined, CMS_TOKEN_FILE: '/nonexistent/build-token' })).toThrow(
      /CMS_TOKEN_FILE \/nonexistent\/build-token.*ENOENT/,
    );
  });
});

describe('a step that times out', () => {
  let cms: Server | undefined;
  afterEach(async () => {
    if (cms) await new Promise((r) => cms!.close(r));
    cms = undefined;
  });

  it('is ended, not left running: its requests are cut, and no build folder is left behind', async () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-pub-hard-'));
    // A CMS that accepts the snapshot's requests and never answers.
    let open = 0;
    let cut = 0;
    cms = createServer((req) => {
      open++;
      req.socket.on('close', () => cut++);
    });
    const port = await freePort();
    await new Promise<void>((r) => cms!.listen(port, '127.0.0.1', r));
    const p = await start(work, { CMS_URL: `http://127.0.0.1:${port}`, PUBLISHER_BUILD_TIMEOUT_MS: '1000' });
    p.trigger('test');
    await p.idle();
    const status = await publisherStatus(p);
    expect(status.lastFailure?.error).toMatch(/^Inhalte aus dem CMS lesen fehlgeschlagen/);
    expect(logged.some((line) => /stopped after 1 s \(PUBLISHER_BUILD_TIMEOUT_MS\)/.test(line))).toBe(true);
    // The requests were cut when the step timed out (not 30 s later: the poll gives up after 1 s); with them
    // the step's work has ended, and its folder is gone.
    expect(open).toBeGreaterThan(0);
    await expect.poll(() => cut, { timeout: 1000 }).toBe(open);
    expect(readdirSync(join(work, 'builds'))).toEqual([]);
  });
});

describe('events that cannot change the site', () => {
  it('start no build; a publish does, named in German', async () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-pub-hard-'));
    const p = await start(work);
    const hook = (payload: unknown) =>
      fetch(`${p.url}/hooks/strapi`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
    expect((await hook({ event: 'media.create', media: { name: 'plan.pdf' } })).status).toBe(202);
    expect(
      (await hook({ event: 'entry.update', uid: 'plugin::users-permissions.user', model: 'user', entry: { id: 1 } }))
        .status,
    ).toBe(202);
    expect(
      (await hook({ event: 'entry.update', uid: 'plugin::smart-data.kpi', model: 'kpi', entry: { code: 'KLI-01' } }))
        .status,
    ).toBe(202);
    // Each answer came after the event was recorded: a build it had started would be waiting or running now.
    await p.idle();
    const quiet = await publisherStatus(p);
    expect(quiet.history).toHaveLength(0);
    // Listed in /status with the reason in German, newest first, and counted.
    expect(quiet.noBuildEvents.map((e) => e.reason)).toEqual([
      'Entwurf von Kennzahl KLI-01 gespeichert – keine Veröffentlichung nötig',
      'Eintrag (plugin::users-permissions.user) geändert – ändert die Website nicht',
      'Datei hochgeladen – ändert die Website nicht',
    ]);
    expect(quiet.noBuildEventCount).toBe(3);
    expect(logged.filter((line) => line.startsWith('no build for'))).toEqual([
      'no build for "Datei hochgeladen": it cannot change the site',
      'no build for "Eintrag (plugin::users-permissions.user) geändert": it cannot change the site',
    ]);
    // Another KPI: publishing KLI-01 now would take its draft event back as part of the publication (draft-saves.ts).
    await hook({ event: 'entry.publish', uid: 'plugin::smart-data.kpi', model: 'kpi', entry: { code: 'KLI-02' } });
    await p.idle();
    const built = await publisherStatus(p);
    expect(built.history.map((b) => b.reasons)).toEqual([['Kennzahl KLI-02 veröffentlicht']]);
    expect(built.noBuildEventCount).toBe(3); // a publish is no such event
  });

  it('counts every event without a build, lists the newest 20 and keeps them over a restart', async () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-pub-hard-'));
    let p = await start(work);
    const save = (code: string) =>
      fetch(`${p.url}/hooks/strapi`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
        body: JSON.stringify({ event: 'entry.update', uid: 'plugin::smart-data.kpi', entry: { code } }),
      });
    for (let i = 1; i <= 25; i++) expect((await save(`KLI-${i}`)).status).toBe(202);
    const s = await publisherStatus(p);
    expect(s.noBuildEventCount).toBe(25);
    expect(s.noBuildEvents).toHaveLength(20);
    expect(s.noBuildEvents[0]!.reason).toBe('Entwurf von Kennzahl KLI-25 gespeichert – keine Veröffentlichung nötig');
    expect(s.noBuildEvents[19]!.reason).toMatch(/^Entwurf von Kennzahl KLI-6 gespeichert/);
    expect(s.pendingEvents).toBe(0);
    await p.stop();
    p = await start(work);
    const restarted = await publisherStatus(p);
    expect(restarted.noBuildEventCount).toBe(25);
    expect(restarted.noBuildEvents).toEqual(s.noBuildEvents);
  });
});

describe('webhook event names', () => {
  it('are stored bounded in /status, however long the body makes them', async () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-pub-hard-'));
    const p = await start(work);
    const body = JSON.stringify({
      event: `entry.publish${'A'.repeat(200_000)}`,
      uid: 'plugin::smart-data.kpi<script>',
    });
    const res = await fetch(`${p.url}/hooks/strapi`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(202);
    await p.idle();
    const status = await publisherStatus(p);
    expect(status.history[0]?.reasons).toEqual(['Eintrag geändert']);
    expect(JSON.stringify(status).length).toBeLessThan(5000);
  });
});

describe('the build token file', () => {
  it('is reread at every call, so a regenerated token needs no restart', () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-pub-hard-'));
    const file = join(work, 'build-token');
    writeFileSync(file, 'first\n');
    const config = { CMS_TOKEN: 'from-env', CMS_TOKEN_FILE: file };
    expect(currentBuildToken(config)).toBe('first');
    writeFileSync(file, 'second\n');
    expect(currentBuildToken(config)).toBe('second');
    expect(currentBuildToken({ CMS_TOKEN: 'from-env', CMS_TOKEN_FILE: undefined })).toBe('from-env');
  });
});

describe('file modes of the publisher state', () => {
  it('tightens an existing state folder and webhook secret to 700/600', () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-pub-hard-'));
    const state = join(work, '.data');
    mkdirSync(state, { mode: 0o755 });
    chmodSync(state, 0o755);
    writeFileSync(join(state, 'webhook-secret'), 'old-secret\n', { mode: 0o644 });
    chmodSync(join(state, 'webhook-secret'), 0o644);
    expect(ensureSecretFile(join(state, 'webhook-secret'))).toBe('old-secret');
    expect(mode(state)).toBe('700');
    expect(mode(join(state, 'webhook-secret'))).toBe('600');
  });

  it('creates a fresh state folder owner-only', async () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-pub-hard-'));
    await start(join(work, 'fresh', 'publisher'));
    expect(mode(join(work, 'fresh'))).toBe('700');
    expect(mode(join(work, 'fresh', 'publisher'))).toBe('700');
  });
});
