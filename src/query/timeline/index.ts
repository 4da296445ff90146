export { timeline } from './timeline';
export type { TimeAxis, Timeline, TimelineEntry, TimelineOptions } from './types';
