/** The SPARQL text of each question, for users who run it in their own store. */
import { QueryError } from '../../errors';
import { CONTRADICTION_KINDS, type ContradictionKind } from '../../query/contradictions/types';
import { anachronismQuery } from './anachronism';
import { contraryQuery } from './contrary';
import { numericQuery } from './numeric';
import type { ContradictionQueryOptions } from './options';
import { polarityQuery } from './polarity';

export { timelineQuery, type TimelineQueryOptions } from './timeline';
export { anachronismContextQuery, anachronismQuery } from './anachronism';
export { contraryQuery } from './contrary';
export { numericQuery } from './numeric';
export { polarityQuery } from './polarity';
export type { ContradictionQueryOptions } from './options';

/** The queries by what they answer: `polarity` answers both polarity and attribution. */
export type ContradictionQueries = Partial<Record<'polarity' | 'contrary' | 'numeric' | 'anachronism', string>>;

/**
 * The SPARQL queries of the contradiction kinds asked for (default all): `polarity`
 * (which also answers `attribution`), `contrary`, `numeric` and `anachronism`.
 *
 * @example
 * const { numeric } = contradictionQueries({ kinds: ['numeric'], tolerance: 0 });
 * const rows = await store.query(numeric!);
 * @throws {QueryError} for an unknown kind.
 */
export function contradictionQueries(options: ContradictionQueryOptions & { kinds?: readonly ContradictionKind[] } = {}): ContradictionQueries {
  const kinds = new Set(options.kinds ?? CONTRADICTION_KINDS);
  for (const kind of kinds) {
    if (!CONTRADICTION_KINDS.includes(kind)) throw new QueryError(`contradictionQueries: unknown kind "${kind}" (expected one of ${CONTRADICTION_KINDS.join(', ')})`, { field: 'kinds' });
  }
  return {
    ...((kinds.has('polarity') || kinds.has('attribution')) && { polarity: polarityQuery(options) }),
    ...(kinds.has('contrary') && { contrary: contraryQuery(options) }),
    ...(kinds.has('numeric') && { numeric: numericQuery(options) }),
    ...(kinds.has('anachronism') && { anachronism: anachronismQuery(options) }),
  };
}
