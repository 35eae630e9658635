/**
 * Text made safe for the file formats the site publishes, whatever it contains. The content check
 * refuses what it can see; these writers hold anyway, for whatever it cannot (a new field, another
 * source of data).
 */

/**
 * Everything outside XML 1.0's `Char` production (§2.2): C0 controls other than tab, line feed and
 * carriage return, lone surrogates (with the `u` flag a lone half is its own code point), U+FFFE
 * and U+FFFF. One of them makes the whole document unparseable.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** `text` as the value of a double-quoted XML attribute. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
}

/**
 * `value` with xmlText applied to every string in it, however deep (plain objects and arrays);
 * dates and other values stay as they are. Applied to a whole XML writer's input, so a field added
 * later is covered too.
 */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafe) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, xmlSafe(field)])) as T;
  }
  return value;
}

/**
 * OWASP's CSV injection list: a spreadsheet may run a cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return as a formula (`=HYPERLINK(…)` sends data away, DDE can start programs).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: a would-be formula gets a leading `'` (OWASP), then quoted, quotes doubled. */
function csvField(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${inert.replaceAll('"', '""')}"`;
}

/** The site's one CSV writer: every field through csvField, CRLF after every row. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
