/** Evaluation: scoring an extraction result against a gold annotation. */
export * from './gold';
export * from './scorable';
export * from './extraction-result';
export * from './normalize';
export * from './documents';
export * from './entity-linking';
export * from './publication';
export * from './events';
export * from './evaluate';
export * from './analysis';
export * from './timelines';
export * from './table';
export * from './report';
