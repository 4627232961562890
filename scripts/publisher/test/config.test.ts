// The publisher's settings: incremental builds are on unless switched off, and a wrong value stops the start.
import { describe, expect, it } from 'vitest';
import { publisherConfig } from '../config.ts';

const SECRET = { SDD_WEBHOOK_SECRET: 'x'.repeat(40) };

describe('publisher configuration', () => {
  it('builds incrementally by default; PUBLISHER_INCREMENTAL=0 switches it off', () => {
    expect(publisherConfig(SECRET).PUBLISHER_INCREMENTAL).toBe('1');
    expect(publisherConfig({ ...SECRET, PUBLISHER_INCREMENTAL: '0' }).PUBLISHER_INCREMENTAL).toBe('0');
  });

  it('refuses any other value, naming the variable', () => {
    expect(() => publisherConfig({ ...SECRET, PUBLISHER_INCREMENTAL: 'yes' })).toThrow(
      'Publisher-Einstellungen: PUBLISHER_INCREMENTAL: muss 0 (jeder Neubau vollständig) oder 1 (nur geänderte Seiten) sein',
    );
  });
});
