import type { TextSpan } from '../../model/document';
import { GOVERNMENT_WORDS, HONORIFICS, MODIFIER_SUFFIXES, PERSON_NOUNS, SEAT_NOUNS } from '../data/cues';
import type { LinkedMention } from '../linking/types';
import { quantityIn } from './quantities';
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

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$/i;
const OBJECT_PREPOSITIONS = /^\s*(?:on|against|to|with|at|in|into|inside|across|over|for|from|of|toward|towards|upon)\s+/i;
const BETWEEN = /^\s*between\s+/i;
/** The two parties just spoken of, as the subject: "the (two) leaders", "both sides", "the two countries' …". */
const PAIR_ANAPHOR = /(?:^|[,.]\s*|\b(?:and|but|then|when|while|where|after)\s+)(?:the|both)\s+(?:two\s+)?(?:leaders|sides|countries|presidents|ministers|governments|nations|men)(?:['’]\s+|\s+(?:have\s+|had\s+|also\s+|then\s+)*)$/iu;
/** A noun after a preposition and a determiner, or after a possessive no mention covers. */
const ADJUNCT_NOUN_BEFORE = /(?:\b(?:for|after|since|before|during|despite|amid|following|over)\s+(?:the|a|an|this|that|these|those)\s+|\p{L}['’]s?\s+)(?:\p{Ll}+\s+)?$/u;
/** "he" or "she" opening the clause, as its subject. */
const PERSON_PRONOUN = /^\s*(?:(?:and|but|then)\s+)?(?:he|she)\s+(?:\p{Ll}+\s+){0,3}$/iu;
/** A clause that opens with a noun phrase of its own ("that the aid was …", "and ECOWAS threatened"), not a relative word. */
const OWN_SUBJECT = /^\s*(?:(?:that|and|but|while|whereas)\s+)?(?:(?:the|a|an|this|these|those|its|their|his|her)\s+\p{Ll}|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:\p{Ll}|$))/u;
/** A clause opening with "the [former] president", "the minister": a person described, not named. */
const PERSON_DESCRIPTION = new RegExp(`^\\s*(?:(?:that|and|but|while|whereas)\\s+)?the\\s+(?:\\p{Ll}+\\s+)?(?:${PERSON_NOUNS.join('|')})\\b`, 'iu');
/** Words that cannot stand inside a title between a demonym and a name. */
const TITLE_BREAK = /\b(?:in|at|on|to|from|with|by|for|over|after|before|during|and)\b/;
/** A capitalised word after a lower-case one, right before the trigger, in text no mention covers: "Western [sanctions]". */
const UNLINKED_CAPITAL = /\p{Ll}\s+\p{Lu}[\p{Ll}-]+\s+$/u;
/** An honorific before a name the mention leaves out: "between [Mr] Biden and [Mr] Netanyahu". */
const HONORIFIC = `(?:(?:${HONORIFICS.join('|')})\\.?\\s+)?`;
/** "between X and Y" ("involving X and Y"), or "between the governments of X and Y", after a noun, maybe after the relation it is about or a verb: "the nadir of ties between", "a rift has emerged between", "tensions escalated between". */
const BETWEEN_AFTER_NOUN = new RegExp(
  `^\\s+(?:(?:of|in)\\s+(?:ties|relations)\\s+|(?:(?:has|have|had)\\s+)?\\p{Ll}+(?:ed|en|wn)\\s+)?(?:between|involving)\\s+(?:the\\s+)?(?:(?:${GOVERNMENT_WORDS.join('|')})\\s+of\\s+(?:the\\s+)?)?${HONORIFIC}$`,
  'iu',
);
const AND_BETWEEN = new RegExp(`^\\s+and\\s+(?:the\\s+)?${HONORIFIC}$`, 'i');
/** What may stand between "the visit of" and its doer's name: "the visit of Mr Putin". */
const HONORIFIC_GAP = new RegExp(`^${HONORIFIC}$`);
const PREPOSITION_BEFORE = /\b(?:of|in|on|at|from|to|with|by|between|for|against|over|among)\s+(?:the\s+)?$/i;
/** The same without "of": "the draft resolution of [the Security Council] called for" — the owner stands in for a head that is no name. */
const PREPOSITION_BEFORE_VERB = /\b(?:in|on|at|from|to|with|by|between|for|against|over|among)\s+(?:the\s+)?$/i;
/** A staff title between an organisation and a person's name: "the Kremlin [spokesman,] Dmitry Peskov". */
const STAFF_TITLE_BETWEEN = /^\s+(?:spokes(?:man|woman|person)|official|envoy|ambassador|representative|chief|head|director|adviser|advisor)\s*,?\s+$/i;
/** What puts a gerund in an adjunct of the sentence's main clause: "…, by blaming", "while visiting". */
const ADJUNCT_BEFORE = /(?:^|,)\s*(?:by|while|after|before|when|upon)\s+$/i;
/** A personal pronoun as the subject of a clause: "that [they] would abstain". */
const PRONOUN_SUBJECT = /(?:^|[\s,])(?:he|she|they|we)\s+(?:\p{Ll}+\s+){0,3}$/iu;
const AND_BEFORE = /\b(?:and|or)\s+(?:the\s+)?$/i;

/**
 * The mentions that are not inside a prepositional phrase: "the US delegation to [the UN]
 * warned", "the clash between [Russia and NATO]". An English subject is never the object
 * of a preposition (the passive's "by X" is read apart).
 */
function outsidePrepositions(text: string, mentions: readonly LinkedMention[], clauseStart: number, preposition = PREPOSITION_BEFORE): LinkedMention[] {
  let inPhrase = false;
  return mentions.filter((m) => {
    const lead = text.slice(Math.max(clauseStart, m.start - 20), m.start);
    // "the government in [Kyiv]" names the government itself (the linker reads it so)
    const seat = /(\p{L}+)\s+(?:in|from)\s+$/iu.exec(lead);
    inPhrase = (preposition.test(lead) && !(seat && SEAT_NOUNS.has(seat[1]!.toLowerCase()))) || (inPhrase && AND_BEFORE.test(lead));
    return !inPhrase;
  });
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

/** Predicates whose object may be the subject of a "that" clause: "warned that [Israel] could face isolation", "demanded that [Israel] withdraw". */
export const THAT_TARGET: ReadonlySet<string> = new Set(['warns', 'urges', 'demands']);

function thatClauseSubject(trigger: TriggerHit, context: RelationContext): LinkedMention | undefined {
  const that = new RegExp(`^\\s*that\\s+(?:the\\s+)?${HONORIFIC}`, 'i').exec(context.text.slice(trigger.end, trigger.end + 24));
  return that ? context.mentions.find((m) => m.start === trigger.end + that[0].length && context.canAct(m.entity)) : undefined;
}

/** "relations between X and Y have been", "the relationship between X and Y could be", right before a state adjective. */
const STATE_OF = new RegExp(`\\b(?:relations|ties|relationship)\\s+between\\s+(?:the\\s+)?${HONORIFIC}$`, 'i');
const STATE_VERB = /^[\s"“']*(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+been|(?:could|would|will|may|might)\s+be|grew|became|seemed|appeared)\s+["“']*(?:\p{Ll}+ly\s+)?["“']*$/u;

/** "Relations between X and Y have been [strained]": X and Y, when that is what the clause says. */
function stateOfRelationship(trigger: TriggerHit, context: RelationContext, inClause: readonly LinkedMention[]): Relation[] {
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

/** The names listed after "brought together", each with each (one relation per pair, in the order named). */
function eachWithEach(text: string, after: readonly LinkedMention[], context: RelationContext): Relation[] {
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

/** The acting subject of the clause before `at`, else the one of an earlier clause of the sentence ("Putin, who met …, said"). */
function clauseSubjects(text: string, before: readonly LinkedMention[], context: RelationContext, at: number): string[] {
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
 * A noun whose object is a phrase: "a change in [its policy]", "a departure from
 * [America's traditional position]". The subject is the possessor inside the phrase
 * ("a shift in the White House's view") or the name heading it ("a change in US
 * policy"), else the name before the noun ("the US's change in"), else the clause's
 * subject ("the US side asserted there was no change in its policy"). Without its
 * preposition the noun says nothing here.
 */
function readPhraseNoun(trigger: TriggerHit, context: RelationContext, before: readonly LinkedMention[], after: readonly LinkedMention[]): Relation[] {
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

/**
 * The nearest acting mention before the trigger, with the one joined to it by "and"
 * ("Russian President Vladimir Putin and Israeli Prime Minister Benjamin Netanyahu held"):
 * a demonym or country right before a person only qualifies them ("Israeli Prime Minister"),
 * and a name set off by commas just before the verb is an aside.
 */
function coordinatedSubjects(text: string, before: readonly LinkedMention[], context: RelationContext, at: number): LinkedMention[] | undefined {
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

/**
 * A demonym or name that only modifies the name after it: "Israeli Prime Minister Benjamin
 * Netanyahu", "US President Joe Biden", "the Kremlin spokesman, Dmitry Peskov", "the
 * Ramallah-based Palestinian Authority" (and "Iran-backed", with no name after it).
 */
function qualifiesNext(text: string, mention: LinkedMention, next: LinkedMention | undefined): boolean {
  // "Iran-backed militias": a modifier, never an argument, whatever follows
  if (MODIFIER_SUFFIXES.test(text.slice(mention.end, mention.end + 16))) return true;
  if (!next) return false;
  const between = text.slice(mention.end, next.start);
  // "the Iranian president, Ebrahim Raisi"
  // (a title, not a phrase: "his Sudanese counterpart in [Cairo]" is no title of Cairo's)
  if (mention.via === 'demonym') return /^[\s\p{Lu}][\p{L}\s.-]*,?\s*$/u.test(between) && !TITLE_BREAK.test(between) && next.start - mention.end <= 40;
  // "Turkey's Erdogan": whose leader
  if (/^['’]s\s+$/.test(between)) return true;
  // a title in capitals between them: the name before is whose office it is
  if (/^\s+(?:\p{Lu}\p{Ll}+\s+){1,3}$/u.test(between) && next.start - mention.end <= 40) return true;
  return STAFF_TITLE_BETWEEN.test(between);
}

/** The two acting names of "between X and Y" after a noun (see {@link BETWEEN_AFTER_NOUN}). */
function betweenPair(text: string, trigger: TriggerHit, after: readonly LinkedMention[], context: RelationContext): [LinkedMention, LinkedMention] | undefined {
  const [first, second] = after.flatMap((m, i) => (context.canAct(m.entity) && !qualifiesNext(text, m, after[i + 1]) ? [i] : []));
  if (first === undefined || second === undefined || after[first]!.entity === after[second]!.entity) return undefined;
  const joined =
    BETWEEN_AFTER_NOUN.test(text.slice(trigger.end, qualifiedStart(text, after, first))) &&
    AND_BETWEEN.test(text.slice(after[first]!.end, qualifiedStart(text, after, second)));
  return joined ? [after[first]!, after[second]!] : undefined;
}

/** Where the name `mentions[i]` starts, with the names that only qualify it: "[US] President Joe Biden", "[the Ramallah]-based Palestinian Authority". */
function qualifiedStart(text: string, mentions: readonly LinkedMention[], i: number): number {
  let j = i;
  while (j > 0 && qualifiesNext(text, mentions[j - 1]!, mentions[j])) j--;
  return mentions[j]!.start;
}

/** Two names joined by a hyphen right before a noun: "the Putin-Netanyahu call". */
function hyphenPair(text: string, before: readonly LinkedMention[], at: number): [LinkedMention, LinkedMention] | undefined {
  const [first, second] = before.slice(-2);
  if (!first || !second || first.entity === second.entity) return undefined;
  const joined = /^\s*[-–]\s*$/.test(text.slice(first.end, second.start)) && /^\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(second.end, at));
  return joined ? [first, second] : undefined;
}

/** A name or adjective stands right before the noun ("an Israeli strike", "Blinken's visit"), not a verb phrase. */
function nounModified(text: string, before: readonly LinkedMention[], at: number): boolean {
  const last = before[before.length - 1];
  // one adjective may stand between ("an Israeli deadly strike"), not a preposition ("Palestinians in airstrikes")
  return last !== undefined && at - last.end <= 24 && /^(?:['’]s?)?\s*(?:(?!(?:in|on|at|of|by|for|with|from|to|into|across|after|during|and|or)\s)\p{Ll}+\s+)?$/u.test(text.slice(last.end, at));
}

/** The object mention: right after the trigger, or after its preposition, within a few words. */
function objectAfter(text: string, from: number, after: readonly LinkedMention[], preposition: string | undefined, noun: boolean): LinkedMention | undefined {
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
function literalAfter(text: string, from: number, end: number): Relation['object'] | undefined {
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
