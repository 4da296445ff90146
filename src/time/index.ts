export * from './timespan';
export * from './allen';
