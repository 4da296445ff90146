/**
 * What a trigger is about: the named party after it (after its preposition), the subject of
 * a "that" clause, or the words that follow as a literal.
 */
import type { LinkedMention } from '../linking/types';
import { HONORIFIC, qualifiedStart, qualifiesNext } from './names';
import { quantityIn } from './quantities';
import type { Relation, RelationContext } from './relations';
import type { TriggerHit } from './trigger-index';

export const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

const OBJECT_PREPOSITIONS = /^\s*(?:on|against|to|with|at|in|into|inside|across|over|for|from|of|toward|towards|upon)\s+/i;

/** Predicates whose object may be the subject of a "that" clause: "warned that [Israel] could face isolation", "demanded that [Israel] withdraw". */
export const THAT_TARGET: ReadonlySet<string> = new Set(['warns', 'urges', 'demands']);

/** "that", maybe "the" and an honorific, before the subject of the clause it opens. */
const THAT_BEFORE_NAME = new RegExp(`^\\s*that\\s+(?:the\\s+)?${HONORIFIC}`, 'i');

export function thatClauseSubject(trigger: TriggerHit, context: RelationContext): LinkedMention | undefined {
  const that = THAT_BEFORE_NAME.exec(context.text.slice(trigger.end, trigger.end + 24));
  return that ? context.mentions.find((m) => m.start === trigger.end + that[0].length && context.canAct(m.entity)) : undefined;
}

/** The object mention: right after the trigger, or after its preposition, within a few words. */
export function objectAfter(text: string, from: number, after: readonly LinkedMention[], preposition: string | undefined, noun: boolean): LinkedMention | undefined {
  const candidates = after.flatMap((m, i) => (qualifiesNext(text, m, after[i + 1]) ? [] : [{ mention: m, gap: text.slice(from, qualifiedStart(text, after, i)) }]));
  // a comma or a relative word ends the verb phrase: "circulated its draft, a counter-proposal that challenges the American …"
  const inPhrase = candidates.filter((c) => !/[,;:]|\b(?:that|which|who|whose|whom)\b/.test(c.gap));
  if (preposition) {
    // "pledged [to provide weapons] to X", "discussed [the situation in Sudan] with X"
    const introduced = new RegExp(`^\\s*(?:\\S+\\s+){0,6}?${preposition}\\s+(?:the\\s+)?$`, 'i');
    const found = inPhrase.find((c) => introduced.test(c.gap));
    // a verb's other names are the matter, not the object
    if (found || !noun) return found?.mention;
  }
  const first = inPhrase[0];
  if (!first || first !== candidates[0]) return undefined;
  const { gap, mention } = first;
  if (noun) return OBJECT_PREPOSITIONS.test(gap) && gap.split(/\s+/).length <= 6 ? mention : undefined;
  // a count before the name is the object itself ("killed at least 45 Palestinians in Rafah"), and so is a noun
  // phrase ("called for [a ceasefire] in Gaza", "condemned [the attack] on Kyiv")
  if (quantityIn(gap) || /^\s*(?:the|a|an|its|their|his|her|this|that|these|those)\s+\p{Ll}/u.test(gap)) return undefined;
  // a verb's direct object, or one a few words on ("accused Lapid of")
  return gap.split(/\s+/).length <= 8 ? mention : undefined;
}

/** The words after a trigger up to the clause's end, as a literal (a count when they state one). */
export function literalAfter(text: string, from: number, end: number): Relation['object'] | undefined {
  const phrase = text
    .slice(from, end)
    // it ends at a comma, a relative word, or "and" before another verb ("rejected the accusations [and accused] …")
    .split(/[,;:]|\b(?:that|which|who|whose|whom)\b|\s+and\s+(?=\p{Ll}+ed\b)/u)[0]!
    .replace(/[.!?"”’]+\s*$/, '')
    .trim();
  if (phrase.length === 0) return undefined;
  const count = quantityIn(phrase);
  if (count && count.index < 20) return { value: count.value, datatype: count.datatype, qualifier: count.qualifier };
  const words = phrase.split(/\s+/).slice(0, 12).join(' ');
  return { value: words, datatype: XSD_STRING };
}
