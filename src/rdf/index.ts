/** RDF: the `cg:` vocabulary, the lossless mapping to and from quads, writers and readers. */
export { CG_NS, NAMESPACES } from './namespaces';
export {
  CONTRADICTION_KIND_TERMS,
  DATING_BASIS_TERMS,
  ENTITY_KINDS,
  MODALITY_TERMS,
  POLARITY_TERMS,
  QUALIFIER_TERMS,
  SEVERITY_TERMS,
  VALENCE_TERMS,
  VOCABULARY,
  vocabularyQuads,
  vocabularyTerms,
  vocabularyTurtle,
  type EnumerationMember,
  type VocabularyOptions,
  type VocabularyTerm,
  type VocabularyTermType,
} from './vocabulary';
export { formatFromFile, type RdfFormat, type RdfProfile } from './format';
export { toQuads, type ToQuadsOptions } from './to-quads';
export { fromQuads, type FromQuadsOptions, type RdfImport } from './from-quads';
export { defaultPrefixes, toRdf, writeRdf, type RdfStreamOptions, type RdfWriteOptions } from './write';
export { importRdf, readRdf, type RdfReadOptions } from './read';
export { contradictionQuads, contradictionsRdf, type ContradictionQuadsOptions, type ContradictionsRdfOptions } from './contradictions';
