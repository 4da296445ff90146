import { matchDocuments, type DocumentMatch } from './documents';
import { scoreEntityLinking, type EntityLinkingOptions, type EntityLinkingScore } from './entity-linking';
import { scoreEvents, type EventScore, type EventScoringOptions } from './events';
import type { Gold } from './gold';
import { scorePublication, type PublicationScore } from './publication';
import type { ScorableResult } from './scorable';

/**
 * Options for {@link evaluate}: the gold types entity linking scores (`types`), and the
 * documents' texts (`texts`, keyed by file), which event scoring needs to locate the gold evidence.
 */
export interface EvaluateOptions extends EntityLinkingOptions, EventScoringOptions {}

/** Every score of one evaluation: what `claimgraph eval --json` prints. */
export interface EvalReport {
  /** Which documents were scored, and which only one side has. */
  documents: DocumentMatch;
  entityLinking: EntityLinkingScore;
  publication: PublicationScore;
  /** The assertions against the gold events; `status` says when they were not scored and why. */
  events: EventScore;
}

/**
 * Scores an extraction result against a gold annotation: entity linking
 * ({@link scoreEntityLinking}), publication dating ({@link scorePublication}) and events
 * ({@link scoreEvents}: only when the result has `assertions` and `options.texts` gives the
 * documents' texts), over the documents both have.
 *
 * @example
 * const { documents } = await loadCorpus('examples/corpus');
 * const texts = new Map(documents.map((d) => [d.file, d.text]));
 * const report = evaluate(extract(documents), await loadGold('seeds.gold.json'), { types: ['Person'], texts });
 * console.log(formatEvalReport(report));
 * @throws {GoldError} when events are scored and a gold event lacks a field they need.
 */
export function evaluate(result: ScorableResult, gold: Gold, options: EvaluateOptions = {}): EvalReport {
  return {
    documents: matchDocuments(result, gold),
    entityLinking: scoreEntityLinking(result, gold, options),
    publication: scorePublication(result, gold),
    events: scoreEvents(result, gold, options),
  };
}
