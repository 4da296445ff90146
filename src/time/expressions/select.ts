import type { Candidate } from './candidate';

/**
 * Settles overlaps: one expression per span of text, the longest first ("since February
 * 24" over "February 24", "early March" over "March"); of two the same length the one
 * found first (rules run from the most to the least specific). The result is in text order.
 *
 * @example
 * selectLongest([since, february24])  // [since]
 */
export function selectLongest(candidates: readonly Candidate[]): Candidate[] {
  const order = candidates.map((candidate, index) => ({ candidate, index }));
  order.sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.candidate.start - b.candidate.start || a.index - b.index);
  const taken: Candidate[] = [];
  for (const { candidate } of order) {
    if (candidate.end <= candidate.start) continue;
    if (!taken.some((t) => t.start < candidate.end && candidate.start < t.end)) taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}
