/** Building blocks shared by every schema: ids, dates, reference lists. */
import { z } from 'astro/zod';
import { isCalendarDate, isPartialDate } from '../domain/dates.ts';
import type { TranslationLanguage } from '../i18n/languages.ts';

/**
 * Error text for a field of the wrong type: "is required" when it is missing altogether, otherwise
 * what it must be. Editors read these after `file: field:`.
 */
export function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`);
}

function notARealDate(issue: { input?: unknown }): string {
  return `"${String(issue.input)}" is not a real calendar date`;
}

/** URL slug used as an id: lower-case letters, digits and single hyphens (`south-korea`). */
export const slugId = z.string({ error: expected('an id such as "south-korea"') }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be lower-case letters, digits and hyphens, such as "south-korea"',
});

/**
 * A quoted `YYYY-MM-DD` calendar date. A date written without quotes reaches the schema as a YAML
 * timestamp (already rolled over if impossible), so anything but a string is refused.
 */
export const calendarDate = z
  .string({ error: expected('a date in quotes, such as "2022-05-23"') })
  // `abort`: a string in the wrong format gets this one message, not also "not a real calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be written "YYYY-MM-DD", such as "2022-05-23"', abort: true })
  .refine(isCalendarDate, { error: notARealDate });

/** A quoted date as precise as the source allows: `"2022-05-23"`, `"2016-04"` or `"2014"`. */
export const partialDate = z
  .string({ error: expected('a date in quotes, such as "2022-05-23", "2016-04" or "2014"') })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
    error: 'must be written "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
    abort: true,
  })
  .refine(isPartialDate, { error: notARealDate });

/**
 * Characters no text field may hold: the control characters XML 1.0 forbids (all of C0 but tab,
 * line feed and carriage return), the C1 controls, and the non-characters U+FFFE and U+FFFF. They
 * are invisible, usually pasted in from another program, and would make feeds unreadable.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's whole purpose
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

function forbiddenCharacter(issue: { input?: unknown }): string {
  const found = FORBIDDEN_CHARACTER.exec(String(issue.input))?.[0] ?? '';
  const code = `U+${found.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  return `contains the invisible control character ${code} — delete it (it usually comes with text pasted from another program)`;
}

/** A required, non-blank line of text. */
export const text = z
  .string({ error: expected('text') })
  .trim()
  .min(1, { error: 'must not be empty' })
  .refine((value) => !FORBIDDEN_CHARACTER.test(value), { error: forbiddenCharacter });

/** A list of ids referring to another collection; checked against it after loading. */
export const idList = z.array(slugId, { error: expected('a list of ids, such as [japan, south-korea]') }).default([]);

/**
 * A name in the site's other languages (`names: { ja: 日本, ko: 일본 }`), in its standard local
 * form. Where one is missing, pages in that language show the English name, marked as English.
 */
export const localNames = z
  .strictObject(
    {
      ja: text.optional().describe('The name in Japanese, such as `日本`.'),
      ko: text.optional().describe('The name in Korean, such as `일본`.'),
    } satisfies Record<TranslationLanguage, z.ZodType>,
    { error: expected('names by language, such as { ja: 日本, ko: 일본 }') },
  )
  .optional()
  .describe('The name in the other languages of the site, where it has a standard local form.');
