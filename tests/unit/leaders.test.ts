import { describe, expect, it } from 'vitest';
import { officeOn, officeProblems } from '../../src/domain/leaders.ts';
import type { Leader, Office } from '../../src/schemas/leader.ts';

const leader = (offices: Office[]): Leader => ({
  id: 'fumio-kishida',
  name: 'Fumio Kishida',
  country: 'japan',
  offices,
});

const foreignMinister: Office = { title: 'Minister for Foreign Affairs', from: '2012-12-26', to: '2017-08-03' };
const primeMinister: Office = { title: 'Prime Minister of Japan', from: '2021-10-04', to: '2024-10-01' };
const president: Office = { title: 'President of the United States', from: '2021-01-20', to: '2025-01-20' };

describe('officeOn', () => {
  const biden = leader([president]);

  it('finds the office held on a date inside its term', () => {
    expect(officeOn(biden, '2022-05-23')).toBe(president);
  });

  it('counts the first and the last day as in office', () => {
    expect(officeOn(biden, '2021-01-20')).toBe(president);
    expect(officeOn(biden, '2025-01-20')).toBe(president);
  });

  it('finds nothing before the term began', () => {
    expect(officeOn(biden, '2021-01-19')).toBeUndefined();
    expect(officeOn(biden, '2014-07-01')).toBeUndefined();
  });

  it('finds nothing after the term ended', () => {
    expect(officeOn(biden, '2025-01-21')).toBeUndefined();
  });

  it('treats a missing end as still in office', () => {
    const open = leader([{ title: 'President', from: '2022-05-10' }]);
    expect(officeOn(open, '2099-12-31')?.title).toBe('President');
    expect(officeOn(open, '2022-05-09')).toBeUndefined();
  });

  it('treats a missing start as in office since any time before the end', () => {
    const noStart = leader([{ title: 'Chief of Staff', to: '2023-01-01' }]);
    expect(officeOn(noStart, '1990-01-01')?.title).toBe('Chief of Staff');
    expect(officeOn(noStart, '2023-01-02')).toBeUndefined();
  });

  it('treats an office with neither date as held at any time', () => {
    const undated = leader([{ title: 'Research Fellow' }]);
    expect(officeOn(undated, '2022-05-21')?.title).toBe('Research Fellow');
  });

  it('picks the right one of several offices, whatever their order', () => {
    const kishida = leader([primeMinister, foreignMinister]);
    expect(officeOn(kishida, '2015-06-01')).toBe(foreignMinister);
    expect(officeOn(kishida, '2022-05-23')).toBe(primeMinister);
    expect(officeOn(kishida, '2019-01-01')).toBeUndefined();
  });
});

describe('officeOn on a handover day', () => {
  it('picks the office that begins when the other ends, whatever their order', () => {
    const chief: Office = { title: 'Chief of Staff', from: '2020-09-01' };
    const vice: Office = { title: 'Vice Chief of Staff', from: '2018-01-01', to: '2020-09-01' };
    expect(officeOn(leader([vice, chief]), '2020-09-01')).toBe(chief);
    expect(officeOn(leader([chief, vice]), '2020-09-01')).toBe(chief);
    expect(officeOn(leader([chief, vice]), '2020-08-31')).toBe(vice);
  });
});

describe('officeProblems', () => {
  const file = 'content/leaders.yaml';
  const problems = (offices: Office[]) =>
    officeProblems(leader(offices), file).map(({ field, message }) => `${field}: ${message}`);

  it('accepts offices one after another, sharing the handover day, in any order', () => {
    expect(problems([primeMinister, foreignMinister])).toEqual([]);
    expect(
      problems([
        { title: 'A', from: '2010-01-01', to: '2012-01-01' },
        { title: 'B', from: '2012-01-01' },
      ]),
    ).toEqual([]);
    expect(problems([{ title: 'Only one, undated' }])).toEqual([]);
  });

  it('names the office that ends before it begins', () => {
    expect(problems([{ title: 'Prime Minister of Japan', from: '2021-10-04', to: '2020-10-01' }])).toEqual([
      'fumio-kishida.offices[0].to: "Prime Minister of Japan" ends on "2020-10-01", before it begins on "2021-10-04" — correct one of the two dates',
    ]);
  });

  it('names both offices of an overlap, with their periods', () => {
    expect(problems([foreignMinister, { title: 'Minister of Defence', from: '2017-01-01', to: '2018-01-01' }])).toEqual(
      [
        'fumio-kishida.offices[1]: "Minister of Defence" (2017-01-01 to 2018-01-01) overlaps "Minister for Foreign Affairs" (offices[0], 2012-12-26 to 2017-08-03) — correct the dates, or add the missing "from" or "to"',
      ],
    );
  });

  it('reads missing dates as open ends, as officeOn does: two undated offices overlap', () => {
    expect(problems([{ title: 'Research Fellow' }, { title: 'Director', from: '2020-01-01' }])).toEqual([
      'fumio-kishida.offices[1]: "Director" (2020-01-01 to still held or end unknown) overlaps "Research Fellow" (offices[0], start unknown to still held or end unknown) — correct the dates, or add the missing "from" or "to"',
    ]);
  });

  it('reports every overlapping pair, and each problem names the file', () => {
    const found = officeProblems(leader([{ title: 'A' }, { title: 'B' }, { title: 'C' }]), file);
    expect(found.map((problem) => problem.field)).toEqual([
      'fumio-kishida.offices[1]',
      'fumio-kishida.offices[2]',
      'fumio-kishida.offices[2]',
    ]);
    expect(new Set(found.map((problem) => problem.file))).toEqual(new Set([file]));
  });
});
