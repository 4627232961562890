// Saved drafts under "Ohne Neubau": the draft events Strapi sends as part of a
// publication (saved first, published next, delivered in any order) are
// not listed; a draft saved on its own is, also of an entry published before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftSaves, PUBLICATION_MS } from '../draft-saves.ts';
import { createStatusStore, type StatusStore } from '../status-store.ts';

const hook = (event: string, code: string) =>
  JSON.stringify({ event, uid: 'plugin::smart-data.kpi', model: 'kpi', entry: { code } });
const listed = (status: StatusStore) => status.snapshot(null, false, 0);

describe('saved drafts in the history', () => {
  let dir: string;
  let status: StatusStore;
  let clock: number;
  let drafts: ReturnType<typeof createDraftSaves>;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sdd-draft-saves-'));
    status = createStatusStore(dir);
    clock = Date.parse('2026-12-04T10:00:00Z');
    drafts = createDraftSaves(status, () => clock);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists a draft saved on its own, with the count', () => {
    drafts.draft(hook('entry.update', 'KLI-01'));
    expect(listed(status).noBuildEvents.map((e) => e.reason)).toEqual([
      'Entwurf von Kennzahl KLI-01 gespeichert – keine Veröffentlichung nötig',
    ]);
    expect(listed(status).noBuildEventCount).toBe(1);
  });

  it('does not list the draft events of a publication, before or after its entry.publish', () => {
    drafts.draft(hook('entry.update', 'KLI-01')); // "Veröffentlichen" saves the form first
    drafts.draft(hook('entry.update', 'KLI-02')); // another KPI, saved on its own
    drafts.live(hook('entry.publish', 'KLI-01'));
    clock += 200;
    drafts.draft(hook('entry.update', 'KLI-01')); // a draft event delivered after the publication's
    expect(listed(status).noBuildEvents.map((e) => e.reason)).toEqual([
      'Entwurf von Kennzahl KLI-02 gespeichert – keine Veröffentlichung nötig',
    ]);
    expect(listed(status).noBuildEventCount).toBe(1);
  });

  it('does not list a new entry created and published with one click', () => {
    drafts.draft(hook('entry.create', 'KLI-09'));
    drafts.live(hook('entry.publish', 'KLI-09'));
    expect(listed(status).noBuildEventCount).toBe(0);
  });

  it('lists drafts saved longer before or after a publication, and keeps the list across a restart', () => {
    drafts.draft(hook('entry.update', 'KLI-01'));
    clock += PUBLICATION_MS + 1;
    drafts.live(hook('entry.publish', 'KLI-01'));
    clock += PUBLICATION_MS + 1;
    drafts.draft(hook('entry.update', 'KLI-01'));
    expect(listed(status).noBuildEventCount).toBe(2);
    expect(listed(createStatusStore(dir)).noBuildEventCount).toBe(2);
  });

  it('takes nothing back for other events that build (an unpublication, a site setting)', () => {
    drafts.draft(hook('entry.update', 'KLI-01'));
    drafts.live(hook('entry.unpublish', 'KLI-01'));
    expect(listed(status).noBuildEventCount).toBe(1);
  });
});
