export * from './atomic-write';
export * from './json';
export * from './field-path';
