/** Extraction: documents → linked entity mentions, publication dates from content, and dated, attributed claims. */
export * from './result';
export { extract, extractedAssertion, extractedDocument, type ExtractOptions } from './extract';
export { RuleExtractor, type DocumentExtraction, type Extractor, type RuleExtractorOptions } from './extractor';
export { writeResultJson } from './write-json';
export * from './parallel';
export { linkedEntities } from './entities';
export { EntityLinker, type EntityLinkerOptions, type LinkOptions } from './linking/linker';
export { SurfaceMatcher, type SurfaceForm, type SurfaceHit } from './linking/surface-matcher';
export { foldForMatching } from './linking/fold';
export type { DocumentLinks, LinkedMention, LinkVia, ProvisionalEntity, RoleMention, TitleQualifier } from './linking/types';
export { findClaims, type FindClaimsOptions } from './claims/find-claims';
export { TriggerIndex, type TriggerHit } from './claims/trigger-index';
export { quantityIn, type Quantity } from './claims/quantities';
export type { Claim } from './claims/types';
export * from './dating';
export * from './claims/vocabulary';
