/** Which office a person held when. */
import type { Leader, Office } from '../schemas/leader.ts';
import type { PartialDate } from './dates.ts';

/** The office held on `date`; open-ended where `from` or `to` is unknown. */
export function officeOn(leader: Leader, date: PartialDate): Office | undefined {
  return leader.offices.find(
    (office) => (office.from === undefined || office.from <= date) && (office.to === undefined || date <= office.to),
  );
}

