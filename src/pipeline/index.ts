export * from './build-graph';
