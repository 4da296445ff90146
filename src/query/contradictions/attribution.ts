/** Attribution: two named speakers disagree on one proposition (a polarity conflict between speakers). */
import type { Contradiction } from './types';
import { claimText, details, entityName, sourceName, stance } from './explain';
import { conflictOrder, pairSeverity, record, type Scan, type TimedPair } from './shared';

/** Whether both claims of an opposed pair are attributed, to different speakers. */
export function speakersDisagree({ claims: [a, b] }: TimedPair): boolean {
  return a.attributedTo !== null && b.attributedTo !== null && a.attributedTo !== b.attributedTo;
}

/** The attribution record of an opposed pair whose speakers disagree: who said what, and where. */
export function attributionContradiction(scan: Scan, pair: TimedPair): Contradiction {
  const [a, b] = conflictOrder(pair.claims);
  const said = (x: typeof a) => `${entityName(scan, x.attributedTo!)} ${stance(x)} that ${claimText(scan, x)} ${details(x, sourceName(scan, x.source))}`;
  return record(scan, 'attribution', pairSeverity(pair), [a, b], `${said(a)}, but ${said(b)}.`);
}
