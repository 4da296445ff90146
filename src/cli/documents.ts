import { CorpusError } from '../errors';
import type { Document } from '../model/document';

/**
 * The documents of a streamed corpus (`readCorpus`), its errors set aside in `errors`
 * — or, with `strict`, thrown at the first one — so that extraction can start on the
 * first files while the rest are read.
 */
export async function* documentsOf(items: AsyncIterable<Document | CorpusError>, errors: CorpusError[], strict = false): AsyncGenerator<Document> {
  for await (const item of items) {
    if (!(item instanceof CorpusError)) yield item;
    else if (strict) throw item;
    else errors.push(item);
  }
}
