import { compareStrings } from '../util/compare-strings';
import { documentKey } from './documents';
import type { GoldEntity } from './gold';
import { normalizeEvalName } from './normalize';
import type { ScorableEntity } from './scorable';

// The entity-matching rule shared by entity linking and event scoring (documented on
// `scoreEntityLinking`). Internal: not exported from the package.

/** A gold entity prepared for matching. */
export interface GoldTarget {
  entity: GoldEntity;
  names: Set<string>;
}

/** A predicted entity as it stands in one document, prepared for matching. */
export interface PredictedPair {
  /** Base name of the document's file. */
  document: string;
  entity: ScorableEntity;
  qids: Set<string>;
  names: Set<string>;
  /** The distinct texts of its mentions in the document, sorted. */
  mentions: string[];
}

const WIKIDATA_IRI = /^(?:https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/)?(Q[1-9]\d*)$/;

/** The Wikidata QIDs among `sameAs` IRIs (`http://www.wikidata.org/entity/Q7747` → `Q7747`). */
function qidsOf(sameAs: readonly string[]): Set<string> {
  const qids = new Set<string>();
  for (const iri of sameAs) {
    const qid = WIKIDATA_IRI.exec(iri.trim())?.[1];
    if (qid) qids.add(qid);
  }
  return qids;
}

function namesOf(texts: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    const name = normalizeEvalName(text);
    if (name) names.add(name);
  }
  return names;
}

/**
 * A gold label without the gloss annotators add in parentheses to tell entities apart:
 * `Moscow (city)` → `Moscow`, `Gaza war (2023–2025)` → `Gaza war`.
 */
function withoutGloss(label: string): string {
  return label.replace(/\s*\([^()]*\)\s*$/, '');
}

/** A gold entity with its names: label, label without gloss, aliases, normalised. */
export function goldTarget(entity: GoldEntity): GoldTarget {
  return { entity, names: namesOf([entity.label, withoutGloss(entity.label), ...entity.aliases]) };
}

/**
 * A predicted entity in one document, named by its label, its aliases and the texts of its
 * mentions in that document (`texts`, or else read from its mentions whose file has that base name).
 */
export function predictedPair(entity: ScorableEntity, document: string, texts?: readonly string[]): PredictedPair {
  const own = texts ?? entity.mentions.filter((mention) => documentKey(mention.file) === document).map((mention) => mention.text);
  return {
    document,
    entity,
    qids: qidsOf(entity.sameAs),
    names: namesOf([entity.label, ...entity.aliases, ...own]),
    mentions: [...new Set(own)].sort(compareStrings),
  };
}

/** Whether a predicted pair and a gold entity are the same entity (the rule in `scoreEntityLinking`). */
export function sameEntity(predicted: PredictedPair, gold: GoldTarget): boolean {
  const qid = gold.entity.wikidata;
  if (qid !== null && predicted.qids.size > 0) return predicted.qids.has(qid);
  for (const name of predicted.names) if (gold.names.has(name)) return true;
  return false;
}
