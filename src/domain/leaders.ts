/** Which office a person held when, and the rule that makes the answer unique. */
import type { Leader, Office } from '../schemas/leader.ts';
import type { PartialDate } from './dates.ts';
import type { Problem } from './validate.ts';

/**
 * The office held on `date`; open-ended where `from` or `to` is unknown. On a handover day, when
 * one office ends and the next begins, the one beginning is the answer.
 */
export function officeOn(leader: Leader, date: PartialDate): Office | undefined {
  let held: Office | undefined;
  for (const office of leader.offices) {
    if (!((office.from === undefined || office.from <= date) && (office.to === undefined || date <= office.to)))
      continue;
    if (!held || (office.from ?? '') > (held.from ?? '')) held = office;
  }
  return held;
}

/** Bounds standing in for an unknown start or end: the same open ends `officeOn` reads. */
const EARLIEST = '0000-01-01';
const LATEST = '9999-12-31';

function period({ from, to }: Office): string {
  return `${from ?? 'start unknown'} to ${to ?? 'still held or end unknown'}`;
}

/**
 * A leader's offices must each end after they begin and never overlap (sharing the handover day
 * is fine): otherwise the office shown for an event would depend on the order they are listed in.
 */
export function officeProblems(leader: Leader, file: string): Problem[] {
  const problems: Problem[] = [];
  const valid: { office: Office; index: number }[] = [];
  leader.offices.forEach((office, index) => {
    if (office.from !== undefined && office.to !== undefined && office.to < office.from) {
      problems.push({
        file,
        field: `${leader.id}.offices[${index}].to`,
        message: `"${office.title}" ends on "${office.to}", before it begins on "${office.from}" — correct one of the two dates`,
      });
      return;
    }
    for (const earlier of valid) {
      const overlap =
        (office.from ?? EARLIEST) < (earlier.office.to ?? LATEST) &&
        (earlier.office.from ?? EARLIEST) < (office.to ?? LATEST);
      if (!overlap) continue;
      problems.push({
        file,
        field: `${leader.id}.offices[${index}]`,
        message: `"${office.title}" (${period(office)}) overlaps "${earlier.office.title}" (offices[${earlier.index}], ${period(earlier.office)}) — correct the dates, or add the missing "from" or "to"`,
      });
    }
    valid.push({ office, index });
  });
  return problems;
}
