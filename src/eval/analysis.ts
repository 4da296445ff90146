import { z } from 'zod';
import { compareStrings } from '../util/compare-strings';
import { documentKey } from './documents';
import type { Gold } from './gold';
import { fieldError, parseWithSchema, type InputSource } from './schema';

/** One claim of a reported record, as `claimgraph contradictions --json` prints it. */
export interface ScorableClaim {
  file: string;
  evidence: { start: number; end: number } | null;
}

/** A reported contradiction or change: its claims are what is matched. */
export interface ScorableRecord {
  id: string;
  kind: string;
  claims: readonly ScorableClaim[];
}

/** What an analysis reports: the shape of `claimgraph contradictions --json`. */
export interface ScorableAnalysis {
  contradictions: readonly ScorableRecord[];
  changes: readonly ScorableRecord[];
}

const goldClaimSchema = z.looseObject({ doc: z.string().min(1), evidence: z.string().min(1) });
const goldPairSchema = z.looseObject({ id: z.string().min(1), claims: z.array(goldClaimSchema).min(2), strength: z.enum(['hard', 'soft']).optional() });
const goldAnalysisSchema = z.looseObject({
  contradictions: z.array(goldPairSchema).default([]),
  changes: z.array(goldPairSchema).default([]),
  lookalikes: z.array(goldPairSchema).default([]),
});

/** A gold pair (contradiction, change or lookalike) and whether a reported record matches it. */
export interface PairMatch {
  id: string;
  strength?: 'hard' | 'soft';
  /** Ids of the reported records that match it, sorted. */
  matchedBy: string[];
}

/** How one gold section fared. */
export interface PairScore {
  gold: number;
  matched: number;
  pairs: PairMatch[];
}

/** Gold contradictions, lookalikes and changes against a reported analysis. */
export interface AnalysisScore {
  status: 'scored' | 'no texts';
  /** Reported contradictions matching gold contradictions, also by strength. */
  contradictions: PairScore & { hard: { gold: number; matched: number }; soft: { gold: number; matched: number } };
  /** Reported contradictions matching gold lookalikes: each one is a false alarm. */
  lookalikes: PairScore;
  /** Reported changes matching gold changes. */
  changes: PairScore;
  /** Gold changes that were reported as contradictions instead. */
  changesAsContradictions: string[];
  /** How many records were reported. */
  reported: { contradictions: number; changes: number };
}

interface Span {
  document: string;
  start: number;
  end: number;
}

/**
 * Scores a reported analysis against the gold `contradictions`, `changes` and
 * `lookalikes`. A gold pair is matched by a reported record when every gold claim is
 * overlapped by the evidence of one of the record's claims in the same document (file base
 * name): the record cites both sides. The gold evidence is located as the first occurrence
 * of its words in the document's text (`texts`, keyed by file); a gold claim whose words
 * are not in the text matches nothing. Lookalikes are matched against the reported
 * contradictions: every match is a false alarm. Changes are matched against the reported
 * changes, and also against the contradictions, to list those reported as the wrong thing.
 *
 * @example
 * const score = scoreAnalysis(JSON.parse(stdoutOfContradictionsJson), gold, { texts });
 * score.contradictions.hard  // { gold: 4, matched: 3 }
 * @throws {GoldError} when a gold pair lacks a field matching needs.
 */
export function scoreAnalysis(result: ScorableAnalysis, gold: Gold, options: { texts?: ReadonlyMap<string, string>; file?: string } = {}): AnalysisScore {
  const source: InputSource = { fn: 'scoreAnalysis', file: options.file };
  const parsed = parseWithSchema(goldAnalysisSchema, gold, source);
  const texts = new Map([...(options.texts ?? [])].map(([file, text]) => [documentKey(file), text]));
  const locate = (section: string, index: number) => (claim: z.output<typeof goldClaimSchema>, c: number): Span | null => {
    const document = documentKey(claim.doc);
    if (!gold.documents.some((d) => documentKey(d.file) === document)) {
      throw fieldError(source, `${section}[${index}].claims[${c}].doc`, `"${claim.doc}" is not one of the gold documents`);
    }
    const start = texts.get(document)?.indexOf(claim.evidence) ?? -1;
    return start < 0 ? null : { document, start, end: start + claim.evidence.length };
  };
  const score = (section: 'contradictions' | 'changes' | 'lookalikes', records: readonly ScorableRecord[]): PairScore => {
    const pairs = parsed[section].map((pair, index) => {
      const spans = pair.claims.map(locate(section, index));
      const matchedBy = records.filter((r) => spans.every((s) => s !== null && cites(r, s))).map((r) => r.id).sort(compareStrings);
      return { id: pair.id, ...(pair.strength && { strength: pair.strength }), matchedBy };
    });
    return { gold: pairs.length, matched: pairs.filter((p) => p.matchedBy.length > 0).length, pairs };
  };
  const contradictions = score('contradictions', result.contradictions);
  const byStrength = (strength: 'hard' | 'soft') => {
    const pairs = contradictions.pairs.filter((p) => p.strength === strength);
    return { gold: pairs.length, matched: pairs.filter((p) => p.matchedBy.length > 0).length };
  };
  return {
    status: texts.size === 0 ? 'no texts' : 'scored',
    contradictions: { ...contradictions, hard: byStrength('hard'), soft: byStrength('soft') },
    lookalikes: score('lookalikes', result.contradictions),
    changes: score('changes', result.changes),
    changesAsContradictions: score('changes', result.contradictions).pairs.filter((p) => p.matchedBy.length > 0).map((p) => p.id),
    reported: { contradictions: result.contradictions.length, changes: result.changes.length },
  };
}

/** Whether one of the record's claims overlaps the gold span. */
function cites(record: ScorableRecord, span: Span): boolean {
  return record.claims.some((c) => c.evidence !== null && documentKey(c.file) === span.document && c.evidence.start < span.end && span.start < c.evidence.end);
}
