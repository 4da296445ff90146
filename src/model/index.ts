export * from './document';
export * from './entity';
export * from './assertion';
export * from './predicate';
export * from './iri';
