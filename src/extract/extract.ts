import type { Lexicon } from '../lexicon/lexicon';
import { DEFAULT_BASE } from '../model/iri';
import type { Document } from '../model/document';
import { compareStrings } from '../util/compare-strings';
import { inferPublication, type PublicationInference } from './dating/infer-publication';
import type { DateConstraint } from './dating/constraints';
import { linkedEntities } from './entities';
import { EntityLinker } from './linking/linker';
import type { DocumentLinks } from './linking/types';
import type { ExtractedDateConstraint, ExtractedDocument, ExtractedEntity, ExtractionResult } from './result';

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** Base for minted IRIs (default `urn:claimgraph:`). */
  base?: string;
  /** Who is who (default: the lexicon shipped with the package). */
  lexicon?: Lexicon;
  /** A linker to reuse across calls (built from `lexicon` otherwise). */
  linker?: EntityLinker;
  /** Called after each document with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Documents → the extraction result: each document with its publication window, and
 * every entity mentioned, linked to the lexicon (or provisional), with its mentions.
 *
 * @example
 * const { documents } = await loadCorpus('examples/corpus');
 * const result = extract(documents);
 * result.entities.find((e) => e.label === 'Yair Lapid')?.mentions.length  // 3
 */
export function extract(documents: readonly Document[], options: ExtractOptions = {}): ExtractionResult {
  const base = options.base ?? DEFAULT_BASE;
  const linker = options.linker ?? new EntityLinker({ lexicon: options.lexicon });
  const entities = new Map<string, ExtractedEntity>();
  const dated = documents.map((document, i) => {
    const { links, inference } = linkAndDate(document, linker);
    addLinks(entities, document, links, linker.lexicon, base);
    options.onProgress?.(i + 1, documents.length);
    return extractedDocument({ ...document, published: inference.published }, inference);
  });
  return {
    documents: dated,
    entities: [...entities.values()].sort((a, b) => compareStrings(a.id, b.id)),
    assertions: [],
  };
}

function addLinks(entities: Map<string, ExtractedEntity>, document: Document, links: DocumentLinks, lexicon: Lexicon, base: string): void {
  const named = linkedEntities(links, lexicon, base);
  const provisional = new Set(links.provisional.map((p) => p.key));
  for (const mention of links.mentions) {
    const model = named.get(mention.entity);
    if (!model) continue;
    let entity = entities.get(model.id);
    if (!entity) {
      const { id, label, kind, sameAs, aliases } = model;
      entities.set(id, (entity = { id, label, kind, sameAs, aliases: [...aliases], provisional: provisional.has(mention.entity), mentions: [] }));
    }
    for (const alias of model.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
    entity.mentions.push({ file: document.file, document: document.id, start: mention.start, end: mention.end, text: mention.text });
  }
}

/**
 * Links a document, dates it from what it presupposes when no manifest or dateline does,
 * and links it again at the new date when that changed (titles without names resolve
 * through it: "the Iranian president").
 */
export function linkAndDate(document: Document, linker: EntityLinker): { links: DocumentLinks; inference: PublicationInference } {
  const first = linker.link(document);
  const inference = inferPublication(document, first, linker.lexicon);
  const links = inference.published === document.published ? first : linker.link(document, { date: inference.published.time });
  return { links, inference };
}

const constraintOf = (c: DateConstraint): ExtractedDateConstraint => ({
  text: c.evidence.text,
  start: c.evidence.start,
  end: c.evidence.end,
  allowed: c.allowed.map((w) => `${w.earliest ?? '..'}/${w.latest ?? '..'}`),
  reason: c.reason,
});

/** A document's entry in the result. */
export function extractedDocument(document: Document, inference?: PublicationInference): ExtractedDocument {
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
      constraints: inference?.constraints.map(constraintOf) ?? [],
      conflicts: inference?.conflicts.map(constraintOf) ?? [],
    },
  };
}
