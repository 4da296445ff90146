import { QueryError } from '../../errors';
import type { Certainty } from './types';

/** Whether the caller asked for what is `possible` rather than `certain` (the default). */
export function wantsPossible(fn: string, include: Certainty | undefined): boolean {
  if (include !== undefined && include !== 'certain' && include !== 'possible') {
    throw new QueryError(`${fn}: include must be 'certain' or 'possible', not ${JSON.stringify(include)}`, { field: 'include' });
  }
  return include === 'possible';
}
