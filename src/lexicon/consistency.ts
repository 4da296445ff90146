import type { Lexicon, ResolvedRole } from './lexicon';
import { termCore } from './lexicon';

/** Two holders of a single-holder office whose terms certainly overlap. */
export interface TermConflict {
  title: string;
  of: string | null;
  a: ResolvedRole;
  b: ResolvedRole;
  /** A sentence saying what clashes. */
  message: string;
}

/**
 * Data-entry check: for every office the title table marks single-holder ("one Prime
 * Minister of Israel at a time"), the terms of its holders must not overlap. Only the
 * certain part of each term counts (a term ending "2024-11" may meet one starting
 * "2024-11"), and a successor may start on the day the predecessor's term ends.
 *
 * @example
 * findTermConflicts(defaultLexicon())   // [] when the data is consistent
 */
export function findTermConflicts(lexicon: Lexicon): TermConflict[] {
  const offices = new Map<string, ResolvedRole[]>();
  for (const role of lexicon.allRoles()) {
    if (!lexicon.titles.isSingle(role.canonicalTitle)) continue;
    const key = `${role.canonicalTitle}\u0000${role.of ?? ''}`;
    const list = offices.get(key);
    if (list) list.push(role);
    else offices.set(key, [role]);
  }
  const conflicts: TermConflict[] = [];
  for (const roles of offices.values()) {
    for (let i = 0; i < roles.length; i++) {
      for (let j = i + 1; j < roles.length; j++) {
        const a = roles[i]!;
        const b = roles[j]!;
        if (!coresOverlap(a, b)) continue;
        conflicts.push({
          title: a.canonicalTitle,
          of: a.of,
          a,
          b,
          message: `${a.canonicalTitle} of ${a.of ?? '—'}: ${a.holder.id} (${a.term.value}) overlaps ${b.holder.id} (${b.term.value})`,
        });
      }
    }
  }
  return conflicts;
}

function coresOverlap(a: ResolvedRole, b: ResolvedRole): boolean {
  const x = termCore(a.term);
  const y = termCore(b.term);
  if (x.start !== null && x.end !== null && x.start > x.end) return false;
  if (y.start !== null && y.end !== null && y.start > y.end) return false;
  // strictly overlapping: sharing one boundary day is a handover, not a clash
  const before = (end: string | null, start: string | null): boolean => end !== null && start !== null && end <= start;
  return !before(x.end, y.start) && !before(y.end, x.start);
}
