// One habit for every command's settings: its environment variables and
// arguments are read through a zod schema, and a wrong one stops the command
// before it does anything, with a German message naming the setting, what is
// wrong and an example of a right value. The building blocks below carry
// those messages, so each command's schema says only what it needs.
import { z } from 'zod';

/** A setting is wrong: the message is German, one line per setting. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** `input` read through `schema`, or a ConfigError: "<command>: FOO: message; BAR: message". */
export function parseConfig<S extends z.ZodType>(command: string, schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'Einstellung'}: ${i.message}`);
  throw new ConfigError(`${command}: ${problems.join('; ')}`);
}

/** For a command's entry: the settings, or the German message on stderr and exit code 2 (no stack trace). */
export function configOrExit<S extends z.ZodType>(command: string, schema: S, input: unknown): z.infer<S> {
  try {
    return parseConfig(command, schema, input);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

/** A TCP port, from an environment variable (a string) or its default. */
export const port = (fallback: number) =>
  z.coerce
    .number({ error: 'muss eine Portnummer sein, z. B. 4321' })
    .int('muss eine ganze Zahl sein, z. B. 4321')
    .min(1, 'Ports gehen von 1 bis 65535')
    .max(65_535, 'Ports gehen von 1 bis 65535')
    .default(fallback);

/** A whole number above zero (a count, milliseconds, bytes) or its default. */
export const positiveInt = (fallback: number) =>
  z.coerce
    .number({ error: `muss eine ganze Zahl über 0 sein, z. B. ${fallback}` })
    .int(`muss eine ganze Zahl über 0 sein, z. B. ${fallback}`)
    .positive(`muss eine ganze Zahl über 0 sein, z. B. ${fallback}`)
    .default(fallback);

/** The CMS's base address (http or https, no path needed), default the local one of `npm start`. */
export const cmsUrl = () =>
  z
    .url({ protocol: /^https?$/, error: 'muss eine http(s)-Adresse sein, z. B. http://127.0.0.1:1337' })
    .default('http://127.0.0.1:1337');

/** An optional text that, when given, is not blank (a token, a file name). */
export const optionalText = () =>
  z.string().trim().min(1, 'darf nicht leer sein; weglassen, wenn nicht gebraucht').optional();
