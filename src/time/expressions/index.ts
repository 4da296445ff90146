/** Temporal expressions in news prose, normalised against a reference date. */
export { findTemporalExpressions, type FindTemporalExpressionsOptions } from './find';
export type { DurationBound, StatedDuration, TemporalExpression, TemporalKind } from './types';
