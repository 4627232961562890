// Admin panel customisation: German for every editor from the first visit,
// whatever the browser says, German words for the choice lists, and German
// for Strapi's texts its own translation lacks (strapi-strings-de.ts).
import { enumValueLabelsDe } from '@sdd/shared-types/enum-labels-de';
import { MAX_YEAR, MIN_YEAR, SDG_COUNT } from '@sdd/shared-types/limits';
import { isReservedSlug } from '@sdd/shared-types/reserved-slugs';
import { setLocale } from 'yup';
import { STRAPI_STRINGS_DE } from './strapi-strings-de';

// Strapi reads this key once, when the admin starts, and falls back to
// English; a choice made under Profile → Interface language overwrites it.
// (After login the server's `preferedLanguage`, set to German for every
// user, wins anyway — this covers the login page.)
const LANGUAGE_KEY = 'strapi-admin-language';
if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
  window.localStorage.setItem(LANGUAGE_KEY, 'de');
}

const TARGET_YEAR_DE = `Das Zieljahr ist nicht plausibel: erlaubt sind ${MIN_YEAR} bis ${MAX_YEAR}, vierstellig wie „2030“.`;

/**
 * The admin's field messages that name no field and no remedy, replaced:
 * the help text under each field says the expected format.
 */
const FIELD_MESSAGES_DE = {
  'components.Input.error.validation.regex':
    'Diese Eingabe hat nicht das erwartete Format: siehe den Hinweis unter dem Feld.',
  'components.Input.error.validation.regex.withField':
    '„{field}“ hat nicht das erwartete Format: siehe den Hinweis unter dem Feld.',
  'components.Input.error.validation.string': 'Bitte einen Text eingeben.',
  // Number limits reach the message only as {max}/{min}, not the field: the
  // limits of this model's fields are few and distinct, so the limit names
  // the field (Zieljahr MIN_YEAR–MAX_YEAR, SDG 1–SDG_COUNT, Nachkommastellen 0–6,
  // Sitzungsnummer from 1; see the plugin's schema.json files).
  'components.Input.error.validation.max': `{max, select, ${MAX_YEAR} {${TARGET_YEAR_DE}} ${SDG_COUNT} {SDG-Nummern gehen von 1 bis ${SDG_COUNT}.} 6 {Höchstens 6 Nachkommastellen.} other {Der Wert ist zu hoch: höchstens {max}.}}`,
  'components.Input.error.validation.min': `{min, select, ${MIN_YEAR} {${TARGET_YEAR_DE}} 1 {Die Nummer beginnt bei 1.} 0 {Die Zahl darf nicht negativ sein.} other {Der Wert ist zu niedrig: mindestens {min}.}}`,
};

/** A page's URL name that the site uses itself: said as such, not as "wrong format". */
const reservedSlugMessage = (slug: string) =>
  `„${slug}“ ist ein Pfad der Website und als URL-Name reserviert; bitte einen anderen wählen.`;

// URL-name (uid) fields are checked with yup's own default message, in
// English and with the regular expression ("slug must match the following:
// /^(?!…/"); the admin shares this one yup instance (same exact version).
// This check runs before the content manager's own pattern check (whose
// message knows no value), so its message is the one shown at the field.
setLocale({
  string: {
    matches: ({ value }: { value: unknown }) =>
      typeof value === 'string' && isReservedSlug(value)
        ? reservedSlugMessage(value)
        : FIELD_MESSAGES_DE['components.Input.error.validation.regex'],
  },
});

export default {
  config: {
    locales: ['de'],
    translations: {
      // The content manager labels each dropdown option by the message whose id is the stored value.
      de: { ...STRAPI_STRINGS_DE, ...enumValueLabelsDe(), ...FIELD_MESSAGES_DE },
      en: enumValueLabelsDe(),
    },
  },
  bootstrap() {},
};
