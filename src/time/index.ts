export * from './timespan';
export * from './allen';
export * from './expressions';
