import type { DatingBasis, Document } from '../model/document';
import { DEFAULT_BASE, documentIri } from '../model/iri';
import type { TimeSpan } from '../time/timespan';

/**
 * A source document as the graph keeps it: its metadata, not its text. Assertions point
 * to it by IRI (`Assertion.source`); in TriG and N-Quads it names the graph that holds
 * the document's assertions.
 */
export interface Source {
  /** IRI of the document (see {@link documentIri}). */
  id: string;
  /** The file it was loaded from, as given to the loader. */
  file: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  language: string;
  /** Publication time (the *recorded* time of the source's assertions) and how it was found. */
  published: { time: TimeSpan | null; basis: DatingBasis; note: string };
}

/** The graph's record of a loaded document. */
export function sourceFromDocument(document: Document, base = DEFAULT_BASE): Source {
  const { time, basis, note } = document.published;
  return {
    id: documentIri(document.id, base),
    file: document.file,
    title: document.title,
    outlet: document.outlet,
    url: document.url,
    language: document.language,
    published: { time, basis, note },
  };
}
