/**
 * Determinism: the same corpus gives the same bytes — across runs, whatever order the file
 * system lists the files in, and whatever order the files are named in on the command line.
 *
 * Paths are part of the output (`file` in the JSON, `cg:file` in RDF), so every copy of the
 * corpus is `<tmp>/corpus` and the binary runs in `<tmp>` with relative paths.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph, loadCorpus, toRdf, type ExtractionResult } from '../../src';
import { extract } from '../../src/extract/extract';
import type { Document } from '../../src/model/document';
import { cli, type CliResult, copyCorpus, corpusFiles, removeTemporaryDirs, tmp } from './helpers';

afterAll(removeTemporaryDirs);

/** A fixed shuffle of the corpus file names: neither sorted nor reversed. */
const SHUFFLED = [3, 0, 4, 2, 1].map((i) => corpusFiles[i]!.name);

let forward: string; // files created in name order
let reverse: string; // files created in reverse name order

beforeAll(() => {
  expect(new Set(SHUFFLED).size).toBe(corpusFiles.length);
  forward = tmp();
  reverse = tmp();
  mkdirSync(join(forward, 'corpus'));
  mkdirSync(join(reverse, 'corpus'));
  copyCorpus(join(forward, 'corpus'), 'forward');
  copyCorpus(join(reverse, 'corpus'), 'reverse');
});

/** The ways of naming the corpus: the directory, or its files one by one in a shuffled order. */
const asDirectory = ['corpus'];
const asShuffledFiles = SHUFFLED.map((name) => join('corpus', name));

function ok(result: CliResult): Buffer {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout.length).toBeGreaterThan(0);
  return result.stdout;
}

describe('claimgraph extract --json', () => {
  it('writes the same bytes across runs, file-system orders and argument orders', async () => {
    const args = ['extract', '--json'];
    const [first, second, reversed, shuffled, shuffledReversed] = (
      await Promise.all([
        cli([...args, ...asDirectory], forward),
        cli([...args, ...asDirectory], forward),
        cli([...args, ...asDirectory], reverse),
        cli([...args, ...asShuffledFiles], forward),
        cli([...args, ...asShuffledFiles], reverse),
      ])
    ).map(ok);
    const result = JSON.parse(first!.toString()) as ExtractionResult;
    expect(result.documents.map((d) => d.file)).toEqual(corpusFiles.map((f) => join('corpus', f.name)));
    expect(second!.equals(first!)).toBe(true);
    expect(reversed!.equals(first!)).toBe(true);
    expect(shuffled!.equals(first!)).toBe(true);
    expect(shuffledReversed!.equals(first!)).toBe(true);
  }, 60_000);
});

describe.each(['turtle', 'trig', 'nquads'])('claimgraph export --format %s', (format) => {
  it('writes the same bytes across runs, file-system orders and argument orders', async () => {
    const args = ['export', '--format', format];
    const [first, second, reversed, shuffled] = (
      await Promise.all([
        cli([...args, ...asDirectory], forward),
        cli([...args, ...asDirectory], forward),
        cli([...args, ...asDirectory], reverse),
        cli([...args, ...asShuffledFiles], reverse),
      ])
    ).map(ok);
    expect(first!.toString()).toMatch(/corpus\/000_8c0fb1a689d43340\.txt/);
    expect(second!.equals(first!)).toBe(true);
    expect(reversed!.equals(first!)).toBe(true);
    expect(shuffled!.equals(first!)).toBe(true);
  }, 60_000);
});

describe('the API', () => {
  let inOrder: Document[];
  let shuffled: Document[];
  beforeAll(async () => {
    const cwd = process.cwd();
    // the same relative paths as the binary's runs
    process.chdir(forward);
    try {
      inOrder = (await loadCorpus('corpus')).documents;
      // files named in any order are read in path order, like a directory
      expect((await loadCorpus(asShuffledFiles)).documents).toEqual(inOrder);
    } finally {
      process.chdir(cwd);
    }
    const byName = new Map(inOrder.map((d) => [d.id, d]));
    shuffled = SHUFFLED.map((name) => byName.get(name.replace(/\.txt$/, ''))!);
    expect(shuffled.every(Boolean)).toBe(true);
  });

  it('loadCorpus reads a directory in name order whatever order its files were created in', async () => {
    const cwd = process.cwd();
    process.chdir(reverse);
    try {
      const { documents } = await loadCorpus('corpus');
      expect(documents.map((d) => d.id)).toEqual(inOrder.map((d) => d.id));
      expect(documents).toEqual(inOrder);
    } finally {
      process.chdir(cwd);
    }
  });

  it('buildGraph gives the same RDF bytes for the documents in any order', async () => {
    const reversed = [...inOrder].reverse();
    for (const format of ['turtle', 'trig', 'nquads'] as const) {
      const expected = await toRdf(buildGraph(inOrder), { format });
      expect(await toRdf(buildGraph(shuffled), { format })).toBe(expected);
      expect(await toRdf(buildGraph(reversed), { format })).toBe(expected);
    }
  });

  it('extract gives the same result for the documents in any order, up to the order of documents, assertions and mentions', () => {
    const expected = extract(inOrder);
    const actual = extract(shuffled);
    // Today the result follows the input order (documents, assertions, each entity's mentions);
    // the binary sorts the documents by file first. Everything else must not depend on it.
    const canonical = (result: ExtractionResult) => ({
      documents: [...result.documents].sort((a, b) => (a.file < b.file ? -1 : 1)),
      entities: result.entities.map((e) => ({
        ...e,
        aliases: [...e.aliases].sort(),
        mentions: [...e.mentions].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start)),
      })),
      assertions: [...result.assertions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    });
    expect(canonical(actual)).toEqual(canonical(expected));
    expect(actual.entities.map((e) => e.id)).toEqual(expected.entities.map((e) => e.id));
    expect(new Set(actual.assertions.map((a) => a.id)).size).toBe(actual.assertions.length);
    // sorted by file, the shuffled documents give the very same result
    const byFile = [...shuffled].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    expect(JSON.stringify(extract(byFile))).toBe(JSON.stringify(expected));
  });
});
