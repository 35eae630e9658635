/**
 * Astro lets some content mistakes through with only a log line and exit code 0 (an unknown
 * reference, a duplicate id, a data file it could not read). The build treats such lines as failures.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const ALARM = /\[(WARN|ERROR)\]/;

/** The warning and error lines of a chunk of Astro output, without colour codes. */
export function findAlarms(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(ANSI, '').trim()).filter((line) => ALARM.test(line));
}
