export * from './knowledge-graph';
export * from './source';
export * from './json';
export * from './gexf';
