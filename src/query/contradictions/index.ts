export { contradictions } from './contradictions';
export { CONTRADICTION_KINDS } from './types';
export type { Contradiction, ContradictionKind, ContradictionOptions, ContradictionSeverity, ReferenceFact } from './types';
