import type { Lexicon, ResolvedRole } from '../../lexicon/lexicon';
import type { TextSpan } from '../../model/document';
import { HEAD_OF_GOVERNMENT, rolesNamedBy } from '../linking/roles';
import type { LinkedMention, RoleMention } from '../linking/types';
import { parseTerm } from '../../lexicon/terms';
import { afterTerms, type DayWindow } from './day-windows';

/**
 * Something the text presupposes about its own date: "interim Prime Minister Yair Lapid"
 * holds only during Lapid's term; "former President Donald Trump" only between or after
 * his terms.
 */
export interface DateConstraint {
  /** The words it rests on. */
  evidence: TextSpan;
  /** The days on which it holds: a union of windows. */
  allowed: DayWindow[];
  /** A sentence a person can check: "Yair Lapid was Prime Minister of Israel 2022-07-01/2022-12-29". */
  reason: string;
}

const windowOf = (role: ResolvedRole): DayWindow => ({ earliest: role.term.earliest, latest: role.stillHeld ? null : role.term.latest });
const describe = (w: DayWindow) => `${w.earliest ?? '..'}/${w.latest ?? '..'}`;

/**
 * The date constraint an office phrase presupposes, or `null` when it presupposes none
 * the lexicon can check: the holder must be named (a holder resolved *from* the date
 * cannot date it), and "then-" or "incoming" say nothing about the present.
 */
export function constraintFromRole(role: RoleMention, lexicon: Lexicon): DateConstraint | null {
  if (!role.named || role.holder === null || role.qualifier === 'then' || role.qualifier === 'incoming') return null;
  const holder = lexicon.get(role.holder);
  if (!holder) return null;
  const terms = rolesNamedBy(role, lexicon);
  if (terms.length === 0) return null;
  const held = terms.map(windowOf);
  const office = role.title === HEAD_OF_GOVERNMENT ? 'head of government or state' : role.title;
  const place = role.of ? ` of ${lexicon.get(role.of)?.label ?? role.of}` : '';
  const evidence = { start: role.start, end: role.end, text: role.text };
  if (role.qualifier === 'former' || role.qualifier === 'outgoing') {
    const after = role.qualifier === 'former' ? afterTerms(held) : held;
    if (after.length === 0) return null;
    return { evidence, allowed: after, reason: `${holder.label} was ${office}${place} ${held.map(describe).join(', ')}, so "former" holds ${after.map(describe).join(', ')}` };
  }
  return { evidence, allowed: held, reason: `${holder.label} was ${office}${place} ${held.map(describe).join(', ')}` };
}

/**
 * What naming an entry presupposes: an event, agreement or body with a known start
 * (`span` in the lexicon) cannot be named before it began. Only the start bounds: past
 * events are named long after they end.
 */
export function constraintFromMention(mention: LinkedMention, lexicon: Lexicon): DateConstraint | null {
  const entry = lexicon.get(mention.entity);
  if (!entry?.span || entry.kind === 'Person') return null;
  const start = parseTerm(entry.span).earliest;
  if (start === null) return null;
  return {
    evidence: { start: mention.start, end: mention.end, text: mention.text },
    allowed: [{ earliest: start, latest: null }],
    reason: `${entry.label} began ${start}`,
  };
}
