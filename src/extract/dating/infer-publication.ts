import type { Lexicon } from '../../lexicon/lexicon';
import type { Document, PublicationDate } from '../../model/document';
import { intervalSpan } from '../../time/timespan';
import type { DocumentLinks } from '../linking/types';
import { constraintFromMention, constraintFromRole, type DateConstraint } from './constraints';
import { largestConsistent } from './day-windows';

/** A publication date inferred from content, with what it rests on and what it set aside. */
export interface PublicationInference {
  published: PublicationDate;
  /** The constraints the window satisfies. */
  constraints: DateConstraint[];
  /** Constraints that cannot hold together with the others: conflicting date evidence. */
  conflicts: DateConstraint[];
}

/** A year written in a sentence places it in the past it tells of, not at the article's date. */
export const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * Dates an article the way a reader does, from what it presupposes: the office phrases
 * it uses of named people ("interim Prime Minister Yair Lapid", "former President Donald
 * Trump", "the Biden administration") must hold at its date; the events, agreements and
 * bodies it names existed by then ("the war in Ukraine": not before 2022-02-24); and the
 * past dates it states bound it from below. When the constraints cannot all hold, the window follows the
 * largest set that can, and the rest are reported as conflicts. Office phrases in a
 * sentence that writes a year are left out: they speak of that time ("When, in 2005,
 * President …"). A date from the manifest or the dateline is kept as it is.
 *
 * @example
 * inferPublication(document, linker.link(document), lexicon).published.time?.value  // '2022-07-01/2022-12-29'
 */
export function inferPublication(document: Document, links: Pick<DocumentLinks, 'roles' | 'mentions'>, lexicon: Lexicon): PublicationInference {
  const { published } = document;
  if (published.basis === 'manifest' || published.basis === 'dateline') return { published, constraints: [], conflicts: [] };

  const seen = new Set<string>();
  const constraints: DateConstraint[] = [];
  const add = (constraint: DateConstraint | null) => {
    if (constraint && !seen.has(constraint.reason)) {
      seen.add(constraint.reason);
      constraints.push(constraint);
    }
  };
  for (const role of links.roles) {
    if (!WRITTEN_YEAR.test(document.sentences[role.sentence]?.text ?? '')) add(constraintFromRole(role, lexicon));
  }
  const existence = new Set<DateConstraint>();
  for (const mention of links.mentions) {
    const constraint = constraintFromMention(mention, lexicon);
    if (constraint && !seen.has(constraint.reason)) existence.add(constraint);
    add(constraint);
  }
  let stated: DateConstraint | undefined;
  if (published.basis === 'content' && published.time?.earliest) {
    const evidence = published.evidence[0] ?? { start: 0, end: 0, text: '' };
    stated = { evidence, allowed: [{ earliest: published.time.earliest, latest: null }], reason: `the text states "${evidence.text}" as past` };
    constraints.push(stated);
  }

  const solved = largestConsistent(constraints);
  const { dropped, window } = solved;
  // an event or body that began long before the window says nothing worth reading
  const kept = solved.kept.filter((c) => !existence.has(c) || c.allowed[0]?.earliest === window?.earliest);
  // nothing beyond the stated dates the loader already read: keep its span and note
  if (!window || kept.length === 0 || (kept.length === 1 && kept[0] === stated)) return { published, constraints: [], conflicts: [] };
  const conflicts = dropped.length > 0 ? ` Conflicting date evidence, set aside: ${dropped.map((c) => `"${c.evidence.text}" (${c.reason})`).join('; ')}.` : '';
  return {
    published: {
      time: intervalSpan(window.earliest, window.latest, { explicit: false }),
      basis: 'content',
      note: `Not dated in the text; inferred from what it presupposes: ${kept.map((c) => `"${c.evidence.text}" (${c.reason})`).join('; ')}.${conflicts}`,
      evidence: kept.map((c) => c.evidence),
    },
    constraints: kept,
    conflicts: dropped,
  };
}
