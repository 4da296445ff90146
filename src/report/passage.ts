import { cleanText, type Document, type TextSpan } from '../model/document';

/** An assertion's evidence in context: the text before it, the evidence, the text after. */
export interface ReportPassage {
  /** Id of the document, `null` when its text is not in the report (the evidence stands alone). */
  document: string | null;
  /** The document's title, or its file. */
  title: string;
  before: string;
  evidence: string;
  after: string;
}

/** Sentences of context on each side of the evidence. */
const CONTEXT = 1;

/** Each document's cleaned text, computed once however many of its assertions are shown. */
const cleaned = new WeakMap<Document, string>();
function cleanTextOf(document: Document): string {
  let text = cleaned.get(document);
  if (text === undefined) cleaned.set(document, (text = cleanText(document)));
  return text;
}

/**
 * The evidence with the sentences it stands in and one sentence on each side, taken from
 * the document's text with boilerplate blanked out. Without the document (or when its
 * text does not hold the evidence at its offsets) the evidence stands alone.
 *
 * @example
 * passageAround(assertion.evidence, document, 'What’s happening to US-Israel relations?')
 * // { before: 'The vote came on Monday. ', evidence: 'The US abstained.', after: ' Israel …', … }
 */
export function passageAround(evidence: TextSpan, document: Document | undefined, title: string): ReportPassage {
  const alone: ReportPassage = { document: null, title, before: '', evidence: evidence.text, after: '' };
  if (!document || document.text.slice(evidence.start, evidence.end) !== evidence.text) return alone;
  const sentences = document.sentences;
  const first = sentences.findIndex((s) => s.end > evidence.start);
  const last = sentences.filter((s) => s.start < evidence.end).length - 1; // sentences are in text order
  if (first < 0 || last < 0) return { ...alone, document: document.id };
  const from = Math.min(sentences[Math.max(0, first - CONTEXT)]!.start, evidence.start);
  const to = Math.max(sentences[Math.min(sentences.length - 1, last + CONTEXT)]!.end, evidence.end);
  const clean = cleanTextOf(document);
  return { document: document.id, title, before: clean.slice(from, evidence.start), evidence: evidence.text, after: clean.slice(evidence.end, to) };
}
