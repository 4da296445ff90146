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
import { balancedChunks } from '../../src/extract/parallel/chunks';
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

describe('balancedChunks', () => {
  it('cuts consecutive, non-empty runs of about the same length', () => {
    expect(balancedChunks([10, 10, 30, 10], 2)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(balancedChunks([5, 5, 5, 5, 5, 5], 3)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 6 },
    ]);
    expect(balancedChunks([1000, 1, 1], 3)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
    ]);
    expect(balancedChunks([3, 3], 8)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
    ]);
    expect(balancedChunks([], 4)).toEqual([]);
  });
});

describe('claimgraph extract --jobs', () => {
  it('writes the same bytes with --jobs 2 as with --jobs 1', () => {
    const one = runCli(['extract', 'examples/corpus', '--json', '--jobs', '1']);
    const two = runCli(['extract', 'examples/corpus', '--json', '--jobs', '2']);
    expect(one.stderr).toBe('');
    expect(one.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it.each(['0', '-2', '1.5', 'two'])('rejects --jobs %s as a usage error (exit code 2)', (jobs) => {
    const { status, stdout, stderr } = runCli(['extract', 'examples/corpus', '--json', '--jobs', jobs]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--jobs <n>' argument .* is invalid/);
  });
});
