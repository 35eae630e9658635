/**
 * Calendar dates are kept as the strings editors write ("2022-05-23", or "2022-05" / "2022" where a
 * source gives only a month or a year). They are never turned into local-time Date objects: every
 * conversion goes through UTC and every formatted date names its time zone, so the output is the
 * same on any build machine.
 */

/** A date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type DatePrecision = 'year' | 'month' | 'day';

interface DateParts {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

function parts(value: string): DateParts | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    month: month === undefined ? undefined : Number(month),
    day: day === undefined ? undefined : Number(day),
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isPartialDate(value: string): boolean {
  const p = parts(value);
  if (!p) return false;
  if (p.month === undefined) return true;
  if (p.month < 1 || p.month > 12) return false;
  if (p.day === undefined) return true;
  return p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
}

/** True for a `YYYY-MM-DD` string naming a day that exists. */
export function isCalendarDate(value: string): boolean {
  return FULL_DATE.test(value) && isPartialDate(value);
}

export function datePrecision(value: PartialDate): DatePrecision {
  const p = parts(value);
  if (!p) throw new RangeError(`Not a date: "${value}"`);
  if (p.month === undefined) return 'year';
  return p.day === undefined ? 'month' : 'day';
}

/** Midnight UTC at the start of the (partial) date: for feeds and machine-readable output. */
export function toUtcDate(value: PartialDate): Date {
  const p = parts(value);
  if (!p || !isPartialDate(value)) throw new RangeError(`Not a date: "${value}"`);
  return new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
}

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** Building an Intl formatter costs far more than using one: a site build formats ~100,000 dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...FORMATS[precision], timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/** Every article date appears on a dozen pages or more: each is formatted once per build. */
const formatted = new Map<string, string>();

/** "23 May 2022", "April 2016" or "2014", in the given locale and time zone. */
export function formatDate(value: PartialDate, locale: string, timeZone: string): string {
  const key = `${value}|${locale}|${timeZone}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatter(locale, timeZone, datePrecision(value)).format(toUtcDate(value));
    formatted.set(key, text);
  }
  return text;
}

/** Order partial dates chronologically; a coarser date sorts before the finer dates inside it. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the date lies after `today` (a `YYYY-MM-DD` string). */
export function isAfter(value: PartialDate, today: string): boolean {
  return compareDates(value, today) > 0 && !today.startsWith(value);
}

/** Today's calendar date in the given time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
