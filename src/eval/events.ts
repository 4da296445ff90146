import { z } from 'zod';
import { compareStrings } from '../util/compare-strings';
import { documentKey, matchDocuments } from './documents';
import type { Gold } from './gold';
import { goldTarget, predictedPair, sameEntity, type GoldTarget, type PredictedPair } from './same-entity';
import type { ScorableAssertion, ScorableEntity, ScorableResult } from './scorable';
import { fieldError, parseWithSchema, type InputSource } from './schema';

/** The modalities of a gold event; `denied` stands for a claim the document denies. */
export const GOLD_MODALITIES = ['asserted', 'reported', 'planned', 'hoped', 'hypothetical', 'denied'] as const;

/** A gold event's modality. */
export type GoldModality = (typeof GOLD_MODALITIES)[number];

const goldEventSchema = z.looseObject({
  id: z.string().min(1),
  /** File name of the document (matched by base name). */
  doc: z.string().min(1),
  /** Words of the document, exactly as they stand in it, that state the event. */
  evidence: z.string().min(1),
  /** A gold entity id (or, rarely, a literal). */
  subject: z.union([z.string().min(1), z.number()]),
  predicate: z.string().min(1),
  /** A gold entity id, or a literal (string or number). */
  object: z.union([z.string().min(1), z.number()]),
  /** `2024-03-25`, `2024-03`, `2024`; `null` or `"unknown"` when undated. */
  date: z.string().nullable().default(null),
  modality: z.enum(GOLD_MODALITIES),
  /** Gold entity id of the speaker, or `null`. */
  attributedTo: z.string().nullable().default(null),
});

const goldEventsSchema = z.looseObject({ events: z.array(goldEventSchema) });

/** One gold event, as event scoring reads it (other fields — `dateEnd`, `granularity`, `dateBasis` — are kept). */
export type GoldEvent = z.output<typeof goldEventSchema>;

/** Options for {@link scoreEvents}. */
export interface EventScoringOptions {
  /**
   * The text of each document, keyed by its file (any path: only the base name counts), as
   * read — the text the assertions' evidence offsets point into. Gold evidence is located in
   * it. Without it events are not scored (`status: 'no texts'`); a scored document it has no
   * text for is left out of event scoring (listed in `withoutText`).
   */
  texts?: ReadonlyMap<string, string>;
}

/** A count of judgements and the share that were right. */
export interface EventAccuracy {
  /** Found events judged. */
  scored: number;
  correct: number;
  /** `correct / scored`, 0 when nothing was judged. */
  accuracy: number;
}

/** Event recall and precision in one document. */
export interface DocumentEvents {
  /** Base name of the document's file. */
  document: string;
  /** Locatable gold events of the document. */
  goldEvents: number;
  foundEvents: number;
  /** `foundEvents / goldEvents`, 0 when there is none. */
  recall: number;
  assertions: number;
  correctAssertions: number;
  /** `correctAssertions / assertions`, 0 when there is none. */
  precision: number;
}

/** The assertion chosen to judge a found event by. */
export interface JudgedAssertion {
  /** Its id, when the result gives one. */
  id: string | null;
  predicate: string;
  evidence: { start: number; end: number; text: string };
}

/** A gold event found by some assertion, with how the best of them did. */
export interface FoundEvent {
  /** Gold event id. */
  id: string;
  /** Base name of the document's file. */
  document: string;
  /** How many assertions found it. */
  assertions: number;
  /** The best of them, the one judged. */
  best: JudgedAssertion;
  /** Date judgement; `null` when the gold event has no date (`null` or `"unknown"`). */
  date: { gold: string; predicted: string | null; correct: boolean } | null;
  attribution: { gold: string | null; predicted: string | null; correct: boolean };
  modality: { gold: GoldModality; predicted: ScorableAssertion['modality']; polarity: ScorableAssertion['polarity']; correct: boolean };
}

/** A gold event that no assertion found. */
export interface MissedEvent {
  id: string;
  document: string;
  subject: string | number;
  predicate: string;
  object: string | number;
  evidence: string;
}

/** A gold event whose evidence is not in the document's text: neither found nor missed. */
export interface UnlocatableEvent {
  id: string;
  document: string;
  evidence: string;
}

/** An assertion that finds no gold event. */
export interface SpuriousAssertion {
  /** Base name of the document's file. */
  document: string;
  /** Its id, when the result gives one. */
  id: string | null;
  predicate: string;
  /** Subject entity id, and its label (`null` when it is not among the result's entities). */
  subject: string;
  subjectLabel: string | null;
  evidence: { start: number; end: number; text: string };
}

/** Why events were or were not scored. */
export type EventScoreStatus = 'scored' | 'no assertions' | 'no texts';

/** How well a result's assertions match the gold events. */
export interface EventScore {
  /**
   * `scored`; `no assertions` when the result has no `assertions` field (an older result);
   * `no texts` when no document texts were given. When not scored every count is 0 and every list empty.
   */
  status: EventScoreStatus;
  /** Documents whose events were scored: in both the gold and the result, and with a text. */
  documents: number;
  /** Documents in both the gold and the result that no text was given for: their events and assertions are not scored. Sorted. */
  withoutText: string[];
  /** Locatable gold events in the documents scored. */
  goldEvents: number;
  /** Gold events found by at least one assertion. */
  foundEvents: number;
  /** Assertions in the documents scored. */
  assertions: number;
  /** Assertions that find at least one gold event. */
  correctAssertions: number;
  /** `correctAssertions / assertions`, 0 when there is none. */
  precision: number;
  /** `foundEvents / goldEvents`, 0 when there is none. */
  recall: number;
  /** Harmonic mean of precision and recall, 0 when both are 0. */
  f1: number;
  /** On found events with a gold date. */
  date: EventAccuracy;
  /** On found events. */
  attribution: EventAccuracy;
  /** On found events. */
  modality: EventAccuracy;
  /** Recall and precision per document scored, sorted by document. */
  byDocument: DocumentEvents[];
  /** Sorted by document, then by where the gold evidence stands. */
  found: FoundEvent[];
  /** Sorted by document, then by where the gold evidence stands. */
  missed: MissedEvent[];
  /** Gold events whose evidence is not in their document's text, in gold order. */
  unlocatable: UnlocatableEvent[];
  /** Sorted by document, then by evidence start. */
  spurious: SpuriousAssertion[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const accuracy = (scored: number, correct: number): EventAccuracy => ({ scored, correct, accuracy: ratio(correct, scored) });
const f1 = (precision: number, recall: number): number => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

function notScored(status: EventScoreStatus): EventScore {
  return {
    status,
    documents: 0,
    withoutText: [],
    goldEvents: 0,
    foundEvents: 0,
    assertions: 0,
    correctAssertions: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    date: accuracy(0, 0),
    attribution: accuracy(0, 0),
    modality: accuracy(0, 0),
    byDocument: [],
    found: [],
    missed: [],
    unlocatable: [],
    spurious: [],
  };
}

/** The gold events, checked: the fields scoring reads, unique ids, `doc` naming a gold document. */
function goldEvents(gold: Gold): GoldEvent[] {
  const source: InputSource = { fn: 'scoreEvents', file: undefined };
  const { events } = parseWithSchema(goldEventsSchema, { events: gold.events }, source);
  const documents = new Set(gold.documents.map((document) => documentKey(document.file)));
  const ids = new Set<string>();
  events.forEach((event, index) => {
    if (ids.has(event.id)) throw fieldError(source, `events[${index}].id`, `"${event.id}" is used twice`);
    ids.add(event.id);
    if (!documents.has(documentKey(event.doc))) throw fieldError(source, `events[${index}].doc`, `"${event.doc}" is not one of the gold documents`);
  });
  return events;
}

/** A located gold event. */
interface Target {
  event: GoldEvent;
  document: string;
  start: number;
  end: number;
}

/** An assertion of a scored document. */
interface Candidate {
  assertion: ScorableAssertion;
  document: string;
  index: number;
}

/** An assertion judged on a gold event it finds. */
interface Judgement {
  candidate: Candidate;
  date: FoundEvent['date'];
  attribution: FoundEvent['attribution'];
  modality: FoundEvent['modality'];
  right: number;
}

/** Predicates whose assertions are not events: office phrases read as claims about their holder. */
export const NOT_EVENTS: ReadonlySet<string> = new Set(['holdsOffice']);

/**
 * Scores the result's assertions against the gold `events`, as precision and recall of
 * events, then the date, attribution and modality of the events found.
 *
 * **Documents.** Scored are the documents in both the gold and the result (by file base
 * name, as for entity linking) for which a text is given (`options.texts`); gold events and
 * assertions of other documents are not counted. A result without `assertions` is not
 * scored (`status: 'no assertions'`), nor is one without texts (`status: 'no texts'`).
 *
 * **Which assertions.** Every assertion but those of {@link NOT_EVENTS}: `holdsOffice`
 * claims say what an office phrase presupposes about its holder ("former President
 * Donald Trump"), not an event the text reports, and the gold events do not annotate them.
 *
 * **Gold evidence span.** The first occurrence of the gold `evidence` string in the
 * document's text (`text.indexOf(evidence)`), `[start, start + length)`. A gold event whose
 * evidence is not in the text is *unlocatable*: listed, and neither found nor missed.
 *
 * **Found.** An assertion finds a gold event when
 * 1. it is of the same document (its `file`'s base name),
 * 2. its evidence span `[start, end)` overlaps the gold span (shares at least one character:
 *    `a.start < g.end && g.start < a.end`), and
 * 3. it links the event's arguments. A gold argument is an *entity* when it is the id of a
 *    gold entity, else a *literal*. An assertion argument (an entity id) *matches* a gold
 *    entity by the entity-linking rule (see `scoreEntityLinking`): the QIDs when both have one,
 *    else a normalised name — the predicted entity's label, an alias, or the text of one of
 *    its mentions in that document — equal to the gold label (also without its parenthesised
 *    gloss) or a gold alias. An assertion argument that is not the id of one of
 *    `result.entities` (or is a literal) matches nothing. Then:
 *    - gold subject and object both entities: the assertion's subject matches the gold
 *      subject and its object the gold object, or the other way round (either order);
 *    - gold object a literal: the assertion's subject matches the gold subject (its object is
 *      not compared);
 *    - gold subject a literal: the assertion's object matches the gold object;
 *    - both literals: the evidence overlap is enough.
 *
 *    The predicate is not compared.
 *
 * **Precision and recall.** Precision = assertions that find at least one gold event / all
 * assertions of the documents scored; recall = gold events found / locatable gold events of
 * the documents scored; F1 = 2PR / (P + R). A ratio whose denominator is 0 is 0. Both are
 * also given per document.
 *
 * **Judging a found event.** When several assertions find an event, the one judged is the one
 * with the most of date, attribution and modality right; ties go to the earliest evidence
 * start, then to the first in the result.
 * - *Date* (only events whose gold `date` is neither `null` nor `"unknown"`): right when the
 *   assertion's `valid.value`, cut to the length of the gold date string, equals the gold
 *   date — `2024-03-25` (or `2024-03-25/2024-03-31`) is right for gold `2024-03`, `2024-03`
 *   is wrong for gold `2024-03-25`; a `null` `valid` is wrong.
 * - *Attribution*: right when both the assertion's `attributedTo` and the gold's are `null`,
 *   or the assertion's `attributedTo` entity matches the gold `attributedTo` entity (the rule
 *   above; a gold speaker that is not a gold entity id is matched by nothing).
 * - *Modality*: for a gold `denied` event, right when the assertion's `polarity` is `denied`
 *   (whatever its modality); otherwise right when its `polarity` is `affirmed` and its
 *   `modality` equals the gold modality.
 *
 * Each accuracy is correct / judged events, 0 when none was judged.
 *
 * @example
 * const texts = new Map(documents.map((d) => [d.file, d.text]));
 * const score = scoreEvents(extract(documents), gold, { texts });
 * console.log(score.precision, score.recall, score.date.accuracy);
 * @throws {GoldError} when a gold event lacks a field scoring reads (`events[3].evidence`),
 * reuses an id, or names a document the gold does not have.
 */
export function scoreEvents(result: ScorableResult, gold: Gold, options: EventScoringOptions = {}): EventScore {
  if (result.assertions === undefined) return notScored('no assertions');
  if (options.texts === undefined) return notScored('no texts');
  const events = goldEvents(gold);

  const texts = new Map<string, string>();
  for (const [file, text] of options.texts) texts.set(documentKey(file), text);
  const { scored } = matchDocuments(result, gold);
  const documents = scored.filter((document) => texts.has(document));
  const inScope = new Set(documents);

  // Gold side: located events of the documents scored.
  const targets: Target[] = [];
  const unlocatable: UnlocatableEvent[] = [];
  for (const event of events) {
    const document = documentKey(event.doc);
    if (!inScope.has(document)) continue;
    const start = texts.get(document)!.indexOf(event.evidence);
    if (start < 0) unlocatable.push({ id: event.id, document, evidence: event.evidence });
    else targets.push({ event, document, start, end: start + event.evidence.length });
  }

  // Entity matching, cached per (document, predicted entity).
  const goldTargets = new Map<string, GoldTarget>(gold.entities.map((entity) => [entity.id, goldTarget(entity)]));
  const entities = new Map<string, ScorableEntity>();
  for (const entity of result.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
  const pairs = new Map<string, PredictedPair | null>();
  const pairOf = (id: string, document: string): PredictedPair | null => {
    const key = `${document}\u0000${id}`;
    if (!pairs.has(key)) {
      const entity = entities.get(id);
      pairs.set(key, entity ? predictedPair(entity, document) : null);
    }
    return pairs.get(key)!;
  };
  const isEntity = (argument: string | number): argument is string => typeof argument === 'string' && goldTargets.has(argument);
  const matches = (predicted: ScorableAssertion['object'] | null, goldId: string, document: string): boolean => {
    if (typeof predicted !== 'string') return false;
    const pair = pairOf(predicted, document);
    const target = goldTargets.get(goldId);
    return pair !== null && target !== undefined && sameEntity(pair, target);
  };
  const links = (assertion: ScorableAssertion, event: GoldEvent, document: string): boolean => {
    const { subject, object } = event;
    const m = (predicted: ScorableAssertion['object'], goldId: string) => matches(predicted, goldId, document);
    if (isEntity(subject) && isEntity(object)) {
      return (m(assertion.subject, subject) && m(assertion.object, object)) || (m(assertion.subject, object) && m(assertion.object, subject));
    }
    if (isEntity(subject)) return m(assertion.subject, subject);
    if (isEntity(object)) return m(assertion.object, object);
    return true;
  };

  const judge = (candidate: Candidate, target: Target): Judgement => {
    const { assertion, document } = candidate;
    const { event } = target;
    const goldDate = event.date !== null && event.date !== 'unknown' ? event.date : null;
    const predictedDate = assertion.valid?.value ?? null;
    const date =
      goldDate === null
        ? null
        : { gold: goldDate, predicted: predictedDate, correct: predictedDate !== null && predictedDate.slice(0, goldDate.length) === goldDate };
    const attributionCorrect =
      event.attributedTo === null
        ? assertion.attributedTo === null
        : assertion.attributedTo !== null && matches(assertion.attributedTo, event.attributedTo, document);
    const modalityCorrect =
      event.modality === 'denied' ? assertion.polarity === 'denied' : assertion.polarity === 'affirmed' && assertion.modality === event.modality;
    const attribution = { gold: event.attributedTo, predicted: assertion.attributedTo, correct: attributionCorrect };
    const modality = { gold: event.modality, predicted: assertion.modality, polarity: assertion.polarity, correct: modalityCorrect };
    const right = Number(date?.correct ?? false) + Number(attributionCorrect) + Number(modalityCorrect);
    return { candidate, date, attribution, modality, right };
  };

  // Predicted side: every assertion of the documents scored, against the located events of its document.
  const candidates: Candidate[] = [];
  result.assertions.forEach((assertion, index) => {
    const document = documentKey(assertion.file);
    if (inScope.has(document) && !NOT_EVENTS.has(assertion.predicate)) candidates.push({ assertion, document, index });
  });
  const finders = new Map<Target, Candidate[]>(targets.map((target) => [target, []]));
  const correct = new Set<Candidate>();
  for (const candidate of candidates) {
    const { start, end } = candidate.assertion.evidence;
    for (const target of targets) {
      if (target.document !== candidate.document || !(start < target.end && target.start < end)) continue;
      if (!links(candidate.assertion, target.event, candidate.document)) continue;
      finders.get(target)!.push(candidate);
      correct.add(candidate);
    }
  }

  const found: FoundEvent[] = [];
  const missed: MissedEvent[] = [];
  const byStart = (a: Target, b: Target) => compareStrings(a.document, b.document) || a.start - b.start || a.end - b.end;
  for (const target of [...targets].sort(byStart)) {
    const { event, document } = target;
    const by = finders.get(target)!;
    if (by.length === 0) {
      const { id, subject, predicate, object, evidence } = event;
      missed.push({ id, document, subject, predicate, object, evidence });
      continue;
    }
    const best = by
      .map((candidate) => judge(candidate, target))
      .reduce((a, b) => {
        const order = b.right - a.right || a.candidate.assertion.evidence.start - b.candidate.assertion.evidence.start || a.candidate.index - b.candidate.index;
        return order <= 0 ? a : b;
      });
    const { assertion } = best.candidate;
    const { start, end, text } = assertion.evidence;
    found.push({
      id: event.id,
      document,
      assertions: by.length,
      best: { id: assertion.id ?? null, predicate: assertion.predicate, evidence: { start, end, text } },
      date: best.date,
      attribution: best.attribution,
      modality: best.modality,
    });
  }

  const spurious: SpuriousAssertion[] = candidates
    .filter((candidate) => !correct.has(candidate))
    .sort((a, b) => compareStrings(a.document, b.document) || a.assertion.evidence.start - b.assertion.evidence.start || a.index - b.index)
    .map(({ assertion, document }) => {
      const { start, end, text } = assertion.evidence;
      return {
        document,
        id: assertion.id ?? null,
        predicate: assertion.predicate,
        subject: assertion.subject,
        subjectLabel: entities.get(assertion.subject)?.label ?? null,
        evidence: { start, end, text },
      };
    });

  const byDocument: DocumentEvents[] = documents.map((document) => {
    const goldHere = targets.filter((target) => target.document === document).length;
    const foundHere = found.filter((event) => event.document === document).length;
    const assertionsHere = candidates.filter((candidate) => candidate.document === document);
    const correctHere = assertionsHere.filter((candidate) => correct.has(candidate)).length;
    return {
      document,
      goldEvents: goldHere,
      foundEvents: foundHere,
      recall: ratio(foundHere, goldHere),
      assertions: assertionsHere.length,
      correctAssertions: correctHere,
      precision: ratio(correctHere, assertionsHere.length),
    };
  });

  const precision = ratio(correct.size, candidates.length);
  const recall = ratio(found.length, targets.length);
  const dated = found.filter((event) => event.date !== null);
  return {
    status: 'scored',
    documents: documents.length,
    withoutText: scored.filter((document) => !texts.has(document)),
    goldEvents: targets.length,
    foundEvents: found.length,
    assertions: candidates.length,
    correctAssertions: correct.size,
    precision,
    recall,
    f1: f1(precision, recall),
    date: accuracy(dated.length, dated.filter((event) => event.date!.correct).length),
    attribution: accuracy(found.length, found.filter((event) => event.attribution.correct).length),
    modality: accuracy(found.length, found.filter((event) => event.modality.correct).length),
    byDocument,
    found,
    missed,
    unlocatable,
    spurious,
  };
}
