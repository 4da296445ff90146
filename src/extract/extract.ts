import type { Assertion } from '../model/assertion';
import type { Document } from '../model/document';
import type { TimeSpan } from '../time/timespan';
import { compareStrings } from '../util/compare-strings';
import type { DateConstraint } from './dating/constraints';
import { RuleExtractor, type DocumentExtraction, type Extractor, type RuleExtractorOptions } from './extractor';
import type { ExtractedAssertion, ExtractedDateConstraint, ExtractedDocument, ExtractedEntity, ExtractedTime, ExtractionResult } from './result';

/** Options for {@link extract}: the extractor to use, or the options of the default one. */
export interface ExtractOptions extends RuleExtractorOptions {
  /** The extractor (default: a {@link RuleExtractor} built from the other options). */
  extractor?: Extractor;
  /** Called after each document with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Documents → the extraction result: each document with its publication window, every
 * entity mentioned (linked to the lexicon, or provisional) with its mentions, and every
 * claim as a dated, attributed assertion.
 *
 * @example
 * const { documents } = await loadCorpus('examples/corpus');
 * const result = extract(documents);
 * result.entities.find((e) => e.label === 'Yair Lapid')?.mentions.length  // 3
 */
export function extract(documents: readonly Document[], options: ExtractOptions = {}): ExtractionResult {
  const extractor = options.extractor ?? new RuleExtractor(options);
  const entities = new Map<string, ExtractedEntity>();
  const assertions: ExtractedAssertion[] = [];
  const dated = documents.map((document, i) => {
    const found = extractor.extract(document);
    addMentions(entities, found);
    assertions.push(...found.assertions.map((a) => extractedAssertion(a, found.document)));
    options.onProgress?.(i + 1, documents.length);
    return extractedDocument(found.document, found.dating);
  });
  return { documents: dated, entities: [...entities.values()].sort((a, b) => compareStrings(a.id, b.id)), assertions };
}

function addMentions(entities: Map<string, ExtractedEntity>, found: DocumentExtraction): void {
  const { document } = found;
  for (const mention of found.mentions) {
    const model = found.entities.get(mention.entity);
    if (!model) continue;
    let entity = entities.get(model.id);
    if (!entity) {
      const { id, label, kind, sameAs, aliases } = model;
      const provisional = found.provisional?.has(mention.entity) ?? false;
      entities.set(id, (entity = { id, label, kind, sameAs, aliases: [...aliases], provisional, mentions: [] }));
    }
    for (const alias of model.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
    entity.mentions.push({ file: document.file, document: document.id, start: mention.start, end: mention.end, text: mention.text });
  }
}

const timeOf = (span: TimeSpan | null): ExtractedTime | null =>
  span && { value: span.value, earliest: span.earliest, latest: span.latest, granularity: span.granularity, ...(span.expression !== undefined && { expression: span.expression }) };

/** An assertion's entry in the result. */
export function extractedAssertion(assertion: Assertion, document: Document): ExtractedAssertion {
  const { object } = assertion;
  return {
    id: assertion.id,
    subject: assertion.subject,
    predicate: assertion.predicate,
    object: object.kind === 'entity' ? object.id : { value: object.value, datatype: object.datatype, ...(object.qualifier && { qualifier: object.qualifier }) },
    valid: timeOf(assertion.valid),
    recorded: timeOf(assertion.recorded),
    file: document.file,
    document: document.id,
    evidence: assertion.evidence ?? { start: 0, end: 0, text: '' },
    attributedTo: assertion.attributedTo,
    modality: assertion.modality,
    polarity: assertion.polarity,
    confidence: assertion.confidence,
  };
}

const constraintOf = (c: DateConstraint): ExtractedDateConstraint => ({
  text: c.evidence.text,
  start: c.evidence.start,
  end: c.evidence.end,
  allowed: c.allowed.map((w) => `${w.earliest ?? '..'}/${w.latest ?? '..'}`),
  reason: c.reason,
});

/** A document's entry in the result. */
export function extractedDocument(document: Document, dating?: DocumentExtraction['dating']): ExtractedDocument {
  const time = document.published.time;
  return {
    id: document.id,
    file: document.file,
    title: document.title,
    published: {
      value: time?.value ?? null,
      earliest: time?.earliest ?? null,
      latest: time?.latest ?? null,
      basis: document.published.basis,
      note: document.published.note,
      constraints: dating?.constraints.map(constraintOf) ?? [],
      conflicts: dating?.conflicts.map(constraintOf) ?? [],
    },
  };
}
