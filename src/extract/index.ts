/** Extraction: documents → linked entity mentions, publication dates from content (and, later, assertions). */
export * from './result';
export { extract, extractedDocument, linkAndDate, type ExtractOptions } from './extract';
export { writeResultJson } from './write-json';
export { EntityLinker, type EntityLinkerOptions, type LinkOptions } from './linking/linker';
export { SurfaceMatcher, type SurfaceForm, type SurfaceHit } from './linking/surface-matcher';
export { foldForMatching } from './linking/fold';
export type { DocumentLinks, LinkedMention, LinkVia, ProvisionalEntity, RoleMention, TitleQualifier } from './linking/types';
export * from './dating';
