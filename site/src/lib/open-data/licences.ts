// A KPI's licence text as a dcat-ap.de licence: a known name maps to its URI;
// any other text is declared "other open licence", since everything the
// dashboard publishes is open, and the text itself travels as attribution.
import { licenceFromText, OPEN_DATA_LICENCES, OTHER_OPEN_LICENCE_URI } from '@sdd/shared-types';

export function licenceOf(text: string): { uri: string; attribution: boolean } {
  const id = licenceFromText(text);
  return id
    ? { uri: OPEN_DATA_LICENCES[id].uri, attribution: OPEN_DATA_LICENCES[id].attribution }
    : { uri: OTHER_OPEN_LICENCE_URI, attribution: true };
}
