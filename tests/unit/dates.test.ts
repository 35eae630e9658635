import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareDates,
  datePrecision,
  formatDate,
  isAfter,
  isCalendarDate,
  isPartialDate,
  todayIn,
  toUtcDate,
} from '../../src/domain/dates.ts';

describe('isCalendarDate', () => {
  it.each(['2022-05-23', '2024-02-29', '2000-02-29', '2022-12-31', '2022-01-01', '2022-04-30'])(
    'accepts the real day %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    ['2022-02-29', 'no 29 February outside a leap year'],
    ['1900-02-29', 'century years are not leap years unless divisible by 400'],
    ['2022-02-30', 'February never has 30 days'],
    ['2022-13-45', 'month 13'],
    ['2022-00-10', 'month 0'],
    ['2022-04-31', 'April has 30 days'],
    ['2022-05-00', 'day 0'],
    ['2022-05', 'a month is not a calendar date'],
    ['2022', 'a year is not a calendar date'],
    ['2022-5-3', 'digits must be padded'],
    ['22-05-23', 'the year has four digits'],
    ['2022-05-23T00:00:00Z', 'no time part'],
    [' 2022-05-23', 'no surrounding space'],
    ['', 'empty'],
  ])('rejects %s (%s)', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('isPartialDate', () => {
  it.each(['2014', '2016-04', '2016-12', '2022-05-23', '2024-02-29'])('accepts %s', (value) => {
    expect(isPartialDate(value)).toBe(true);
  });

  it.each([
    '2022-02-29',
    '2022-02-30',
    '2022-13-45',
    '2022-00-10',
    '2022-04-31',
    '2016-13',
    '2016-00',
    '201',
    '2016-4',
    'April 2016',
  ])('rejects %s', (value) => {
    expect(isPartialDate(value)).toBe(false);
  });
});

describe('datePrecision', () => {
  it('tells a year, a month and a day apart', () => {
    expect(datePrecision('2014')).toBe('year');
    expect(datePrecision('2016-04')).toBe('month');
    expect(datePrecision('2022-05-23')).toBe('day');
  });

  it('throws on something that is not a date', () => {
    expect(() => datePrecision('23 May 2022')).toThrow(RangeError);
    expect(() => datePrecision('23 May 2022')).toThrow('Not a date: "23 May 2022"');
  });
});

describe('toUtcDate', () => {
  it('gives midnight UTC at the start of the date', () => {
    expect(toUtcDate('2022-05-23').toISOString()).toBe('2022-05-23T00:00:00.000Z');
    expect(toUtcDate('2016-04').toISOString()).toBe('2016-04-01T00:00:00.000Z');
    expect(toUtcDate('2014').toISOString()).toBe('2014-01-01T00:00:00.000Z');
    expect(toUtcDate('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(() => toUtcDate('2022-02-30')).toThrow(RangeError);
    expect(() => toUtcDate('2022-13-45')).toThrow('Not a date: "2022-13-45"');
    expect(() => toUtcDate('2022/05/23')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('writes each precision in British English', () => {
    expect(formatDate('2022-05-23', 'en-GB', 'UTC')).toBe('23 May 2022');
    expect(formatDate('2016-04', 'en-GB', 'UTC')).toBe('April 2016');
    expect(formatDate('2014', 'en-GB', 'UTC')).toBe('2014');
  });

  it('keeps the first and last day of a year in that year', () => {
    expect(formatDate('2022-01-01', 'en-GB', 'UTC')).toBe('1 January 2022');
    expect(formatDate('2022-12-31', 'en-GB', 'UTC')).toBe('31 December 2022');
    expect(formatDate('2024-02-29', 'en-GB', 'UTC')).toBe('29 February 2024');
  });

  it('follows the locale it is given', () => {
    expect(formatDate('2022-05-23', 'en-US', 'UTC')).toBe('May 23, 2022');
  });

  it('throws on an impossible date', () => {
    expect(() => formatDate('2022-02-30', 'en-GB', 'UTC')).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  it('orders full dates chronologically', () => {
    expect(compareDates('2022-05-21', '2022-05-23')).toBeLessThan(0);
    expect(compareDates('2022-05-23', '2022-05-21')).toBeGreaterThan(0);
    expect(compareDates('2022-05-23', '2022-05-23')).toBe(0);
    expect(compareDates('2021-12-31', '2022-01-01')).toBeLessThan(0);
  });

  it('puts a coarser date before the finer dates inside it', () => {
    expect(compareDates('2016', '2016-01')).toBeLessThan(0);
    expect(compareDates('2016-04', '2016-04-01')).toBeLessThan(0);
    expect(compareDates('2016-04-01', '2016-04')).toBeGreaterThan(0);
  });

  it('puts a partial date after every date of an earlier period', () => {
    expect(compareDates('2016-04-30', '2016-05')).toBeLessThan(0);
    expect(compareDates('2016-12-31', '2017')).toBeLessThan(0);
    expect(compareDates('2016-04', '2017-01-01')).toBeLessThan(0);
  });

  it('sorts a mixed list', () => {
    const sorted = ['2022-05-21', '2016-04', '2014', '2016-04-15', '2016', '2022-05'].sort(compareDates);
    expect(sorted).toEqual(['2014', '2016', '2016-04', '2016-04-15', '2022-05', '2022-05-21']);
  });
});

describe('isAfter', () => {
  const today = '2022-05-23';

  it('is true only for days after today', () => {
    expect(isAfter('2022-05-24', today)).toBe(true);
    expect(isAfter('2023-01-01', today)).toBe(true);
    expect(isAfter('2022-05-23', today)).toBe(false);
    expect(isAfter('2022-05-22', today)).toBe(false);
  });

  it('does not call the month or year containing today future', () => {
    expect(isAfter('2022-05', today)).toBe(false);
    expect(isAfter('2022', today)).toBe(false);
  });

  it('calls a later month or year future', () => {
    expect(isAfter('2022-06', today)).toBe(true);
    expect(isAfter('2023', today)).toBe(true);
    expect(isAfter('2021', today)).toBe(false);
  });
});

describe('todayIn', () => {
  // 11:30 UTC on 23 May 2022: already 24 May on Kiritimati (UTC+14), still 23 May on Pago Pago (UTC−11).
  const lateMorningUtc = new Date(Date.UTC(2022, 4, 23, 11, 30));
  // 00:30 UTC on 1 January 2022: still New Year's Eve in Pago Pago.
  const justAfterMidnightUtc = new Date(Date.UTC(2022, 0, 1, 0, 30));

  it('gives the calendar day of the zone, not of the machine', () => {
    expect(todayIn('Pacific/Kiritimati', lateMorningUtc)).toBe('2022-05-24');
    expect(todayIn('Pacific/Pago_Pago', lateMorningUtc)).toBe('2022-05-23');
    expect(todayIn('UTC', lateMorningUtc)).toBe('2022-05-23');
  });

  it('crosses month and year boundaries', () => {
    expect(todayIn('UTC', justAfterMidnightUtc)).toBe('2022-01-01');
    expect(todayIn('Pacific/Pago_Pago', justAfterMidnightUtc)).toBe('2021-12-31');
  });

  it('returns a calendar date for the current moment by default', () => {
    expect(isCalendarDate(todayIn('UTC'))).toBe(true);
  });
});

describe('output does not depend on the machine time zone', () => {
  const datesModule = pathToFileURL(fileURLToPath(new URL('../../src/domain/dates.ts', import.meta.url))).href;
  let dir = '';
  let script = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dates-tz-'));
    script = path.join(dir, 'print-dates.ts');
    await writeFile(
      script,
      [
        `import { formatDate, toUtcDate, todayIn } from ${JSON.stringify(datesModule)};`,
        `const values = ['2022-05-23', '2022-01-01', '2022-12-31', '2016-04', '2014'];`,
        'console.log(JSON.stringify({',
        // Proves the zone took effect in the child: the local offset differs between the two zones.
        '  offset: new Date(Date.UTC(2022, 4, 23)).getTimezoneOffset(),',
        `  formatted: values.map((v) => formatDate(v, 'en-GB', 'UTC')),`,
        '  utc: values.map((v) => toUtcDate(v).toISOString()),',
        `  today: todayIn('UTC', new Date(Date.UTC(2022, 4, 23, 11, 30))),`,
        '}));',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function runIn(
    timeZone: string,
  ): Promise<{ offset: number; formatted: string[]; utc: string[]; today: string }> {
    const { stdout } = await promisify(execFile)(process.execPath, [script], {
      env: { ...process.env, TZ: timeZone },
    });
    return JSON.parse(stdout) as { offset: number; formatted: string[]; utc: string[]; today: string };
  }

  it('formats and converts dates identically on Kiritimati (UTC+14) and Pago Pago (UTC−11)', async () => {
    const [east, west] = await Promise.all([runIn('Pacific/Kiritimati'), runIn('Pacific/Pago_Pago')]);
    expect(east.offset).toBe(-14 * 60);
    expect(west.offset).toBe(11 * 60);
    expect(east.formatted).toEqual(['23 May 2022', '1 January 2022', '31 December 2022', 'April 2016', '2014']);
    expect(west.formatted).toEqual(east.formatted);
    expect(east.utc).toEqual([
      '2022-05-23T00:00:00.000Z',
      '2022-01-01T00:00:00.000Z',
      '2022-12-31T00:00:00.000Z',
      '2016-04-01T00:00:00.000Z',
      '2014-01-01T00:00:00.000Z',
    ]);
    expect(west.utc).toEqual(east.utc);
    expect(east.today).toBe('2022-05-23');
    expect(west.today).toBe('2022-05-23');
  });
});
