import { compareStrings } from '../util/compare-strings';
import { documentKey, matchDocuments } from './documents';
import type { Gold } from './gold';
import { goldTarget, predictedPair, sameEntity, type GoldTarget, type PredictedPair } from './same-entity';
import type { ScorableResult } from './scorable';

/** Options for {@link scoreEntityLinking}. */
export interface EntityLinkingOptions {
  /**
   * Score only gold entities of these types (e.g. `['Person', 'Country', 'Organization',
   * 'GovernmentBody', 'Place']`). Default: every type.
   */
  types?: readonly string[];
}

/** A gold (document, entity) pair. */
export interface GoldPair {
  /** Base name of the document's file. */
  document: string;
  /** Gold entity id. */
  entity: string;
  label: string;
  type: string;
}

/** A gold pair that was found, with the ids of the predicted entities that matched it there. */
export interface FoundPair extends GoldPair {
  predicted: string[];
}

/** A predicted (document, entity) pair that matches no gold pair of its document. */
export interface SpuriousPair {
  /** Base name of the document's file. */
  document: string;
  /** Predicted entity id. */
  entity: string;
  label: string;
  kind: string;
  /** The distinct texts of its mentions in the document, sorted. */
  mentions: string[];
}

/** Recall over the gold pairs of one gold type. */
export interface TypeRecall {
  type: string;
  goldPairs: number;
  foundPairs: number;
  /** `foundPairs / goldPairs`. */
  recall: number;
}

/** How well a result's entities match the gold's, over (document, entity) pairs. */
export interface EntityLinkingScore {
  /** The gold types scored, sorted; `null` when every type is. */
  types: string[] | null;
  /** Types asked for that no gold entity has (probably misspelt). */
  unknownTypes: string[];
  /** How many documents were scored (those in both the gold and the result). */
  documents: number;
  /** Gold pairs scored. */
  goldPairs: number;
  /** Gold pairs matched by some predicted pair of the same document (true positives of recall). */
  foundPairs: number;
  /** Predicted pairs scored: `correctPairs` + spurious ones (ignored ones are not counted). */
  predictedPairs: number;
  /** Predicted pairs that match some scored gold pair of the same document (true positives of precision). */
  correctPairs: number;
  /** Predicted pairs left out because they match only gold entities of types not scored. */
  ignoredPairs: number;
  /** `correctPairs / predictedPairs`, 0 when nothing was predicted. */
  precision: number;
  /** `foundPairs / goldPairs`, 0 when there is no gold pair. */
  recall: number;
  /** Harmonic mean of precision and recall, 0 when both are 0. */
  f1: number;
  /** Recall by gold type (precision is only overall: a spurious pair has no gold type). Sorted by type. */
  byType: TypeRecall[];
  /** Gold pairs found, sorted by document and entity id. */
  found: FoundPair[];
  /** Gold pairs not found, sorted by document and entity id. */
  missed: GoldPair[];
  /** Predicted pairs that match nothing scored, sorted by document, label and id. */
  spurious: SpuriousPair[];
}

/** A gold entity prepared for matching, with the documents it is in. */
interface ScoredTarget extends GoldTarget {
  docs: Set<string>;
  scored: boolean;
}

/** Every predicted (document, entity) pair in a scored document. */
function predictedPairs(result: ScorableResult, scored: ReadonlySet<string>): PredictedPair[] {
  const pairs: PredictedPair[] = [];
  for (const entity of result.entities) {
    const byDocument = new Map<string, string[]>();
    for (const mention of entity.mentions) {
      const document = documentKey(mention.file);
      if (scored.has(document)) byDocument.set(document, [...(byDocument.get(document) ?? []), mention.text]);
    }
    for (const [document, texts] of byDocument) pairs.push(predictedPair(entity, document, texts));
  }
  return pairs;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/**
 * Scores entity linking as precision, recall and F1 over (document, entity) pairs.
 *
 * **Documents.** A result document and a gold document are the same when their files have
 * the same base name (`examples/corpus/000_x.txt` ~ `000_x.txt`). Only documents in both
 * are scored; a predicted mention counts for the document its `file` names.
 *
 * **Pairs.** A predicted pair is (document, predicted entity) for each scored document in
 * which the entity has at least one mention. A gold pair is (document, gold entity) for each
 * scored document in the gold entity's `docs`.
 *
 * **Same entity.** A predicted entity matches a gold entity
 * - when both have a Wikidata QID (the predicted one from a `sameAs` IRI such as
 *   `http://www.wikidata.org/entity/Q7747`): exactly when the QIDs are equal (one of them,
 *   if the prediction has several) — names are then not compared, so a wrong QID is wrong;
 * - otherwise (either side has none): when one of the predicted entity's names in that
 *   document — its label, an alias, or the text of one of its mentions there — equals the
 *   gold label (also without a trailing gloss in parentheses: `Moscow (city)` → `Moscow`)
 *   or a gold alias, both normalised by {@link normalizeEvalName} (NFKD, no
 *   diacritics, lower case, plain quotes and apostrophes, no full stops, single spaces, no
 *   leading "the ", no trailing "'s").
 *
 * **Counts.** A predicted pair is correct when it matches the gold entity of some gold
 * pair of the same document; precision = correct / predicted pairs. A gold pair is found
 * when some predicted pair of the same document matches it; recall = found / gold pairs.
 * One predicted entity may find several gold pairs and several predicted entities may find
 * the same one. F1 = 2PR / (P + R). A ratio whose denominator is 0 is 0.
 *
 * **By type.** Recall is also given for each gold `type`; precision only overall.
 *
 * **Restricting types** (`options.types`). Only gold pairs of those types are scored. A
 * predicted pair that matches no scored gold pair of its document but matches some gold
 * entity (in any document) of a type not scored is ignored — neither correct nor spurious;
 * a predicted pair that matches no gold entity at all is still spurious.
 *
 * @example
 * const score = scoreEntityLinking(extract(documents), gold, { types: ['Person', 'Country'] });
 * console.log(score.precision, score.recall, score.f1);
 * for (const pair of score.missed) console.log(`${pair.document}: missed ${pair.label}`);
 */
export function scoreEntityLinking(result: ScorableResult, gold: Gold, options: EntityLinkingOptions = {}): EntityLinkingScore {
  const types = options.types ? [...new Set(options.types)].sort(compareStrings) : null;
  const goldTypes = new Set(gold.entities.map((entity) => entity.type));
  const scored = new Set(matchDocuments(result, gold).scored);
  const targets: ScoredTarget[] = gold.entities.map((entity) => ({
    ...goldTarget(entity),
    docs: new Set(entity.docs.map(documentKey)),
    scored: types === null || types.includes(entity.type),
  }));

  const foundBy = new Map<string, Set<string>>();
  const pairKey = (document: string, id: string) => `${document}\u0000${id}`;
  let predicted = 0;
  let correct = 0;
  let ignored = 0;
  const spurious: SpuriousPair[] = [];
  for (const pair of predictedPairs(result, scored)) {
    const matched = targets.filter((target) => sameEntity(pair, target));
    const hits = matched.filter((target) => target.scored && target.docs.has(pair.document));
    if (hits.length > 0) {
      predicted++;
      correct++;
      for (const hit of hits) {
        const key = pairKey(pair.document, hit.entity.id);
        foundBy.set(key, (foundBy.get(key) ?? new Set()).add(pair.entity.id));
      }
    } else if (matched.some((target) => !target.scored)) {
      ignored++;
    } else {
      predicted++;
      const { id, label, kind } = pair.entity;
      spurious.push({ document: pair.document, entity: id, label, kind, mentions: pair.mentions });
    }
  }

  const found: FoundPair[] = [];
  const missed: GoldPair[] = [];
  const byType = new Map<string, TypeRecall>();
  for (const document of scored) {
    for (const target of targets) {
      if (!target.scored || !target.docs.has(document)) continue;
      const { id, label, type } = target.entity;
      const pair: GoldPair = { document, entity: id, label, type };
      const row = byType.get(type) ?? { type, goldPairs: 0, foundPairs: 0, recall: 0 };
      byType.set(type, row);
      row.goldPairs++;
      const by = foundBy.get(pairKey(document, id));
      if (by) {
        row.foundPairs++;
        found.push({ ...pair, predicted: [...by].sort(compareStrings) });
      } else {
        missed.push(pair);
      }
    }
  }
  for (const row of byType.values()) row.recall = ratio(row.foundPairs, row.goldPairs);

  const byPair = (a: GoldPair, b: GoldPair) => compareStrings(a.document, b.document) || compareStrings(a.entity, b.entity);
  const precision = ratio(correct, predicted);
  const recall = ratio(found.length, found.length + missed.length);
  return {
    types,
    unknownTypes: (types ?? []).filter((type) => !goldTypes.has(type)),
    documents: scored.size,
    goldPairs: found.length + missed.length,
    foundPairs: found.length,
    predictedPairs: predicted,
    correctPairs: correct,
    ignoredPairs: ignored,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    byType: [...byType.values()].sort((a, b) => compareStrings(a.type, b.type)),
    found: found.sort(byPair),
    missed: missed.sort(byPair),
    spurious: spurious.sort(
      (a, b) => compareStrings(a.document, b.document) || compareStrings(a.label, b.label) || compareStrings(a.entity, b.entity),
    ),
  };
}
