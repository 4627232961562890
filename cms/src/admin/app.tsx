// Admin panel customisation: German for every editor from the first visit,
// whatever the browser says, and German words for the choice lists.
import { enumValueLabelsDe } from '@sdd/shared-types/enum-labels-de';
import { setLocale } from 'yup';

// Strapi reads this key once, when the admin starts, and falls back to
// English; a choice made under Profile → Interface language overwrites it.
// (After login the server's `preferedLanguage`, set to German for every
// user, wins anyway — this covers the login page.)
const LANGUAGE_KEY = 'strapi-admin-language';
if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
  window.localStorage.setItem(LANGUAGE_KEY, 'de');
}

/**
 * The admin's field messages that name no field and no remedy, replaced:
 * the help text under each field says the expected format.
 */
const FIELD_MESSAGES_DE = {
  'components.Input.error.validation.regex': 'Diese Eingabe hat nicht das erwartete Format: siehe den Hinweis unter dem Feld.',
  'components.Input.error.validation.regex.withField': '„{field}“ hat nicht das erwartete Format: siehe den Hinweis unter dem Feld.',
  'components.Input.error.validation.string': 'Bitte einen Text eingeben.',
};

// URL-name (uid) fields are checked with yup's own default message, in
// English and with the regular expression ("slug must match the following:
// /^(?!…/"); the admin shares this one yup instance (same exact version).
setLocale({ string: { matches: FIELD_MESSAGES_DE['components.Input.error.validation.regex'] } });

export default {
  config: {
    locales: ['de'],
    translations: {
      // The content manager labels each dropdown option by the message whose id is the stored value.
      de: { ...enumValueLabelsDe(), ...FIELD_MESSAGES_DE },
      en: enumValueLabelsDe(),
    },
  },
  bootstrap() {},
};
