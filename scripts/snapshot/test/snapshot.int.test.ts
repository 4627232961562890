// The snapshot command against the real CMS (started by the cms test
// project's global setup, on SQLite or PostgreSQL).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { demoData } from '../../../cms/src/demo-data/index.ts';
import { freePort } from '../../../cms/scripts/free-port.ts';
import { createCmsClient, PAGE_SIZE } from '../cms-client.ts';
import { takeSnapshot } from '../take-snapshot.ts';
import { runScript } from '../../test/run-script.ts';

const MAIN = join(import.meta.dirname, '..', 'main.ts');

/** The command as a child that does not block this test's event loop (its keep-alive sockets to the CMS). */
async function runCli(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sdd-snap-'));
  const out = join(dir, 'snapshot.json');
  const result = await runScript(MAIN, ['--out', out], env);
  const read = () => JSON.parse(readFileSync(out, 'utf8'));
  return {
    status: result.code,
    stdout: result.out,
    stderr: result.err,
    read,
    outFile: out,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe('snapshot command', () => {
  it('reads every page of every collection (KPIs span more than one page of 100)', async () => {
    const snapshot = await takeSnapshot(createCmsClient(inject('cmsUrl'), inject('buildToken')), inject('cmsUrl'));
    const published = demoData.kpis.filter((k) => !demoData.drafts.kpis.includes(k.code));
    expect(published.length).toBeGreaterThan(PAGE_SIZE);
    expect(snapshot.kpis.map((k) => k.code).sort()).toEqual(published.map((k) => k.code).sort());
    expect(snapshot.tiles).toHaveLength(demoData.tiles.length - demoData.drafts.tiles.length);
    expect(snapshot.sdgs).toHaveLength(17);
  });

  it('keeps relations as stable keys and values exactly', async () => {
    const snapshot = await takeSnapshot(createCmsClient(inject('cmsUrl'), inject('buildToken')), inject('cmsUrl'));
    const demoTile = demoData.tiles.find((t) => !demoData.drafts.tiles.includes(t.slug) && t.kpis.length > 1)!;
    expect(snapshot.tiles.find((t) => t.slug === demoTile.slug)).toMatchObject({
      kpis: demoTile.kpis,
      sdgs: demoTile.sdgs,
      primaryActionField: demoTile.primaryActionField,
    });
    const demoKpi = demoData.kpis.find((k) => k.code === demoTile.kpis[0])!;
    const kpi = snapshot.kpis.find((k) => k.code === demoKpi.code)!;
    expect(kpi.observations.map((o) => [o.period, o.series, o.value]).sort()).toEqual(
      demoKpi.observations.map((o) => [o.period, o.series, o.value]).sort(),
    );
    const session = snapshot.meetings.find((m) => m.slug === 'dos-2025-02-26')!;
    expect(session.body).toBe('digitalisierungs-und-organisationssenat');
    expect(session.agendaItems.map((a) => a.number)).toEqual(['1', '2']);
  });

  it('holds no drafts and no non-public agenda items', async () => {
    const snapshot = await takeSnapshot(createCmsClient(inject('cmsUrl'), inject('buildToken')), inject('cmsUrl'));
    const text = JSON.stringify(snapshot);
    for (const code of demoData.drafts.kpis) expect(text).not.toContain(`"${code}"`);
    for (const slug of [...demoData.drafts.tiles, ...demoData.drafts.meetings, ...demoData.drafts.pages])
      expect(text).not.toContain(`"${slug}"`);
    expect(text).not.toContain('VERTRAULICH');
  });

  it('writes the file from the command line, and says which file the site builds from', async () => {
    const run = await runCli({ CMS_URL: inject('cmsUrl'), CMS_TOKEN: inject('buildToken') });
    try {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^snapshot: \d+ KPIs, \d+ tiles/);
      expect(run.stdout).toContain(`SNAPSHOT_FILE=${run.outFile} node site/scripts/build.ts`);
      expect(run.read().formatVersion).toBe(1);
    } finally {
      run.cleanup();
    }
  });

  it('explains an unreachable CMS instead of printing a stack trace', async () => {
    const run = await runCli({ CMS_URL: `http://127.0.0.1:${await freePort()}`, CMS_TOKEN: 'x' });
    run.cleanup();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /Cannot reach the CMS at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)\. Is it running \(npm start\)\?/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains a wrong token', async () => {
    const run = await runCli({ CMS_URL: inject('cmsUrl'), CMS_TOKEN: 'not-a-token' });
    run.cleanup();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refused .* \(401\): the API token is missing or lacks read access/);
  });
});
