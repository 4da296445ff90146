/**
 * Who does what a trigger says: the acting names before it, a coordination of them, the
 * speaker for a pronoun in what is said, the two parties "the leaders" take up, the person
 * "he" or "she" stands for.
 */
import { PERSON_NOUNS } from '../data/cues';
import type { LinkedMention } from '../linking/types';
import { qualifiesNext } from './names';
import type { RelationContext } from './relations';

/** A personal pronoun as the subject of a clause: "that [they] would abstain". */
const PRONOUN_SUBJECT = /(?:^|[\s,])(?:he|she|they|we)\s+(?:\p{Ll}+\s+){0,3}$/iu;

/** The two parties just spoken of, as the subject: "the (two) leaders", "both sides", "the two countries' …". */
const PAIR_ANAPHOR = /(?:^|[,.]\s*|\b(?:and|but|then|when|while|where|after)\s+)(?:the|both)\s+(?:two\s+)?(?:leaders|sides|countries|presidents|ministers|governments|nations|men)(?:['’]\s+|\s+(?:have\s+|had\s+|also\s+|then\s+)*)$/iu;

/** "he" or "she" opening the clause, as its subject. */
const PERSON_PRONOUN = /^\s*(?:(?:and|but|then)\s+)?(?:he|she)\s+(?:\p{Ll}+\s+){0,3}$/iu;

/** A clause that opens with a noun phrase of its own ("that the aid was …", "and ECOWAS threatened"), not a relative word. */
const OWN_SUBJECT = /^\s*(?:(?:that|and|but|while|whereas)\s+)?(?:(?:the|a|an|this|these|those|its|their|his|her)\s+\p{Ll}|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:\p{Ll}|$))/u;

/** A clause opening with "the [former] president", "the minister": a person described, not named. */
const PERSON_DESCRIPTION = new RegExp(`^\\s*(?:(?:that|and|but|while|whereas)\\s+)?the\\s+(?:\\p{Ll}+\\s+)?(?:${PERSON_NOUNS.join('|')})\\b`, 'iu');

/** The acting subject of the clause before `at`, else the one of an earlier clause of the sentence ("Putin, who met …, said"). */
export function clauseSubjects(text: string, before: readonly LinkedMention[], context: RelationContext, at: number): string[] {
  // "US officials said that they would abstain": a pronoun subject of what is said is the speaker
  const last = before[before.length - 1];
  if (context.speaker && PRONOUN_SUBJECT.test(text.slice(last?.end ?? context.clause.start, at))) return [context.speaker];
  const subjects = coordinatedSubjects(text, before, context, at);
  if (subjects) return subjects.map((m) => m.entity);
  // "Putin and Netanyahu spoke by phone. The leaders discussed …"
  if (context.pair && PAIR_ANAPHOR.test(text.slice(context.clause.start, at))) return [...context.pair];
  // "Blinken will visit the region. He will meet …"
  if (context.person && PERSON_PRONOUN.test(text.slice(context.clause.start, at))) return [context.person];
  // "… warned that [the aid] was arriving": the clause has a subject of its own, unnamed — unless it
  // describes a person, most likely one named before ("…, and [the former president] has been vocal")
  const opening = text.slice(context.clause.start, at);
  if (OWN_SUBJECT.test(opening) && !PERSON_DESCRIPTION.test(opening)) return [];
  const earlier = context.mentions.find((m) => m.end <= context.clause.start && context.canAct(m.entity));
  return earlier ? [earlier.entity] : [];
}

/**
 * The nearest acting mention before the trigger, with the one joined to it by "and"
 * ("Russian President Vladimir Putin and Israeli Prime Minister Benjamin Netanyahu held"):
 * a demonym or country right before a person only qualifies them ("Israeli Prime Minister"),
 * and a name set off by commas just before the verb is an aside.
 */
export function coordinatedSubjects(text: string, before: readonly LinkedMention[], context: RelationContext, at: number): LinkedMention[] | undefined {
  const acting = before.filter((m, i) => context.canAct(m.entity) && !qualifiesNext(text, m, before[i + 1]));
  const last = acting[acting.length - 1];
  if (!last) return undefined;
  const previous = acting[acting.length - 2];
  // "Herzog, in a phone conversation with Putin, voiced …": the name inside the commas is not the subject
  if (previous && /^\s*,\s*$/.test(text.slice(last.end, at)) && /^\s*,\s*\p{Ll}/u.test(text.slice(previous.end, last.start))) return [previous];
  if (previous && /^[\s,]*(?:and|&)\s+[\p{L}\s.-]*$/u.test(text.slice(previous.end, last.start)) && !/[,;]\s*$/.test(text.slice(previous.end, last.start))) {
    return [previous, last];
  }
  return [last];
}
