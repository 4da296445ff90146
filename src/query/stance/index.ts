export { stanceHistory } from './stance-history';
export { stanceChanges } from './stance-changes';
export type { ChangeSide, StanceChange, StanceHistory, StanceOptions, StancePeriod, StancePoint, StanceValence, TimeBasis } from './types';
