// Which webhook events need a live build: a saved draft does not.
import { describe, expect, it } from 'vitest';
import { changesOnlyDrafts } from '../preview-events.ts';

const event = (name: string, uid: string) => JSON.stringify({ event: name, uid, model: uid.split('.').pop(), entry: { publishedAt: null } });

describe('changesOnlyDrafts', () => {
  it('is true for saving a KPI, tile, session or page (their drafts)', () => {
    for (const type of ['kpi', 'tile', 'meeting', 'page']) {
      expect(changesOnlyDrafts(event('entry.update', `plugin::smart-data.${type}`))).toBe(true);
      expect(changesOnlyDrafts(event('entry.create', `plugin::smart-data.${type}`))).toBe(true);
    }
  });

  it('is false for publishing, unpublishing and deleting, and for types without drafts', () => {
    for (const name of ['entry.publish', 'entry.unpublish', 'entry.delete']) expect(changesOnlyDrafts(event(name, 'plugin::smart-data.kpi'))).toBe(false);
    for (const type of ['body', 'action-field', 'action-dimension', 'sdg', 'site-setting']) {
      expect(changesOnlyDrafts(event('entry.update', `plugin::smart-data.${type}`))).toBe(false);
    }
    expect(changesOnlyDrafts(event('media.create', 'plugin::upload.file'))).toBe(false);
  });

  it('builds when in doubt (unreadable body, unknown type)', () => {
    expect(changesOnlyDrafts('not json')).toBe(false);
    expect(changesOnlyDrafts('{"event":"entry.update"}')).toBe(false);
    expect(changesOnlyDrafts(event('entry.update', 'api::kpi.kpi'))).toBe(false);
  });
});
