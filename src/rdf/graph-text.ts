import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { describeGraph, type DescribeOptions } from './descriptions';
import { n3Options, type SerializeOptions } from './serialize';
import { TextWriter } from './text-writer';

/** Characters gathered before a chunk is handed on: few enough to stay small, enough to make few writes. */
const CHUNK = 64 * 1024;

/**
 * The graph as RDF text, in chunks of some 64 k characters, made as they are pulled:
 * the same text as n3's writer gives for `toQuads`, written straight from the graph's
 * descriptions (no quad objects, no stream per quad), which is what makes large exports fast.
 *
 * @throws {RdfError} when a value cannot be written (see `toQuads`), on reaching it.
 */
export function* graphText(graph: KnowledgeGraph, describe: DescribeOptions, serialize: SerializeOptions): Generator<string> {
  const writer = new TextWriter(n3Options(serialize));
  let text = writer.start();
  for (const { graph: g, subject, properties } of describeGraph(graph, describe)) {
    for (const { predicate, object } of properties) text += writer.quad(g, subject, predicate, object);
    if (text.length >= CHUNK) {
      yield text;
      text = '';
    }
  }
  text += writer.end();
  if (text) yield text;
}
