/**
 * Triggers whose two parties are named together: "a rift between X and Y", "the summit
 * brought together X, Y and Z", "relations between X and Y have been strained".
 */
import { GOVERNMENT_WORDS } from '../data/cues';
import type { LinkedMention } from '../linking/types';
import { HONORIFIC, qualifiedStart, qualifiesNext } from './names';
import type { Relation, RelationContext } from './relations';
import type { TriggerHit } from './trigger-index';

/** "between X and Y" ("involving X and Y"), or "between the governments of X and Y", after a noun, maybe after the relation it is about or a verb: "the nadir of ties between", "a rift has emerged between", "tensions escalated between". */
const BETWEEN_AFTER_NOUN = new RegExp(
  `^\\s+(?:(?:of|in)\\s+(?:ties|relations)\\s+|(?:(?:has|have|had)\\s+)?\\p{Ll}+(?:ed|en|wn)\\s+)?(?:between|involving)\\s+(?:the\\s+)?(?:(?:${GOVERNMENT_WORDS.join('|')})\\s+of\\s+(?:the\\s+)?)?${HONORIFIC}$`,
  'iu',
);

const AND_BETWEEN = new RegExp(`^\\s+and\\s+(?:the\\s+)?${HONORIFIC}$`, 'i');

/** "relations between X and Y have been", "the relationship between X and Y could be", right before a state adjective. */
const STATE_OF = new RegExp(`\\b(?:relations|ties|relationship)\\s+between\\s+(?:the\\s+)?${HONORIFIC}$`, 'i');

const STATE_VERB = /^[\s"“']*(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+been|(?:could|would|will|may|might)\s+be|grew|became|seemed|appeared)\s+["“']*(?:\p{Ll}+ly\s+)?["“']*$/u;

/** The two acting names of "between X and Y" after a noun (see {@link BETWEEN_AFTER_NOUN}). */
export function betweenPair(text: string, trigger: TriggerHit, after: readonly LinkedMention[], context: RelationContext): [LinkedMention, LinkedMention] | undefined {
  const [first, second] = after.flatMap((m, i) => (context.canAct(m.entity) && !qualifiesNext(text, m, after[i + 1]) ? [i] : []));
  if (first === undefined || second === undefined || after[first]!.entity === after[second]!.entity) return undefined;
  const joined =
    BETWEEN_AFTER_NOUN.test(text.slice(trigger.end, qualifiedStart(text, after, first))) &&
    AND_BETWEEN.test(text.slice(after[first]!.end, qualifiedStart(text, after, second)));
  return joined ? [after[first]!, after[second]!] : undefined;
}

/** The names listed after "brought together", each with each (one relation per pair, in the order named). */
export function eachWithEach(text: string, after: readonly LinkedMention[], context: RelationContext): Relation[] {
  const parties: LinkedMention[] = [];
  let end = -1;
  after.forEach((m, i) => {
    if (!context.canAct(m.entity) || qualifiesNext(text, m, after[i + 1])) return;
    // the list goes on while names are joined by commas and "and" ("Putin, Turkey's Erdogan, and the Iranian president, Ebrahim Raisi")
    if (end >= 0 && !/^\s*,?\s*(?:and\s+)?(?:the\s+)?$/.test(text.slice(end, qualifiedStart(text, after, i)))) return;
    parties.push(m);
    end = m.end;
  });
  const relations: Relation[] = [];
  parties.forEach((a, i) => {
    for (const b of parties.slice(i + 1)) if (a.entity !== b.entity) relations.push({ subject: a.entity, object: { entity: b.entity }, strength: 0.6 });
  });
  return relations;
}

/** "Relations between X and Y have been [strained]": X and Y, when that is what the clause says. */
export function stateOfRelationship(trigger: TriggerHit, context: RelationContext, inClause: readonly LinkedMention[]): Relation[] {
  const { text, canAct } = context;
  const named = inClause.filter((m, i) => m.end <= trigger.start && canAct(m.entity) && !qualifiesNext(text, m, inClause[i + 1]));
  const [first, second] = named.slice(-2);
  if (!first || !second || first.entity === second.entity) return [];
  const joined =
    STATE_OF.test(text.slice(Math.max(context.clause.start, first.start - 40), qualifiedStart(text, inClause, inClause.indexOf(first)))) &&
    AND_BETWEEN.test(text.slice(first.end, qualifiedStart(text, inClause, inClause.indexOf(second)))) &&
    STATE_VERB.test(text.slice(second.end, trigger.start));
  return joined ? [{ subject: first.entity, object: { entity: second.entity }, strength: 0.7 }] : [];
}
