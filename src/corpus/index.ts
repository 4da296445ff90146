/** Loading articles: files → {@link Document}s with headline, boilerplate, sentences and date. */
export { loadCorpus, readCorpus, type Corpus, type LoadCorpusOptions, type ReadCorpusOptions } from './load';
export { parseDocument, type ParseDocumentOptions } from './parse-document';
export { loadManifest, parseManifest, validateManifest, resolveManifestFiles, type ManifestEntry, type ParseManifestOptions } from './manifest';
export { detectHeadline, type DetectHeadlineOptions } from './headline';
export { findBoilerplate, type FindBoilerplateOptions } from './boilerplate';
export { findDateline, readDateline, type Dateline, type DatelineReading } from './dateline';
export { datePublication, type DatePublicationOptions } from './dating';
export { splitSentences } from './sentences';
export { splitLines, type Line } from './lines';
