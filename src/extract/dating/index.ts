export { inferPublication, type PublicationInference } from './infer-publication';
export { constraintFromMention, constraintFromRole, type DateConstraint } from './constraints';
export { afterTerms, intersectWindows, largestConsistent, type DayWindow, type Allowing } from './day-windows';
export { linkAndDate } from './link-and-date';
