export * from './atomic-write';
export * from './json';
