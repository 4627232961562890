// Rules for the site settings that feed the open-data catalogue (DCAT-AP.de):
// a state portal or GovData drops or misfiles datasets whose key, contributor
// ID or contact is wrong, so the editor hears about it when saving.
import {
  CONTRIBUTOR_BASE,
  contributorIdSchema,
  licenceMismatch,
  OFFICIAL_KEY_DIGITS,
  OPEN_DATA_LICENCES,
  officialKeySchema,
  openDataLicenceIdSchema,
} from '@sdd/shared-types';
import type { FieldProblem } from './problem';
import { checkLink } from './rules';

type Data = Record<string, unknown>;
const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function checkOfficialKey(key: unknown): FieldProblem[] {
  if (isEmpty(key) || officialKeySchema.safeParse(key).success) return [];
  const message = OFFICIAL_KEY_DIGITS.test(String(key))
    ? `„${String(key)}“ beginnt nicht mit einer Landesnummer (01 bis 16): bitte den Schlüssel aus dem Gemeindeverzeichnis des Statistischen Bundesamts übernehmen.`
    : `„${String(key)}“ ist kein amtlicher Schlüssel: bitte den 8-stelligen Gemeindeschlüssel (AGS, z. B. „09661000“) oder den 12-stelligen Regionalschlüssel (ARS, z. B. „096610000000“) nur aus Ziffern angeben.`;
  return [{ path: ['officialKey'], message }];
}

function checkContributorId(id: unknown): FieldProblem[] {
  if (isEmpty(id) || contributorIdSchema.safeParse(id).success) return [];
  const text = String(id);
  const tail = text.includes('/contributors/')
    ? text.slice(text.indexOf('/contributors/') + '/contributors/'.length).replace(/\/+$/, '')
    : undefined;
  const message = tail
    ? `Bitte nur die Kennung nach „${CONTRIBUTOR_BASE}“ eingeben, hier „${tail}“.`
    : `„${text}“ ist keine GovData-Kennung (contributorID): erlaubt sind Buchstaben, Ziffern, „-“ und „_“, z. B. „transparenzportalHamburg“. Die Kennung vergibt die Geschäftsstelle von GovData.`;
  return [{ path: ['contributorId'], message }];
}

/** Problems of the open-data fields in a site-settings write; fields not sent (undefined) are left alone. */
export function checkOpenDataSettings(data: Data): FieldProblem[] {
  const problems = [
    ...checkOfficialKey(data.officialKey),
    ...checkContributorId(data.contributorId),
    ...checkLink('contactUrl', data.contactUrl),
  ];
  if (
    data.contactEmail !== undefined &&
    data.contactUrl !== undefined &&
    isEmpty(data.contactEmail) &&
    isEmpty(data.contactUrl)
  ) {
    problems.push({
      path: ['contactEmail'],
      message:
        'Bitte eine Kontakt-E-Mail oder eine Kontakt-Webseite angeben: der Open-Data-Katalog nennt sie als Ansprechstelle, ohne sie nehmen Datenportale die Daten nicht an.',
    });
  }
  const licenceId = openDataLicenceIdSchema.safeParse(data.dataLicenceId);
  if (typeof data.dataLicence === 'string' && licenceId.success) {
    const named = licenceMismatch(data.dataLicence, licenceId.data);
    if (named) {
      problems.push({
        path: ['dataLicenceId'],
        message: `Die Datenlizenz „${data.dataLicence}“ ist eine andere als die Lizenz für den Datenkatalog („${OPEN_DATA_LICENCES[licenceId.data].name}“). Bitte hier „${OPEN_DATA_LICENCES[named].name}“ wählen oder den Text der Datenlizenz anpassen.`,
      });
    }
  }
  return problems;
}
