export { asOf } from './as-of';
export { validAt } from './valid-at';
export type { AsOfOptions, Certainty, ValidAtOptions } from './types';
