import { parseDocument } from '../../src/corpus/parse-document';
import { KnowledgeGraph } from '../../src/graph/knowledge-graph';
import { sourceFromDocument } from '../../src/graph/source';
import type { Document } from '../../src/model/document';
import { documentIri } from '../../src/model/iri';
import type { ContradictionLike, ChangeLike } from '../../src/report';
import { parseTimeSpan } from '../../src/time/timespan';

/** Text that would break a page that put it in HTML or a `<script>` as is. */
export const HOSTILE = '</script><script>window.pwned = 1</script> <!-- \u2028\u2029 & "quotes"';

const TEXTS = {
  a: [
    'Alpha and Beta sign a pact',
    '',
    'Talks began in Geneva on Monday. Alpha met Beta on 2024-03-25 in Geneva. The two leaders praised the progress.',
    `A reporter wrote ${HOSTILE} in the margin. The talks went on for the whole of March.`,
  ].join('\n'),
  b: [
    'Beta denies any meeting',
    '',
    'Officials spoke on Friday. Beta did not meet Alpha in March 2024, a spokesman said. Beta condemned Alpha from February 2024 on. The statement ended there.',
  ].join('\n'),
};

/** Two small documents, a graph of their claims (a point, a month, an open interval), a contradiction and a change. */
export function syntheticReport(): { graph: KnowledgeGraph; documents: Document[]; contradictions: ContradictionLike[]; changes: ChangeLike[] } {
  const documents = Object.entries(TEXTS).map(([name, text]) => parseDocument(text, { file: `corpus/${name}.txt`, manifest: { file: `${name}.txt`, published: '2024-04-01' } }));
  const [a, b] = documents as [Document, Document];
  const graph = new KnowledgeGraph();
  for (const d of documents) graph.addSource(sourceFromDocument(d));
  const alpha = graph.addEntity({ kind: 'Person', label: 'Alpha' });
  const beta = graph.addEntity({ kind: 'Country', label: `Beta ${HOSTILE}` });
  const evidence = (d: Document, text: string) => {
    const start = d.text.indexOf(text);
    if (start < 0) throw new Error(`fixture: "${text}" is not in ${d.file}`);
    return { start, end: start + text.length, text };
  };
  const met = graph.addAssertion({
    subject: alpha.id, predicate: 'meets', object: { kind: 'entity', id: beta.id }, source: documentIri(a.id),
    valid: parseTimeSpan('2024-03-25'), evidence: evidence(a, 'Alpha met Beta on 2024-03-25 in Geneva.'),
  });
  graph.addAssertion({
    subject: alpha.id, predicate: 'praises', object: { kind: 'entity', id: beta.id }, source: documentIri(a.id),
    valid: parseTimeSpan('2024-03'), evidence: evidence(a, 'The two leaders praised the progress.'),
  });
  const denied = graph.addAssertion({
    subject: beta.id, predicate: 'meets', object: { kind: 'entity', id: alpha.id }, source: documentIri(b.id), polarity: 'denied',
    valid: parseTimeSpan('2024-03'), evidence: evidence(b, 'Beta did not meet Alpha in March 2024, a spokesman said.'), attributedTo: beta.id,
  });
  const condemned = graph.addAssertion({
    subject: beta.id, predicate: 'condemns', object: { kind: 'entity', id: alpha.id }, source: documentIri(b.id),
    valid: parseTimeSpan('2024-02/..'), evidence: evidence(b, 'Beta condemned Alpha from February 2024 on.'),
  });
  graph.addAssertion({ subject: alpha.id, predicate: 'discusses', object: { kind: 'literal', value: HOSTILE, datatype: 'http://www.w3.org/2001/XMLSchema#string' }, source: documentIri(a.id) });
  return {
    graph,
    documents,
    contradictions: [{ id: 'urn:test:contradiction/1', kind: 'polarity', severity: 'hard', explanation: `a.txt says Alpha met Beta; b.txt denies it. ${HOSTILE}`, assertions: [met.id, denied.id] }],
    changes: [{ id: 'urn:test:change/1', kind: 'stance', explanation: 'Alpha and Beta went from meeting to condemning.', assertions: [met.id, condemned.id] }],
  };
}
