// Which webhook events need a live build: a saved draft does not.
import { describe, expect, it } from 'vitest';
import { cannotChangeSite, changesOnlyDrafts } from '../preview-events.ts';

const event = (name: string, uid: string) =>
  JSON.stringify({ event: name, uid, model: uid.split('.').pop(), entry: { publishedAt: null } });

describe('changesOnlyDrafts', () => {
  it('is true for saving a KPI, tile, session or page (their drafts)', () => {
    for (const type of ['kpi', 'tile', 'meeting', 'page']) {
      expect(changesOnlyDrafts(event('entry.update', `plugin::smart-data.${type}`))).toBe(true);
      expect(changesOnlyDrafts(event('entry.create', `plugin::smart-data.${type}`))).toBe(true);
    }
  });

  it('is false for publishing, unpublishing and deleting, and for types without drafts', () => {
    for (const name of ['entry.publish', 'entry.unpublish', 'entry.delete'])
      expect(changesOnlyDrafts(event(name, 'plugin::smart-data.kpi'))).toBe(false);
    for (const type of ['body', 'action-field', 'action-dimension', 'sdg', 'site-setting']) {
      expect(changesOnlyDrafts(event('entry.update', `plugin::smart-data.${type}`))).toBe(false);
    }
    expect(changesOnlyDrafts(event('media.create', 'plugin::upload.file'))).toBe(false);
  });

  it('knows media-library and admin-only events cannot change the site', () => {
    expect(cannotChangeSite(JSON.stringify({ event: 'media.create', media: { name: 'plan.pdf' } }))).toBe(true);
    expect(cannotChangeSite(JSON.stringify({ event: 'media.delete', media: { name: 'plan.pdf' } }))).toBe(true);
    expect(cannotChangeSite(event('entry.update', 'plugin::users-permissions.user'))).toBe(true);
    expect(cannotChangeSite(event('entry.create', 'admin::user'))).toBe(true);
    // Content of the site, and anything unknown or unreadable: it may change the site.
    for (const type of ['kpi', 'tile', 'meeting', 'page', 'body', 'sdg', 'site-setting']) {
      for (const name of ['entry.create', 'entry.update', 'entry.publish', 'entry.unpublish', 'entry.delete'])
        expect(cannotChangeSite(event(name, `plugin::smart-data.${type}`))).toBe(false);
    }
    expect(cannotChangeSite(event('entry.publish', 'api::news.news'))).toBe(false);
    expect(cannotChangeSite('not json')).toBe(false);
    expect(cannotChangeSite('null')).toBe(false);
    expect(cannotChangeSite('{"uid":"admin::user"}')).toBe(false);
  });

  it('builds when in doubt (unreadable body, unknown type)', () => {
    expect(changesOnlyDrafts('not json')).toBe(false);
    expect(changesOnlyDrafts('{"event":"entry.update"}')).toBe(false);
    expect(changesOnlyDrafts(event('entry.update', 'api::kpi.kpi'))).toBe(false);
  });
});
