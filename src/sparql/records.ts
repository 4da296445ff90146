/**
 * Contradiction records from the pairs a store found: the same records as the in-memory
 * helpers make (IRI, kind, severity, assertions in conflict order, explanation), built
 * with the same functions over the subgraph that holds the claims involved.
 */
import type { Assertion } from '../model/assertion';
import { anachronisms } from '../query/contradictions/anachronism';
import { attributionContradiction } from '../query/contradictions/attribution';
import { claimText, details, objectText, sourceName } from '../query/contradictions/explain';
import { polarityContradiction } from '../query/contradictions/polarity';
import { conflictOrder, record, type Scan } from '../query/contradictions/shared';
import type { Contradiction, ContradictionSeverity, ReferenceFact } from '../query/contradictions/types';

/** A pair a query found, by assertion IRI, with what the store computed about it. */
export interface FoundPair {
  claims: [string, string];
  severity: ContradictionSeverity;
  /** What the times agree on (polarity, attribution and numeric pairs). */
  basis?: 'valid' | 'recorded';
}

/** The two assertions of a pair, from the subgraph; `undefined` when one was not found. */
function claimsOf(scan: Scan, pair: FoundPair): [Assertion, Assertion] | undefined {
  const [a, b] = pair.claims.map((id) => scan.graph.assertion(id));
  return a && b ? [a, b] : undefined;
}

/**
 * A polarity or attribution record.
 *
 * @example
 * opposedRecord(scan, 'polarity', { claims: [affirming, denying], severity: 'hard', basis: 'valid' })
 */
export function opposedRecord(scan: Scan, kind: 'polarity' | 'attribution', pair: FoundPair): Contradiction | undefined {
  const claims = claimsOf(scan, pair);
  if (!claims) return undefined;
  const timed = { claims, basis: pair.basis ?? 'recorded' };
  const made = kind === 'polarity' ? polarityContradiction(scan, timed) : attributionContradiction(scan, timed);
  return { ...made, severity: pair.severity };
}

/**
 * A contrary record, explained as `contraryContradictions` explains it.
 *
 * @example
 * contraryRecord(scan, { claims: [earlier, later], severity: 'soft' })
 */
export function contraryRecord(scan: Scan, pair: FoundPair): Contradiction | undefined {
  const claims = claimsOf(scan, pair);
  if (!claims) return undefined;
  const [a, b] = conflictOrder(claims);
  const explanation =
    `${sourceName(scan, a.source)} says that ${claimText(scan, a)} ${details(a)}, ` +
    `but ${sourceName(scan, b.source)} says that ${claimText(scan, b)} ${details(b)}, and the two cannot hold at the same time.`;
  return record(scan, 'contrary', pair.severity, [a, b], explanation);
}

/**
 * A numeric record, explained as `numericContradictions` explains it.
 *
 * @example
 * numericRecord(scan, { claims: [a, b], severity: 'hard', basis: 'valid' })
 */
export function numericRecord(scan: Scan, pair: FoundPair): Contradiction | undefined {
  const claims = claimsOf(scan, pair);
  if (!claims) return undefined;
  const [a, b] = conflictOrder(claims);
  const explanation =
    `${sourceName(scan, a.source)} says that ${claimText(scan, a)} ${details(a)}, ` +
    `but ${sourceName(scan, b.source)} says ${objectText(scan, b)} ${details(b)}: the figures cannot both be right.`;
  return record(scan, 'numeric', pair.severity, [a, b], explanation);
}

/**
 * The anachronism records of the claims the store found: the in-memory rule, run over
 * the subgraph of those claims and the claims that may back them, chooses the reference
 * role and the backing claims; records of claims the store did not find are dropped.
 *
 * @example
 * anachronismRecords(scan, new Set(rows.map((r) => r.claim.value)), options.reference ?? [])
 */
export function anachronismRecords(scan: Scan, found: ReadonlySet<string>, reference: readonly ReferenceFact[]): Contradiction[] {
  return anachronisms(scan, reference).filter((c) => found.has(c.assertions[0]!));
}
