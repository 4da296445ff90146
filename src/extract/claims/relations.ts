/**
 * The relations one trigger expresses in its clause; the readings of names, subjects,
 * objects, named pairs and phrase nouns live in the files beside this one.
 */
import type { TextSpan } from '../../model/document';
import type { LinkedMention } from '../linking/types';
import { HONORIFIC, hyphenPair, nounModified, outsidePrepositions, PREPOSITION_BEFORE_VERB, qualifiesNext } from './names';
import { literalAfter, objectAfter, thatClauseSubject, THAT_TARGET, XSD_STRING } from './objects';
import { betweenPair, eachWithEach, stateOfRelationship } from './pairs';
import { readPhraseNoun } from './phrase-noun';
import { clauseSubjects } from './subjects';
import type { TriggerHit } from './trigger-index';
import type { Claim } from './types';
import { predicate } from './vocabulary';

/** A relation read around one trigger: who, what, to whom (entity keys) or a literal object. */
export interface Relation {
  subject: string;
  object: Claim['object'];
  /** How directly the text ties them (0–1): a named object and an adjacent subject score higher. */
  strength: number;
}

/** What {@link readRelations} reads: the text, the clause, the sentence's mentions. */
export interface RelationContext {
  text: string;
  clause: TextSpan;
  /** Mentions of the sentence, in order, without those inside the trigger. */
  mentions: readonly LinkedMention[];
  /** Entity keys that can act (persons, countries, bodies …), not places or events alone. */
  canAct: (entity: string) => boolean;
  /** Who the sentence attributes its claims to ("X said that …"), if anyone. */
  speaker?: string | null;
  /** Where the sentence starts (default: the clause's start). */
  sentenceStart?: number;
  /** The trigger is the object of another trigger's verb ("condemned the attack"): the doer of the one is not that of the other. */
  objectOfTrigger?: boolean;
  /** The subjects of the verb this one is joined to by "and" ("the leaders condemned … and pledged …") or names the means of ("killed 27 in airstrikes"). */
  sharedSubjects?: readonly string[];
  /** The person "he" or "she" may take up: the last one named, in this sentence or the one before. */
  person?: string;
  /** The two parties of the last meeting or call, whom "the leaders" or "both sides" may take up. */
  pair?: readonly [string, string];
}

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$/i;

const BETWEEN = /^\s*between\s+/i;

/** A noun after a preposition and a determiner, or after a possessive no mention covers. */
const ADJUNCT_NOUN_BEFORE = /(?:\b(?:for|after|since|before|during|despite|amid|following|over)\s+(?:the|a|an|this|that|these|those)\s+|\p{L}['’]s?\s+)(?:\p{Ll}+\s+)?$/u;

/** A capitalised word after a lower-case one, right before the trigger, in text no mention covers: "Western [sanctions]". */
const UNLINKED_CAPITAL = /\p{Ll}\s+\p{Lu}[\p{Ll}-]+\s+$/u;

/** What may stand between "the visit of" and its doer's name: "the visit of Mr Putin". */
const HONORIFIC_GAP = new RegExp(`^${HONORIFIC}$`);

/** What puts a gerund in an adjunct of the sentence's main clause: "…, by blaming", "while visiting". */
const ADJUNCT_BEFORE = /(?:^|,)\s*(?:by|while|after|before|when|upon)\s+$/i;

/**
 * The relations one trigger expresses in its clause. A verb takes the nearest acting
 * mention before it as subject — all of a coordination ("Putin and Netanyahu discussed")
 * — and the first mention after it (after its preposition) as object; in the passive
 * ("was condemned by X") the roles turn. A noun takes the name or adjective before it as
 * subject ("an Israeli strike", "Blinken's visit") and the mention after its preposition
 * as object ("on the Gaza Strip"), or "between X and Y". Without a named object, the
 * words after the trigger become a literal, a count when they state one ("killed at
 * least 45").
 */
export function readRelations(trigger: TriggerHit, context: RelationContext): Relation[] {
  const { text, clause, mentions } = context;
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const before = inClause.filter((m) => m.end <= trigger.start);
  const after = inClause.filter((m) => m.start >= trigger.end);
  const passive = trigger.trigger.kind === 'verb' && trigger.participle && PASSIVE_BEFORE.test(text.slice(Math.max(clause.start, trigger.start - 30), trigger.start));

  if (trigger.trigger.phrase) return readPhraseNoun(trigger, context, before, after);
  if (trigger.trigger.state) return stateOfRelationship(trigger, context, inClause);
  // the list may run past a clause break (", and the Iranian president, Ebrahim Raisi")
  if (trigger.trigger.together) return eachWithEach(text, mentions.filter((m) => m.start >= trigger.end), context);
  if (trigger.trigger.adjective && !new RegExp(`^\\s+${trigger.trigger.preposition}\\s`, 'i').test(text.slice(trigger.end, trigger.end + 12))) return [];

  let subjects: string[];
  let object: LinkedMention | undefined;
  // "by X" names the doer of a noun; "of X" too, for nouns whose object comes with another word ("the visit of Putin to Tehran", not "the killing of X")
  const agentWord = trigger.trigger.preposition !== undefined && trigger.trigger.preposition !== 'of' ? '(?:of|by)' : 'by';
  const ofAgent = trigger.trigger.kind === 'noun' ? new RegExp(`^\\s+${agentWord}\\s+`, 'i').exec(text.slice(trigger.end, trigger.end + 6)) : null;
  const agent = ofAgent ? after.find((m) => HONORIFIC_GAP.test(text.slice(trigger.end + ofAgent[0].length, m.start)) && context.canAct(m.entity)) : undefined;
  if (agent) {
    // "the visit of Mr Putin to Tehran", "the killing by X of Y"
    const target = objectAfter(text, agent.end, after.filter((m) => m.start >= agent.end), trigger.trigger.preposition, true);
    return target && target.entity !== agent.entity ? [{ subject: agent.entity, object: { entity: target.entity }, strength: 0.7 }] : [];
  }
  const between = trigger.trigger.kind === 'noun' ? betweenPair(text, trigger, after, context) : undefined;
  if (between && (before.length === 0 || !nounModified(text, before, trigger.start) || !context.canAct(before[before.length - 1]!.entity))) {
    // "a rift between Russia and Israel", "the relatively friendly ties between Moscow and Tel Aviv"
    return [{ subject: between[0].entity, object: { entity: between[1].entity }, strength: 0.8 }];
  }
  const pair = hyphenPair(text, before, trigger.start);
  if (trigger.trigger.kind === 'noun' && pair) {
    // "the Putin-Netanyahu call"
    return [{ subject: pair[0].entity, object: { entity: pair[1].entity }, strength: 0.8 }];
  }
  // "to thwart Western sanctions": a capitalised word we could not link says whose they are (or who acts); not the clause's subject
  const last = before[before.length - 1];
  if (UNLINKED_CAPITAL.test(text.slice(Math.max(clause.start, last?.end ?? 0, trigger.start - 30), trigger.start))) return [];
  const lightVerb = trigger.trigger.kind === 'noun' && !nounModified(text, before, trigger.start);
  // "in exchange for the release of hostages", "the regime's attacks": an event named in passing, or someone else's; not the clause subject's act
  if (lightVerb && (context.objectOfTrigger || ADJUNCT_NOUN_BEFORE.test(text.slice(Math.max(clause.start, trigger.start - 40), trigger.start)))) return [];
  if (trigger.trigger.kind === 'noun' && !lightVerb) {
    const adjacent = before[before.length - 1]!;
    const between = BETWEEN.exec(text.slice(trigger.end, trigger.end + 12));
    if (between && !context.canAct(adjacent.entity)) {
      const [first, second] = after.filter((m) => context.canAct(m.entity));
      return first && second && first.entity !== second.entity ? [{ subject: first.entity, object: { entity: second.entity }, strength: 0.8 }] : [];
    }
    subjects = context.canAct(adjacent.entity) ? [adjacent.entity] : [];
    object = objectAfter(text, trigger.end, after, trigger.trigger.preposition, true);
  } else if (passive) {
    const agent = after.find((m) => /^\s+by\s+(?:the\s+)?$/i.test(text.slice(trigger.end, m.start)));
    const patient = [...before].reverse().find((m) => context.canAct(m.entity)) ?? before[before.length - 1];
    if (!agent) return [];
    if (patient) return [{ subject: agent.entity, object: { entity: patient.entity }, strength: 0.8 }];
    // "The attack was condemned by the EU": the unnamed subject is the object, as words
    const words = text.slice(clause.start, trigger.start).replace(PASSIVE_BEFORE, '').trim();
    return words && words.split(/\s+/).length <= 6 ? [{ subject: agent.entity, object: { value: words, datatype: XSD_STRING }, strength: 0.5 }] : [];
  } else if (trigger.trigger.tense === 'gerund' && ADJUNCT_BEFORE.test(text.slice(clause.start, trigger.start))) {
    // "Zakharova reacted to the raid …, by blaming Israel": the doer is the sentence's subject
    const main = outsidePrepositions(text, context.mentions.filter((m) => m.end <= trigger.start), context.sentenceStart ?? clause.start, PREPOSITION_BEFORE_VERB);
    const first = main.find((m, i) => context.canAct(m.entity) && !qualifiesNext(text, m, main[i + 1]));
    subjects = first ? [first.entity] : [];
    object = objectAfter(text, trigger.end, after, trigger.trigger.preposition, false);
  } else {
    // a verb, or a noun after a light verb ("held a phone call", "made a visit")
    subjects = context.sharedSubjects ? [...context.sharedSubjects] : clauseSubjects(text, outsidePrepositions(text, before, clause.start, PREPOSITION_BEFORE_VERB), context, trigger.start);
    object = objectAfter(text, trigger.end, after, trigger.trigger.preposition, lightVerb);
  }
  if (!object && THAT_TARGET.has(trigger.trigger.predicate) && trigger.trigger.kind === 'verb') object = thatClauseSubject(trigger, context);
  if (subjects.length === 0) return [];
  const relations = relate(text, trigger, subjects, object, context);
  // "X received aid from Y": the grammatical subject is the predicate's object
  return trigger.trigger.reversed ? relations.map((r) => ('entity' in r.object ? { ...r, subject: r.object.entity, object: { entity: r.subject } } : r)) : relations;
}

function relate(text: string, trigger: TriggerHit, subjects: readonly string[], object: LinkedMention | undefined, context: RelationContext): Relation[] {
  const relations: Relation[] = [];
  if (object) {
    for (const s of subjects) if (s !== object.entity) relations.push({ subject: s, object: { entity: object.entity }, strength: 0.7 });
  } else if (subjects.length === 2 && subjects[0] !== subjects[1] && predicate(trigger.trigger.predicate)?.symmetric) {
    // "Putin and Netanyahu discussed …": the two are the parties (not so for "X and Y condemned …")
    relations.push({ subject: subjects[0]!, object: { entity: subjects[1]! }, strength: 0.6 });
  } else {
    // "concerned [about] the upsurge": the preposition introduces the object, it is not part of it
    const preposition = trigger.trigger.preposition && new RegExp(`^\\s+${trigger.trigger.preposition}\\b`, 'i').exec(text.slice(trigger.end, trigger.end + 16));
    const literal = literalAfter(text, trigger.end + (preposition ? preposition[0].length : 0), context.clause.end);
    if (literal) for (const s of subjects) relations.push({ subject: s, object: literal, strength: 0.4 });
  }
  return relations;
}
