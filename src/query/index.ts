/** Query helpers over a KnowledgeGraph: one question per folder. */
export * from './timeline';
export * from './as-of';
export * from './stance';
export * from './contradictions';
export * from './analysis';
