import type { LinkedMention } from '../linking/types';
import { nounModified, outsidePrepositions } from './names';
import { literalAfter } from './objects';
import type { Relation, RelationContext } from './relations';
import { clauseSubjects, coordinatedSubjects } from './subjects';
import type { TriggerHit } from './trigger-index';

/**
 * A noun whose object is a phrase: "a change in [its policy]", "a departure from
 * [America's traditional position]". The subject is the possessor inside the phrase
 * ("a shift in the White House's view") or the name heading it ("a change in US
 * policy"), else the name before the noun ("the US's change in"), else the clause's
 * subject ("the US side asserted there was no change in its policy"). Without its
 * preposition the noun says nothing here.
 */
export function readPhraseNoun(trigger: TriggerHit, context: RelationContext, before: readonly LinkedMention[], after: readonly LinkedMention[]): Relation[] {
  const { text, clause } = context;
  const preposition = new RegExp(`^\\s+${trigger.trigger.preposition}\\s+`, 'i').exec(text.slice(trigger.end, trigger.end + 16));
  if (!preposition) return [];
  const from = trigger.end + preposition[0].length;
  const object = literalAfter(text, from, clause.end);
  if (!object) return [];
  if (trigger.trigger.about && !trigger.trigger.about.some((word) => new RegExp(`\\b${word}\\b`, 'i').test('value' in object ? object.value : ''))) return [];
  // "in [the White House]'s view", "in [US] foreign policy", "from [Israeli] policy": whose policy
  const possessor = after.find((m) => /^(?:the\s+)?$/i.test(text.slice(from, m.start)) && /^(?:['’]s?)?\s+\p{Ll}/u.test(text.slice(m.end, m.end + 4)));
  const modifier = nounModified(text, before, trigger.start) ? before[before.length - 1] : undefined;
  const free = outsidePrepositions(text, before, clause.start);
  // with no holder in its own clause, the policy is the speaker's: "a source from Washington said the vote is no change in policy"
  const holders = possessor ? [possessor.entity] : modifier ? [modifier.entity] : (coordinatedSubjects(text, free, context, trigger.start)?.map((m) => m.entity) ??
    (context.speaker ? [context.speaker] : clauseSubjects(text, free, context, trigger.start)));
  return holders.filter((entity) => context.canAct(entity)).map((entity) => ({ subject: entity, object, strength: 0.5 }));
}
