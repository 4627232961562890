// The CMS's German messages for the site settings that feed the open-data catalogue.
import { describe, expect, it } from 'vitest';
import { checkOpenDataSettings } from '../../src/plugins/smart-data/server/src/validation/open-data-settings.ts';

const valid = {
  officialKey: '09661000',
  contributorId: 'aschaffenburg',
  contactEmail: 'daten@example.org',
  contactUrl: null,
  dataLicence: 'Datenlizenz Deutschland – Namensnennung – 2.0',
  dataLicenceId: 'dl-by-de-2-0',
};
const messages = (data: Record<string, unknown>) =>
  checkOpenDataSettings(data).map((p) => `${p.path.join('.')}: ${p.message}`);

describe('open-data site settings', () => {
  it('accepts valid settings, empty optional fields and a partial update', () => {
    expect(messages(valid)).toEqual([]);
    expect(messages({ ...valid, officialKey: '', contributorId: null })).toEqual([]);
    expect(messages({ cityName: 'Aschaffenburg' })).toEqual([]);
  });

  it('names the field and the fix for a wrong official key', () => {
    expect(messages({ officialKey: '0966100' })[0]).toMatch(
      /^officialKey: „0966100“ ist kein amtlicher Schlüssel: bitte den 8-stelligen Gemeindeschlüssel/,
    );
    expect(messages({ officialKey: '99661000' })[0]).toMatch(/^officialKey: .*Landesnummer \(01 bis 16\)/);
  });

  it('tells which part of a pasted contributor URI to enter', () => {
    expect(messages({ contributorId: 'http://dcat-ap.de/def/contributors/aschaffenburg/' })).toEqual([
      'contributorId: Bitte nur die Kennung nach „http://dcat-ap.de/def/contributors/“ eingeben, hier „aschaffenburg“.',
    ]);
    expect(messages({ contributorId: 'Stadt Aschaffenburg' })[0]).toMatch(
      /^contributorId: „Stadt Aschaffenburg“ ist keine GovData-Kennung/,
    );
  });

  it('needs an e-mail or a web page for the contact point, and a full address for the page', () => {
    expect(messages({ ...valid, contactEmail: '', contactUrl: '' })[0]).toMatch(
      /^contactEmail: Bitte eine Kontakt-E-Mail oder eine Kontakt-Webseite angeben/,
    );
    expect(messages({ ...valid, contactEmail: null, contactUrl: 'https://www.aschaffenburg.de/kontakt' })).toEqual([]);
    expect(messages({ contactUrl: 'www.aschaffenburg.de' })[0]).toMatch(
      /^contactUrl: „www.aschaffenburg.de“ ist keine vollständige Adresse/,
    );
  });

  it('refuses a licence text that names another licence than the one chosen for the catalogue', () => {
    expect(messages({ ...valid, dataLicence: 'CC BY 4.0' })[0]).toMatch(
      /^dataLicenceId: Die Datenlizenz „CC BY 4.0“ ist eine andere als die Lizenz für den Datenkatalog .* Bitte hier „Creative Commons Namensnennung 4.0 International \(CC BY 4.0\)“ wählen/,
    );
  });
});
