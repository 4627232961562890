// The open-data identity of the site settings: licence names, official keys,
// contributor IDs and the URIs the catalogue makes of them.
import { describe, expect, it } from 'vitest';
import {
  contributorIdSchema,
  dataThemeUris,
  licenceFromText,
  officialKeySchema,
  politicalGeocoding,
  siteSettingsSchema,
} from '../src/index.ts';
import { minimalSnapshot } from './fixtures/minimal-snapshot.ts';

describe('licenceFromText', () => {
  it('recognises the full German names and the short forms people write', () => {
    expect(licenceFromText('Datenlizenz Deutschland – Namensnennung – 2.0')).toBe('dl-by-de-2-0');
    expect(licenceFromText('dl-de/by-2-0')).toBe('dl-by-de-2-0');
    expect(licenceFromText('Creative Commons Namensnennung 4.0 International (CC BY 4.0)')).toBe('cc-by-4-0');
    expect(licenceFromText('CC BY 4.0')).toBe('cc-by-4-0');
    expect(licenceFromText('dl-de/zero-2-0')).toBe('dl-zero-de-2-0');
    expect(licenceFromText('Nutzung nach Rücksprache')).toBeUndefined();
  });
});

describe('official key and contributor ID', () => {
  it('accepts an 8-digit AGS or a 12-digit ARS of a state 01–16, nothing else', () => {
    expect(officialKeySchema.safeParse('09661000').success).toBe(true);
    expect(officialKeySchema.safeParse('096610000000').success).toBe(true);
    for (const bad of ['9661000', '09 661 000', '0966100000', '17000000', '00000000', ''])
      expect(officialKeySchema.safeParse(bad).success, bad).toBe(false);
  });

  it('makes the dcat-ap.de geocoding URIs of both key kinds', () => {
    expect(politicalGeocoding('09661000')).toEqual({
      uri: 'http://dcat-ap.de/def/politicalGeocoding/municipalityKey/09661000',
      levelUri: 'http://dcat-ap.de/def/politicalGeocoding/Level/municipality',
    });
    expect(politicalGeocoding('150020000000').uri).toBe(
      'http://dcat-ap.de/def/politicalGeocoding/regionalKey/150020000000',
    );
  });

  it('takes a contributor ID, not its URI', () => {
    expect(contributorIdSchema.safeParse('transparenzportalHamburg').success).toBe(true);
    expect(contributorIdSchema.safeParse('http://dcat-ap.de/def/contributors/transparenzportalHamburg').success).toBe(
      false,
    );
  });

  it('maps SDGs to EU data themes, each once', () => {
    expect(dataThemeUris([13, 7, 11, 12])).toEqual([
      'http://publications.europa.eu/resource/authority/data-theme/ENER',
      'http://publications.europa.eu/resource/authority/data-theme/REGI',
      'http://publications.europa.eu/resource/authority/data-theme/ENVI',
    ]);
  });
});

describe('site settings', () => {
  const settings = minimalSnapshot().settings;

  it('default the new fields for snapshots written before them', () => {
    const { contactUrl: _u, dataLicenceId: _l, officialKey: _k, contributorId: _c, ...old } = settings;
    expect(siteSettingsSchema.parse(old)).toMatchObject({
      contactUrl: null,
      dataLicenceId: 'dl-by-de-2-0',
      officialKey: null,
      contributorId: null,
    });
  });

  it('refuse a licence text that names another licence than the catalogue licence', () => {
    const result = siteSettingsSchema.safeParse({
      ...settings,
      dataLicence: 'CC BY 4.0',
      dataLicenceId: 'dl-by-de-2-0',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['dataLicenceId']);
  });
});
