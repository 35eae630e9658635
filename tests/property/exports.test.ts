/**
 * The data exports stay valid for their format whatever text the content holds: JSON that parses
 * back to the same strings, and RFC 4180 CSV without formula injection (OWASP: no cell starts with
 * `=`, `+`, `-`, `@`, tab or carriage return). Seeds and reruns: see arbitraries.ts.
 */
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/domain/archive.ts';
import {
  AGREEMENT_CSV_COLUMNS,
  agreementsCsv,
  agreementsJson,
  articlesJson,
  exportAgreement,
  exportArticle,
} from '../../src/output/exports.ts';
import { findProblems } from '../../src/domain/validate.ts';
import { dataFiles } from '../unit/_fixtures.ts';
import { archiveInput, fc, runs, uncheckedArchiveInput } from './arbitraries.ts';

describe('the archives the properties generate', () => {
  test.prop([archiveInput], { numRuns: runs(100) })(
    'pass the cross-file check, as the build would require',
    (input) => {
      expect(findProblems({ ...input, dataFiles, today: '2100-01-01' })).toEqual([]);
    },
  );
});

describe('JSON exports', () => {
  test.prop([fc.oneof(archiveInput, uncheckedArchiveInput)], { numRuns: runs(200) })(
    'articles.json parses back to every article, every string intact',
    (input) => {
      const archive = buildArchive(input);
      const json = articlesJson(archive);
      // Lone surrogates go out as \ud800-style escapes: the file is plain UTF-8 and parses back to them.
      expect(json.isWellFormed()).toBe(true);
      expect(JSON.parse(json)).toEqual({ articles: archive.articles.map(exportArticle) });
    },
  );

  test.prop([fc.oneof(archiveInput, uncheckedArchiveInput)], { numRuns: runs(200) })(
    'agreements.json parses back to every agreement, every string intact',
    (input) => {
      const archive = buildArchive(input);
      const json = agreementsJson(archive);
      expect(json.isWellFormed()).toBe(true);
      expect(JSON.parse(json)).toEqual({ agreements: archive.agreements.map(exportAgreement) });
    },
  );
});

/** RFC 4180, strictly: every record ends in CRLF, quotes only around whole fields, doubled inside. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < csv.length) {
    let cell: string;
    if (csv[at] === '"') {
      cell = '';
      at++;
      for (;;) {
        const quote = csv.indexOf('"', at);
        if (quote === -1) throw new Error(`unterminated quoted field from offset ${at}`);
        cell += csv.slice(at, quote);
        if (csv[quote + 1] !== '"') {
          at = quote + 1;
          break;
        }
        cell += '"';
        at = quote + 2;
      }
    } else {
      cell = /^[^",\r\n]*/.exec(csv.slice(at))![0];
      at += cell.length;
    }
    row.push(cell);
    if (csv[at] === ',') {
      at++;
    } else if (csv.startsWith('\r\n', at)) {
      rows.push(row);
      row = [];
      at += 2;
    } else {
      throw new Error(`expected "," or CRLF at offset ${at}, found ${JSON.stringify(csv.slice(at, at + 10))}`);
    }
  }
  if (row.length > 0) throw new Error('the last record does not end in CRLF');
  return rows;
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe('agreements.csv', () => {
  // Unchecked text too: a leading tab or carriage return never gets past the check's trimming.
  test.prop([fc.oneof(archiveInput, uncheckedArchiveInput)], { numRuns: runs(200) })(
    'is RFC 4180 with one row per agreement, nine columns each, no cell a spreadsheet would run as a formula',
    (input) => {
      const archive = buildArchive(input);
      const rows = parseCsv(agreementsCsv(archive));
      expect(rows[0]).toEqual([...AGREEMENT_CSV_COLUMNS]);
      expect(rows).toHaveLength(archive.agreements.length + 1);
      for (const row of rows) expect(row).toHaveLength(AGREEMENT_CSV_COLUMNS.length);
      for (const cell of rows.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA_START);
      // The text itself survives: as written, or behind the single quote that neutralises a formula.
      rows.slice(1).forEach((row, n) => {
        const title = archive.agreements[n]!.title;
        expect(row[1]).toBe(FORMULA_START.test(title) ? `'${title}` : title);
      });
    },
  );
});

describe('the strict CSV reader of the properties', () => {
  it('refuses what RFC 4180 does not allow, and reads quoted fields', () => {
    for (const csv of ['"a\r\n', 'a"b\r\n', '"a"b\r\n', 'a,b\n', 'a,b']) expect(() => parseCsv(csv), csv).toThrow();
    expect(parseCsv('"a ""b""","c\r\nd",\r\nx,y,z\r\n')).toEqual([
      ['a "b"', 'c\r\nd', ''],
      ['x', 'y', 'z'],
    ]);
  });
});
