import type { Lexicon } from '../../lexicon/lexicon';
import { cleanText, type Document, type Sentence } from '../../model/document';
import { findTemporalExpressions, type TemporalExpression } from '../../time/expressions';
import type { TimeSpan } from '../../time/timespan';
import { SpanIndex } from '../../util/spans';
import type { DocumentLinks, LinkedMention, RoleMention } from '../linking/types';
import { attributionOf } from './attribution';
import { splitClauses } from './clauses';
import { modalityOf, polarityOf } from './modality';
import { officeTime } from './office-time';
import { THAT_TARGET } from './objects';
import { readRelations, type Relation } from './relations';
import type { TriggerHit, TriggerIndex } from './trigger-index';
import type { Claim } from './types';
import { predicate } from './vocabulary';

/** What {@link findClaims} needs besides the document and its links. */
export interface FindClaimsOptions {
  triggers: TriggerIndex;
  lexicon: Lexicon;
  /** The document's date (a day or a window) that relative times resolve against. */
  date: TimeSpan | null;
}

/** Kinds that can do or say something; places, events and documents are talked about. */
const PASSIVE_KINDS = new Set(['Place', 'Event', 'Agreement', 'Document', 'Artifact', 'Entity']);

/**
 * The claims of one linked document: for each trigger word of each clause, the relation it
 * expresses between the linked entities around it, with the time its sentence gives,
 * the speaker it is attributed to, its modality and polarity.
 */
export function findClaims(document: Document, links: DocumentLinks, options: FindClaimsOptions): Claim[] {
  const text = cleanText(document);
  const kinds = new Map(links.provisional.map((p) => [p.key, p.kind]));
  const kindOf = (key: string) => options.lexicon.get(key)?.kind ?? kinds.get(key) ?? 'Entity';
  const canAct = (key: string) => !PASSIVE_KINDS.has(kindOf(key));
  const speakers = new Set(links.mentions.map((m) => m.entity).filter(canAct));

  // looked up per sentence or claim: indexed, as a long document has tens of thousands of mentions
  const mentionsAt = new SpanIndex(links.mentions);
  const roles = new SpanIndex(links.roles);
  // for "he" / "she" and "the country"
  const persons = new SpanIndex(links.mentions.filter((m) => kindOf(m.entity) === 'Person'));
  const countries = new SpanIndex(links.mentions.filter((m) => kindOf(m.entity) === 'Country'));

  // "Trump's previous administration was supportive": the claim is dated to that term
  const pastOffice = (subject: string, clause: { start: number; end: number }, hit: TriggerHit) => {
    const role = roles.within(clause.start, hit.start).find((r) => r.holder === subject);
    return role ? officeTime(role, options.lexicon, options.date) : null;
  };

  // two parties "the leaders" may take up: of a meeting or call between two actors, or of anything between two people ("X hosted Y")
  const isPair = (c: Claim): c is Claim & { object: { entity: string } } =>
    'entity' in c.object && ((canAct(c.object.entity) && predicate(c.predicate)?.symmetric === true) || (kindOf(c.subject) === 'Person' && kindOf(c.object.entity) === 'Person'));


  const claims: Claim[] = [];
  const seen = new Set<string>();
  const recent = new Map<string, { claim: Claim; sentence: number }>();
  let pair: { parties: [string, string]; sentence: number } | undefined; // the last two parties of a symmetric claim
  for (const sentence of document.sentences) {
    if (document.titleSpan && sentence.start === document.titleSpan.start) continue; // a headline restates the body
    const hits = options.triggers.find(sentence.text, sentence.start);
    if (hits.length === 0) continue;
    // the outermost mentions: "the Biden administration", not the "Biden" inside it
    // "the former president has been vocal …": an office phrase whose holder the text leaves unnamed stands for them
    const offices = roles.within(sentence.start, sentence.end).filter((r) => r.holder !== null && !r.named);
    const named = outermost([...mentionsAt.within(sentence.start, sentence.end), ...offices.map(officeMention)].sort((a, b) => a.start - b.start));
    const mentions = [...named, ...theCountry(sentence, countries, document.sentences)].sort((a, b) => a.start - b.start);
    const attribution = attributionOf(sentence, mentions, speakers);
    const question = /\?["”’]?\s*$/.test(sentence.text);
    const times = findTemporalExpressions(sentence.text, { reference: options.date }).filter((t) => t.time !== null);
    for (const clause of splitClauses(sentence)) {
      const judgements: Array<{ claim: Claim; complement: string }> = [];
      let lastVerb: { tense: string; subjects: string[] } | undefined; // the last finite verb of the clause with claims, and its subjects
      for (const hit of hits.filter((h) => h.start >= clause.start && h.end <= clause.end)) {
        // "X said that …" only says who speaks; "X warned that Y …" is also a warning to Y, and the writer's claim
        const isCue = attribution.cue !== null && overlapsSpan(hit, attribution.cue);
        if (isCue && !THAT_TARGET.has(hit.trigger.predicate)) continue;
        // before "it was reported that …" the writer speaks
        const said = !isCue && (attribution.from === null || hit.start >= attribution.from) ? attribution : { speaker: null, reported: false };
        const around = mentions.filter((m) => (m.end <= hit.start || m.start >= hit.end) && !times.some((t) => overlapsSpan(m, shift(t, sentence.start))));
        const before = text.slice(clause.start, hit.start);
        const nearBefore = before.split(/\s+/).slice(-8).join(' ');
        const clauseEnd = Math.min(clause.end, ...times.map((t) => t.start + sentence.start).filter((at) => at >= hit.end));
        const read = readRelations(hit, {
          text,
          clause: { ...clause, end: clauseEnd },
          mentions: around,
          canAct,
          speaker: said.speaker,
          sentenceStart: sentence.start,
          objectOfTrigger: hits.some((h) => h.trigger.kind === 'verb' && h.end <= hit.start && OBJECT_GAP.test(text.slice(h.end, hit.start))),
          // "condemned the strikes and pledged to send …": "and" right before a verb in the tense of the one before;
          // "killed 27 Palestinians in airstrikes": a noun naming the means of the verb before — that verb's subjects
          sharedSubjects:
            (hit.trigger.kind === 'verb' && AND_VERB.test(before) && lastVerb && lastVerb.tense === FINITE.get(hit.trigger.tense)) ||
            (hit.trigger.kind === 'noun' && MEANS_BEFORE.test(before))
              ? lastVerb?.subjects
              : undefined,
          pair: pair && sentence.index - pair.sentence <= ANAPHORA_WINDOW ? pair.parties : undefined,
          person: persons.lastWithin(document.sentences[Math.max(0, sentence.index - 1)]!.start, clause.start)?.entity,
        });
        const anaphor = read.length === 0 ? antecedentOf(hit, before, sentence.index, recent) : undefined;
        const finite = hit.trigger.kind === 'verb' ? FINITE.get(hit.trigger.tense) : undefined;
        if (finite && read.length > 0) lastVerb = { tense: finite, subjects: [...new Set(read.map((r) => r.subject))] };
        for (const relation of anaphor ? [anaphor.relation] : read) {
          if (!('entity' in relation.object) && !takesLiteral(hit)) continue;
          // "Russia accused Israel of killing civilians": the killing is Russia's claim
          const complement = COMPLEMENT_BEFORE.exec(before)?.[1];
          const judge = judgements.find((j) => j.complement === complement && 'entity' in j.claim.object && j.claim.object.entity === relation.subject)?.claim;
          const claim: Claim = {
            subject: relation.subject,
            predicate: hit.trigger.predicate,
            object: relation.object,
            evidence: trimmed(text, clause.start, clause.end),
            valid:
              timeFor(hit, clause, times, sentence.start)?.time ??
              (anaphor ? anaphor.valid : (pastOffice(relation.subject, clause, hit) ?? presentTime(before, text.slice(hit.end, clauseEnd), hit, options.date))),
            attributedTo: judge ? judge.subject : said.speaker === relation.subject && !attribution.cue ? null : said.speaker,
            modality: question ? 'hypothetical' : modalityOf(nearBefore, said.reported || judge !== undefined),
            polarity: polarityOf(before),
            confidence: relation.strength,
          };
          const id = JSON.stringify([claim.subject, claim.predicate, claim.object, claim.evidence.start]);
          if (!seen.has(id)) {
            seen.add(id);
            claims.push(claim);
            recent.set(claim.predicate, { claim, sentence: sentence.index });
            if (hit.trigger.complement && JUDGING_COMPLEMENTS.has(hit.trigger.complement)) judgements.push({ claim, complement: hit.trigger.complement });
            if (isPair(claim)) pair = { parties: [claim.subject, claim.object.entity], sentence: sentence.index };
          }
        }
      }
    }
  }
  return claims;
}

/** Between a verb and the noun that is its object: "condemned [the] attack", "welcomed [their] talks". */
const OBJECT_GAP = /^\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:\p{Ll}+\s+)?$/u;

/**
 * The complements (`complement` in `triggers.json`) whose "X for / of [doing]" says what the
 * subject claims X did: "accused Israel of killing", "praised Egypt for mediating".
 */
const JUDGING_COMPLEMENTS = new Set(['for', 'of']);
const COMPLEMENT_BEFORE = /\b(for|of)\s+(?:\p{Ll}+(?:ly|ing)\s+)?$/u;
/** Forms of a verb that may have a subject of its own (not "to attack", "attacking"), by tense: "condemned" reads as past or participle. */
const FINITE: ReadonlyMap<string, string> = new Map([
  ['present', 'present'],
  ['past', 'past'],
  ['participle', 'past'],
]);
/** A noun naming how the verb before was done: "killed 27 [in] airstrikes", "[with] drones". */
const MEANS_BEFORE = /\b(?:in|with|through|using)\s+(?:\p{Ll}+\s+)?$/u;
/** A verb joined to the one before by "and": "condemned the strikes [and] pledged". */
const AND_VERB = /\band\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * Whether a trigger may take a phrase rather than a named party as its object: a verb of a
 * predicate that is not symmetric ("pledged to provide weapons", "killed at least 45").
 * Symmetric predicates and nouns relate two named parties or say nothing.
 */
function takesLiteral(hit: TriggerHit): boolean {
  return hit.trigger.phrase === true || ((hit.trigger.kind === 'verb' || hit.trigger.adjective === true) && predicate(hit.trigger.predicate)?.symmetric !== true);
}

/** How far back (in sentences) "the change" may take up a change the document spoke of. */
const ANAPHORA_WINDOW = 3;
const DEFINITE_BEFORE = /\b(?:the|this|that|such a)\s+(?:\p{L}+\s+){0,2}$/iu;

/**
 * "The change is historic": a definite phrase noun without its phrase takes up the
 * last claim of its predicate a few sentences back — the same change: same subject,
 * object and valid time (unless its own sentence dates it), read anew here (its own
 * polarity and speaker).
 */
function antecedentOf(
  hit: TriggerHit,
  before: string,
  sentence: number,
  recent: ReadonlyMap<string, { claim: Claim; sentence: number }>,
): { relation: Relation; valid: TimeSpan | null } | undefined {
  if (!hit.trigger.phrase || !DEFINITE_BEFORE.test(before)) return undefined;
  const last = recent.get(hit.trigger.predicate);
  if (!last || sentence - last.sentence > ANAPHORA_WINDOW) return undefined;
  return { relation: { subject: last.claim.subject, object: last.claim.object, strength: 0.4 }, valid: last.claim.valid };
}

const officeMention = (role: RoleMention): LinkedMention => ({ start: role.start, end: role.end, text: role.text, entity: role.holder!, via: 'title' });

/** "the country" (also "the country's"), which takes up the country named last. */
const THE_COUNTRY = /\bthe country\b/gi;

/**
 * "Blinken's visit to the country": "the country" stands for the country named last, in
 * this sentence or the few before it; none named there, it stands for nothing.
 */
function theCountry(sentence: Sentence, countries: SpanIndex<LinkedMention>, sentences: readonly Sentence[]): LinkedMention[] {
  const from = sentences[Math.max(0, sentence.index - ANAPHORA_WINDOW)]?.start ?? 0;
  return [...sentence.text.matchAll(THE_COUNTRY)].flatMap((match) => {
    const start = sentence.start + match.index;
    const named = countries.lastWithin(from, start);
    return named ? [{ start, end: start + match[0].length, text: match[0], entity: named.entity, via: 'coreference' as const }] : [];
  });
}

const shift = (t: { start: number; end: number }, offset: number) => ({ start: t.start + offset, end: t.end + offset });

/** Mentions not inside another one (both sorted by start). */
function outermost(mentions: readonly LinkedMention[]): LinkedMention[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

/**
 * A claim in the present tense ("supports", "has reiterated", "is watching") holds at the
 * publication time: its valid time is the document's date, marked inferred.
 */
const AUXILIARY = /\b(?:is|are|am|has|have|remains?|continues?)\b/i;
const NOT_PRESENT = /\b(?:expected|set|going|due|to|will|would|could|may|might|was|were|had)\b/i;
/** A noun's own auxiliary, a few words on: "the friendly ties between X and Y [are] eroding", "a rift [has] emerged". */
const NOUN_AUXILIARY = /^[^,;:]{0,60}?\b(is|are|remains?|has|have|was|were|had)\b/i;
function presentTime(before: string, after: string, hit: TriggerHit, date: TimeSpan | null): TimeSpan | null {
  const last = before.trim().split(/\s+/).slice(-3).join(' ');
  const nounAuxiliary = hit.trigger.kind === 'noun' ? NOUN_AUXILIARY.exec(after)?.[1]?.toLowerCase() : undefined;
  const nounPresent = nounAuxiliary !== undefined && !['was', 'were', 'had'].includes(nounAuxiliary);
  const present = (hit.trigger.tense === 'present' || AUXILIARY.test(last) || nounPresent) && !NOT_PRESENT.test(last);
  return present && date ? { ...date, expression: 'present tense, at publication', explicit: false } : null;
}

const overlapsSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The time expression of the trigger's clause, else the sentence's nearest to it. */
function timeFor(hit: TriggerHit, clause: { start: number; end: number }, times: readonly TemporalExpression[], offset: number): TemporalExpression | undefined {
  const placed = times.map((t) => ({ t, start: offset + t.start, end: offset + t.end }));
  const inClause = placed.filter((p) => p.start >= clause.start && p.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : placed;
  const distance = (p: { start: number; end: number }) => Math.min(Math.abs(p.start - hit.end), Math.abs(hit.start - p.end));
  return pool.sort((a, b) => distance(a) - distance(b))[0]?.t;
}

function trimmed(text: string, start: number, end: number) {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trail = slice.length - slice.trimEnd().length;
  return { start: start + lead, end: end - trail, text: slice.trim() };
}
