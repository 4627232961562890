// The plain limits of the content model, once: the zod schemas, the CMS's
// field checks and German messages, the import and the admin's messages all
// read them from here. No zod, so the admin bundle can take it alone
// (`@sdd/shared-types/limits`). The plugin's schema.json files restate the
// year and SDG limits for Strapi's own form check; a CMS test holds them equal.

/** First calendar year a value or a target may name. */
export const MIN_YEAR = 1900;
/** Last calendar year a target may name. */
export const MAX_YEAR = 2100;
/** Values may be reported for at most next year (forecast budgets). */
export const maxValueYear = (now = new Date()): number => now.getFullYear() + 1;

/** The UN's Sustainable Development Goals are numbered 1 to SDG_COUNT. */
export const SDG_COUNT = 17;

export const isSdgNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= SDG_COUNT;

/** An SDG target code: goal number, dot, target ("11.6", "6.a"). */
export const SDG_TARGET_PATTERN = /^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])$/;

/** Whether `target` is a well-formed target code of goal `goal` ("11.6" of 11, not of 6). */
export const isTargetOfGoal = (target: string, goal: number): boolean =>
  SDG_TARGET_PATTERN.test(target) && target.split('.')[0] === String(goal);
