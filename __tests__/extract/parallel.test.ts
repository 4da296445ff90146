/**
 * extractParallel: the same bytes as extract() whatever the number of jobs, errors that
 * name the file whatever the thread they happen in, and the validation of `jobs`.
 * Workers run from the TypeScript sources here (see src/extract/parallel/worker-entry.ts);
 * the CLI tests run them from dist/.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus';
import { ClaimgraphError, ExtractionError, LexiconError, TimeSpanError } from '../../src/errors';
import { extract, RuleExtractor } from '../../src/extract';
import { extractParallel } from '../../src/extract/parallel';
import { reviveError, serializeError } from '../../src/extract/parallel/transfer-error';
import { loadLexicon } from '../../src/lexicon/load';
import type { Document } from '../../src/model/document';
import { root, runCli } from '../cli/run-cli';

jest.setTimeout(120_000);

const corpusDir = join(root, 'examples', 'corpus');
const COPIES = 3;
let documents: Document[]; // the corpus three times over, each copy with its own ids and files
let expected: string;

beforeAll(async () => {
  const corpus = await loadCorpus(corpusDir);
  documents = Array.from({ length: COPIES }, (_, copy) =>
    corpus.documents.map((d) => ({ ...d, id: `${d.id}-${copy}`, file: `copy-${copy}/${d.file}` })),
  ).flat();
  expected = JSON.stringify(extract(documents));
});

describe('extractParallel: the same result as extract()', () => {
  it.each([1, 2, 3])('byte for byte with jobs = %i, reporting progress document by document', async (jobs) => {
    const progress: Array<[number, number]> = [];
    const result = await extractParallel(documents, { jobs, onProgress: (done, total) => progress.push([done, total]) });
    expect(JSON.stringify(result)).toBe(expected);
    expect(progress).toEqual(documents.map((_, i) => [i + 1, documents.length]));
  });

  it('sends the rule extractor options to the workers as data: base and a user lexicon', async () => {
    const lexicon = loadLexicon({ extend: [{ id: 'board-of-peace', label: 'Board of Peace', kind: 'Organization' }] });
    const options = { base: 'https://example.org/cg/', lexicon };
    const result = await extractParallel(documents, { ...options, jobs: 2 });
    expect(JSON.stringify(result)).toBe(JSON.stringify(extract(documents, options)));
    expect(result.entities.find((e) => e.label === 'Board of Peace')?.id).toBe('https://example.org/cg/entity/board-of-peace');
  });

  it('runs a custom extractor in this thread by default, and refuses it with jobs > 1', async () => {
    const extractor = new RuleExtractor();
    expect(JSON.stringify(await extractParallel(documents.slice(0, 5), { extractor }))).toBe(JSON.stringify(extract(documents.slice(0, 5))));
    await expect(extractParallel(documents, { extractor, jobs: 2 })).rejects.toThrow(ExtractionError);
    await expect(extractParallel(documents, { extractor, jobs: 2 })).rejects.toThrow(/custom extractor/);
  });

  it('stays in this thread by default for a corpus too small to pay for starting workers', async () => {
    const post = jest.spyOn(Worker.prototype, 'postMessage');
    try {
      expect(JSON.stringify(await extractParallel(documents))).toBe(expected);
      expect(post).not.toHaveBeenCalled();
    } finally {
      post.mockRestore();
    }
  });

  /** The documents as a stream, one at a time with a turn of the event loop between them, as files are read. */
  async function* streamed(items: readonly Document[]): AsyncGenerator<Document> {
    for (const item of items) {
      await new Promise((resolve) => setImmediate(resolve));
      yield item;
    }
  }

  it.each([1, 2, undefined])('byte for byte from a stream of documents with jobs = %p, counting those read so far as the total', async (jobs) => {
    const progress: Array<[number, number]> = [];
    const result = await extractParallel(streamed(documents), { jobs, onProgress: (done, total) => progress.push([done, total]) });
    expect(JSON.stringify(result)).toBe(expected);
    expect(progress.map(([done]) => done)).toEqual(documents.map((_, i) => i + 1));
    expect(progress.every(([done, total]) => done <= total && total <= documents.length)).toBe(true);
    expect(progress.at(-1)).toEqual([documents.length, documents.length]);
  });

  it('stops reading a stream and terminates the workers when the stream throws, rethrowing its error', async () => {
    let read = 0;
    async function* failing(): AsyncGenerator<Document> {
      for await (const document of streamed(documents)) {
        if (++read === 4) throw new RangeError('disk gone');
        yield document;
      }
    }
    const terminate = jest.spyOn(Worker.prototype, 'terminate');
    try {
      await expect(extractParallel(failing(), { jobs: 2 })).rejects.toThrow(/^disk gone$/);
      expect(terminate).toHaveBeenCalledTimes(2);
      expect(read).toBe(4);
    } finally {
      terminate.mockRestore();
    }
  });

  it('returns an empty result for no documents', async () => {
    expect(await extractParallel([], { jobs: 2 })).toEqual({ documents: [], entities: [], assertions: [] });
  });
});

describe('extractParallel: errors', () => {
  /** Dated by a manifest to a day that does not exist: the extractor raises a TimeSpanError. */
  const broken = (): Document[] =>
    documents.map((d, i) =>
      i === 7
        ? {
            ...d,
            file: 'broken.txt',
            published: { ...d.published, basis: 'manifest', time: { value: '2024-13-45', granularity: 'day', earliest: '2024-13-45', latest: '2024-13-45', explicit: true } },
          }
        : d,
    );

  it.each([1, 2])('surfaces the extractor error, of its own class, naming the file (jobs = %i)', async (jobs) => {
    const error = await extractParallel(broken(), { jobs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeSpanError);
    expect((error as TimeSpanError).message).toMatch(/^extractParallel: broken\.txt: parseTimeSpan: /);
    expect((error as TimeSpanError).file).toBe('broken.txt');
  });

  it('terminates every worker when one fails', async () => {
    const terminate = jest.spyOn(Worker.prototype, 'terminate');
    try {
      await expect(extractParallel(broken(), { jobs: 2 })).rejects.toThrow(/broken\.txt/);
      expect(terminate).toHaveBeenCalledTimes(2);
    } finally {
      terminate.mockRestore();
    }
  });

  it('keeps the class and location of an error across threads', () => {
    const revived = reviveError(structuredClone(serializeError(new LexiconError('loadLexicon: x.json: bad', { file: 'x.json', field: 'entries[0]' }))));
    expect(revived).toBeInstanceOf(LexiconError);
    expect(revived).toMatchObject({ name: 'LexiconError', message: 'loadLexicon: x.json: bad', file: 'x.json', field: 'entries[0]' });
    expect(reviveError(serializeError(new RangeError('r')))).toBeInstanceOf(RangeError);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects jobs = %p', async (jobs) => {
    const error = await extractParallel(documents, { jobs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toBeInstanceOf(ClaimgraphError);
    expect((error as ExtractionError).message).toMatch(/^extractParallel: jobs must be a positive integer/);
  });
});
