import type { Lexicon } from '../../lexicon/lexicon';
import type { TimeSpan } from '../../time/timespan';
import { HEAD_OF_GOVERNMENT, rolesNamedBy } from '../linking/roles';
import type { RoleMention } from '../linking/types';

/**
 * The time a past office phrase places its claim in: "Trump's previous administration was
 * supportive of …", "under the Obama administration …" tell of the holder's term before
 * the document's date. The last such term the lexicon knows, marked inferred; `null` for
 * a current administration, a titled person ("former President Trump said …" speaks of
 * now), or when the lexicon has no term before the date.
 *
 * @example
 * officeTime(role /* "Trump's previous administration" *\/, lexicon, date)?.value  // '2017-01-20/2021-01-20'
 */
export function officeTime(role: RoleMention, lexicon: Lexicon, date: TimeSpan | null): TimeSpan | null {
  // "former President X criticized …" is X acting now; only the administration acts within the term
  if (role.holder === null || role.title !== HEAD_OF_GOVERNMENT || (role.qualifier !== 'former' && role.qualifier !== 'then')) return null;
  const end = date?.latest ?? date?.earliest ?? null;
  const past = rolesNamedBy(role, lexicon)
    .filter((r) => r.term.latest !== null && (end === null || r.term.latest < end))
    .sort((a, b) => (a.term.latest! < b.term.latest! ? -1 : 1));
  const term = past[past.length - 1]?.term;
  return term ? { ...term, expression: role.text, explicit: false } : null;
}
