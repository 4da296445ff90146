/**
 * claimgraph — news articles to an RDF-compatible knowledge graph of entities and
 * dated, attributed assertions. The public API; every module re-exports from here.
 */
export * from './errors';
export * from './model';
export * from './time';
export * from './corpus';
export * from './lexicon';
export * from './graph';
export * from './io';
export * from './extract';
export * from './pipeline';
export * from './rdf';
export * from './eval';
export * from './query';
export * from './report';
export * from './sparql';
