// The publishing history names changes in words, from Strapi's webhook bodies.
import { describe, expect, it } from 'vitest';
import { eventInWords, noBuildInWords } from '../event-words.ts';

const hook = (event: string, uid: string, entry: Record<string, unknown> = {}) =>
  JSON.stringify({ event, uid, model: uid.split('.').pop(), entry });

describe('webhook events in words', () => {
  it('names type, key and what happened', () => {
    expect(eventInWords(hook('entry.publish', 'plugin::smart-data.kpi', { code: 'KLI-01', name: 'CO₂' }))).toBe(
      'Kennzahl KLI-01 veröffentlicht',
    );
    expect(
      eventInWords(hook('entry.unpublish', 'plugin::smart-data.tile', { title: 'Radverkehr', slug: 'radverkehr' })),
    ).toBe('Kachel „Radverkehr“ zurückgezogen');
    expect(eventInWords(hook('entry.update', 'plugin::smart-data.site-setting'))).toBe(
      'Website-Einstellungen geändert',
    );
    expect(eventInWords(hook('entry.delete', 'plugin::smart-data.meeting', { slug: 'dos-2025-02-26' }))).toBe(
      'Sitzung „dos-2025-02-26“ gelöscht',
    );
  });

  it('stays readable for unknown types, events and bodies', () => {
    expect(eventInWords(hook('entry.publish', 'api::other.thing'))).toBe('Eintrag (api::other.thing) veröffentlicht');
    expect(eventInWords('{"event":"media.create"}')).toBe('Datei hochgeladen');
    expect(eventInWords('not json')).toBe('Änderung im CMS');
  });

  it('keeps hostile bodies short: odd names are ignored, long keys cut', () => {
    expect(eventInWords(hook(`entry.publish${'A'.repeat(5000)}`, 'plugin::smart-data.kpi<script>'))).toBe(
      'Eintrag geändert',
    );
    const words = eventInWords(hook('entry.publish', 'plugin::smart-data.tile', { title: 'Ä'.repeat(10_000) }));
    expect(words.length).toBeLessThan(120);
    expect(words).toMatch(/^Kachel „Ä+…“ veröffentlicht$/);
  });

  it('says why an event started no build', () => {
    expect(noBuildInWords(hook('entry.update', 'plugin::smart-data.kpi', { code: 'KLI-01' }), 'draft')).toBe(
      'Entwurf von Kennzahl KLI-01 gespeichert – keine Veröffentlichung nötig',
    );
    expect(noBuildInWords(hook('entry.create', 'plugin::smart-data.tile', { title: 'Radverkehr' }), 'draft')).toBe(
      'Entwurf von Kachel „Radverkehr“ angelegt – keine Veröffentlichung nötig',
    );
    expect(noBuildInWords('{"event":"media.delete","media":{"name":"plan.pdf"}}', 'outside')).toBe(
      'Datei gelöscht – ändert die Website nicht',
    );
    expect(noBuildInWords(hook('entry.create', 'admin::user'), 'outside')).toBe(
      'Eintrag (admin::user) angelegt – ändert die Website nicht',
    );
    expect(noBuildInWords('null', 'outside')).toBe('Eintrag geändert – ändert die Website nicht');
  });
});
