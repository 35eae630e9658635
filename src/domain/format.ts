/**
 * Numbers and lists in a reader's language, through Intl: `formatNumber(1234567, 'ja')` is
 * "1,234,567", `formatList(['日本', '米国'], 'ja')` is "日本、米国". Dates are formatted in dates.ts.
 */

/** Building an Intl formatter costs far more than using one: each is built once per language. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** A count with the language's digit grouping: "1,234,567". */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** "Japan, South Korea and United States", "日本、韓国、米国", "일본, 한국 및 미국". */
export function formatList(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}
