import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CorpusError } from '../errors';
import type { Document } from '../model/document';
import { resolveManifestFiles, loadManifest, validateManifest, type ManifestEntry } from './manifest';
import { parseDocument } from './parse-document';
import { compareStrings } from '../util/compare-strings';

/** Options for {@link readCorpus}. */
export interface ReadCorpusOptions {
  /** Also read `*.txt` files in subdirectories (default `false`). */
  recursive?: boolean;
  /**
   * A manifest file, or its entries already parsed. Entries given directly are resolved
   * against the corpus directory when the input is one directory, else the working directory.
   */
  manifest?: string | readonly ManifestEntry[];
  /** Called after each file, loaded or not, with how many of how many are done. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Options for {@link loadCorpus}. */
export interface LoadCorpusOptions extends ReadCorpusOptions {
  /** Throw the first file's error instead of collecting it (default `false`). */
  strict?: boolean;
}

/** The documents that loaded and the files that did not, each with the reason. */
export interface Corpus {
  documents: Document[];
  errors: CorpusError[];
}

type Caller = 'loadCorpus' | 'readCorpus';

/** An error's message; not `instanceof Error`, which fails for errors from another realm (a vm context, Jest). */
const messageOf = (cause: unknown): string => {
  const message = (cause as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(cause);
};

/**
 * The `*.txt` files of the inputs (a directory's symbolic links included, so a broken
 * one is reported rather than skipped), sorted by path whatever the order of the inputs,
 * so that one corpus always loads in one order.
 */
async function listFiles(inputs: readonly string[], recursive: boolean, caller: Caller): Promise<string[]> {
  const files = new Map<string, string>();
  for (const input of inputs) {
    const stats = await stat(input).catch((cause: unknown) => {
      throw new CorpusError(`${caller}: cannot open ${input} (${messageOf(cause)})`, { file: input }, { cause });
    });
    const found = stats.isDirectory()
      ? (await readdir(input, { withFileTypes: true, recursive }))
          .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && /\.txt$/i.test(entry.name))
          .map((entry) => join(entry.parentPath, entry.name))
      : [input];
    for (const file of found) if (!files.has(resolve(file))) files.set(resolve(file), file);
  }
  return [...files.values()].sort(compareStrings);
}

/** The manifest's entries keyed by absolute file path. */
async function manifestByPath(manifest: ReadCorpusOptions['manifest'], inputs: readonly string[]): Promise<Map<string, ManifestEntry>> {
  if (manifest === undefined) return new Map();
  let entries: ManifestEntry[];
  if (typeof manifest === 'string') {
    entries = await loadManifest(manifest);
  } else {
    const [only] = inputs;
    const baseDir = inputs.length === 1 && only && (await stat(only)).isDirectory() ? only : process.cwd();
    entries = await resolveManifestFiles(validateManifest(manifest), baseDir);
  }
  return new Map(entries.map((entry) => [entry.file, entry]));
}

/** Where the first byte that is not UTF-8 stands, found by a lenient decode of the same bytes. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; line: number } {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let line = 1;
  let previous = '';
  for (const char of lenient) {
    const genuine = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (char === '\uFFFD' && !genuine) break;
    offset += Buffer.byteLength(char);
    // a line ends at \n, \r\n or a lone \r, as splitLines has it
    if (char === '\n' ? previous !== '\r' : char === '\r') line++;
    previous = char;
  }
  return { offset, line };
}

/** Byte-order marks of the Unicode encodings that are not UTF-8, longest first. */
const FOREIGN_BOMS: ReadonlyArray<[name: string, bom: readonly number[]]> = [
  ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 LE', [0xff, 0xfe]],
  ['UTF-16 BE', [0xfe, 0xff]],
];

/** The encoding a byte-order mark at the start of `bytes` names, when it is not UTF-8. */
function foreignEncoding(bytes: Uint8Array): { name: string; bom: string } | undefined {
  const found = FOREIGN_BOMS.find(([, bom]) => bom.every((byte, i) => bytes[i] === byte));
  return found && { name: found[0], bom: found[1].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ') };
}

/**
 * The text of a file's bytes, or why they are not article text. Only UTF-8 is read, and
 * nothing is guessed: UTF-16 or UTF-32 (known by its byte-order mark), a NUL byte (a binary
 * file) or bytes that are not UTF-8 (Latin-1, Windows-1252…) are each a per-file error.
 * A UTF-8 byte-order mark is kept (as U+FEFF at offset 0) so that offsets count from the
 * very start of the file as read; the layout rules trim it like any other whitespace.
 */
function decode(bytes: Uint8Array, file: string, caller: Caller): string | CorpusError {
  const foreign = foreignEncoding(bytes);
  if (foreign) {
    return new CorpusError(`${caller}: ${file} is ${foreign.name} (byte-order mark ${foreign.bom}), not UTF-8: convert it to UTF-8`, { file });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return new CorpusError(`${caller}: ${file} holds a NUL byte at byte ${nul}: a binary file, not text`, { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    const { offset, line } = firstInvalidByte(bytes);
    return new CorpusError(`${caller}: ${file} is not UTF-8: byte ${offset} (line ${line}) is not valid`, { file, line }, { cause });
  }
  if (!text.trim()) return new CorpusError(`${caller}: ${file} is ${text ? 'only whitespace' : 'empty'}`, { file });
  return text;
}

async function readDocument(file: string, entry: ManifestEntry | undefined, caller: Caller): Promise<Document | CorpusError> {
  let bytes: Uint8Array;
  try {
    // a named pipe or a device would block the read or never end: only regular files are text files
    if (!(await stat(file)).isFile()) return new CorpusError(`${caller}: ${file} is not a regular file`, { file });
    bytes = await readFile(file);
  } catch (cause) {
    return new CorpusError(`${caller}: cannot read ${file} (${messageOf(cause)})`, { file }, { cause });
  }
  const text = decode(bytes, file, caller);
  return typeof text === 'string' ? parseDocument(text, { file, manifest: entry }) : text;
}

async function* read(input: string | readonly string[], options: ReadCorpusOptions, caller: Caller): AsyncGenerator<Document | CorpusError> {
  const inputs = typeof input === 'string' ? [input] : input;
  const files = await listFiles(inputs, options.recursive ?? false, caller);
  const manifest = await manifestByPath(options.manifest, inputs);
  for (const [index, file] of files.entries()) {
    const result = await readDocument(file, manifest.get(resolve(file)), caller);
    options.onProgress?.(index + 1, files.length, file);
    yield result;
  }
}

/**
 * Reads a corpus one file at a time: each `*.txt` file becomes a {@link Document}, or a
 * {@link CorpusError} when it cannot be read, is empty or whitespace only, holds a NUL byte
 * (a binary file) or is not UTF-8. Streams, so a large corpus need not fit in memory.
 *
 * @example
 * for await (const item of readCorpus('examples/corpus')) {
 *   if (item instanceof CorpusError) console.warn(item.message);
 *   else console.log(item.id, item.title);
 * }
 * @throws {CorpusError} when an input path does not exist; {@link ManifestError} when the manifest is unusable.
 */
export function readCorpus(input: string | readonly string[], options: ReadCorpusOptions = {}): AsyncIterable<Document | CorpusError> {
  return read(input, options, 'readCorpus');
}

/**
 * Loads a corpus: a directory (its `*.txt` files) or a list of files and
 * directories, in path order. A file that cannot be loaded is recorded in `errors` and the others still
 * load, unless `strict` asks to throw the first such error.
 *
 * @example
 * const { documents, errors } = await loadCorpus('examples/corpus', { manifest: 'examples/manifest.json' });
 * @throws {CorpusError} when an input path does not exist (or, with `strict`, for the first bad file);
 * {@link ManifestError} when the manifest is unusable.
 */
export async function loadCorpus(input: string | readonly string[], options: LoadCorpusOptions = {}): Promise<Corpus> {
  const corpus: Corpus = { documents: [], errors: [] };
  for await (const item of read(input, options, 'loadCorpus')) {
    if (!(item instanceof CorpusError)) corpus.documents.push(item);
    else if (options.strict) throw item;
    else corpus.errors.push(item);
  }
  return corpus;
}
