import { matchDocuments, type DocumentMatch } from './documents';
import { scoreEntityLinking, type EntityLinkingOptions, type EntityLinkingScore } from './entity-linking';
import type { Gold } from './gold';
import { scorePublication, type PublicationScore } from './publication';
import type { ScorableResult } from './scorable';

/** Options for {@link evaluate}. */
export interface EvaluateOptions extends EntityLinkingOptions {}

/** Every score of one evaluation: what `claimgraph eval --json` prints. */
export interface EvalReport {
  /** Which documents were scored, and which only one side has. */
  documents: DocumentMatch;
  entityLinking: EntityLinkingScore;
  publication: PublicationScore;
}

/**
 * Scores an extraction result against a gold annotation: entity linking
 * ({@link scoreEntityLinking}) and publication dating ({@link scorePublication}), over the
 * documents both have.
 *
 * @example
 * const { documents } = await loadCorpus('examples/corpus');
 * const report = evaluate(extract(documents), await loadGold('seeds.gold.json'), { types: ['Person'] });
 * console.log(formatEvalReport(report));
 */
export function evaluate(result: ScorableResult, gold: Gold, options: EvaluateOptions = {}): EvalReport {
  return {
    documents: matchDocuments(result, gold),
    entityLinking: scoreEntityLinking(result, gold, options),
    publication: scorePublication(result, gold),
  };
}
