/**
 * Corpus hardening: files that are not article text (binary, other encodings, empty),
 * line endings, very large files and directories, links that loop or lead nowhere, files
 * that cannot be read. Each bad file is a typed per-file error naming the file and the
 * reason, the good files still load, and `strict` throws the first bad file instead.
 *
 * Behaviour decided: only UTF-8 (with or without a byte-order mark) is read and no encoding
 * is guessed. UTF-16 / UTF-32 (known by their byte-order mark), binary files (a NUL byte)
 * and bytes that are not UTF-8 (Latin-1, Windows-1252) are each a `CorpusError`.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, readCorpus } from '../../src/corpus';
import { splitSentences } from '../../src/corpus/sentences';
import { CorpusError } from '../../src/errors';
import { extract } from '../../src/extract/extract';
import type { Document, TextSpan } from '../../src/model/document';
import { readRdf } from '../../src';
import { CI, cli, corpusFiles, linesOf, removeTemporaryDirs, tmp } from './helpers';

afterAll(removeTemporaryDirs);

const ARTICLE = 'Talks resume in Geneva\n\nThe ministers met in Geneva on Tuesday, officials said after the meeting. They agreed to meet again.\n';

/** A deterministic stream of bytes (a linear congruential generator), each mapped by `map`. */
function noise(length: number, map: (byte: number) => number = (b) => b): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = map(state >>> 24);
  }
  return bytes;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const utf32le = (text: string) => {
  const out = Buffer.alloc(text.length * 4);
  [...text].forEach((char, i) => out.writeUInt32LE(char.codePointAt(0)!, i * 4));
  return out;
};
const cp1252Prefix = 'Headline\rSecond line ';

/** A directory with two good articles and the given other files. */
function dirWith(files: Record<string, string | Uint8Array>): string {
  const dir = tmp();
  writeFileSync(join(dir, 'good-a.txt'), ARTICLE);
  writeFileSync(join(dir, 'good-b.txt'), ARTICLE.replace('Geneva', 'Vienna'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Every span of a document points at its own text. */
function expectSpansMap(doc: Document): void {
  const spans: TextSpan[] = [...doc.sentences, ...doc.removed, ...doc.published.evidence, ...(doc.titleSpan ? [doc.titleSpan] : [])];
  const wrong = spans.filter((s) => doc.text.slice(s.start, s.end) !== s.text);
  expect(wrong).toEqual([]);
}

/** Loads a directory and expects the two good files and exactly one error, for `name`. */
async function expectOneBadFile(dir: string, name: string, reason: RegExp): Promise<CorpusError> {
  const file = join(dir, name);
  const { documents, errors } = await loadCorpus(dir);
  expect(documents.map((d) => d.id)).toEqual(['good-a', 'good-b']);
  expect(errors).toHaveLength(1);
  const [error] = errors;
  expect(error).toBeInstanceOf(CorpusError);
  expect(error?.file).toBe(file);
  expect(error?.message.startsWith(`loadCorpus: ${file} `) || error?.message.startsWith(`loadCorpus: cannot read ${file} `)).toBe(true);
  expect(error?.message).toMatch(reason);
  expect(error?.message).not.toMatch(/\n/);
  return error!;
}

describe('binary files and encodings other than UTF-8 are per-file errors', () => {
  it.each<[string, Uint8Array, RegExp]>([
    ['random.txt', noise(4096), /holds a NUL byte at byte \d+: a binary file, not text$/],
    ['image.txt', PNG, /holds a NUL byte at byte 8: a binary file, not text$/],
    ['high-bytes.txt', noise(4096, (b) => 0x80 | (b & 0x3f)), /is not UTF-8: byte 0 \(line 1\) is not valid$/],
    ['latin1.txt', Buffer.from('Café talks\n\nThe ministers met in Genève on Tuesday.\n', 'latin1'), /is not UTF-8: byte 3 \(line 1\) is not valid$/],
    [
      'cp1252-cr.txt',
      Buffer.concat([Buffer.from(cp1252Prefix), Buffer.from([0x93]), Buffer.from('quoted'), Buffer.from([0x94]), Buffer.from('\r')]),
      new RegExp(`is not UTF-8: byte ${Buffer.byteLength(cp1252Prefix)} \\(line 2\\) is not valid$`),
    ],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]), /is UTF-16 LE \(byte-order mark FF FE\), not UTF-8: convert it to UTF-8$/],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)]), /is UTF-16 BE \(byte-order mark FE FF\), not UTF-8: convert it to UTF-8$/],
    ['utf32le.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), utf32le(ARTICLE)]), /is UTF-32 LE \(byte-order mark FF FE 00 00\), not UTF-8/],
    // without a byte-order mark UTF-16 is not recognised: its NUL bytes make it binary
    ['utf16-no-bom.txt', Buffer.from(ARTICLE, 'utf16le'), /holds a NUL byte at byte 1: a binary file, not text$/],
    ['bom-only.txt', Buffer.from('\uFEFF'), /bom-only\.txt is only whitespace$/],
    ['cr-only.txt', Buffer.from('\r\r\r'), /cr-only\.txt is only whitespace$/],
    ['unicode-spaces.txt', Buffer.from('\u00A0\u3000\u2028\u2029\n'), /unicode-spaces\.txt is only whitespace$/],
  ])('%s', async (name, bytes, reason) => {
    const dir = dirWith({ [name]: bytes });
    const error = await expectOneBadFile(dir, name, reason);

    await expect(loadCorpus(dir, { strict: true })).rejects.toThrow(error.message);
    await expect(loadCorpus(dir, { strict: true })).rejects.toBeInstanceOf(CorpusError);

    const streamed: Array<Document | CorpusError> = [];
    for await (const item of readCorpus(dir)) streamed.push(item);
    const streamedErrors = streamed.filter((item): item is CorpusError => item instanceof CorpusError);
    expect(streamedErrors.map((e) => e.message)).toEqual([error.message.replace(/^loadCorpus: /, 'readCorpus: ')]);
  });
});

describe('line endings and byte-order marks', () => {
  const variants: Array<[string, (text: string) => string]> = [
    ['CRLF', (text) => text.replace(/\n/g, '\r\n')],
    ['lone CR', (text) => text.replace(/\n/g, '\r')],
    ['UTF-8 BOM', (text) => `\uFEFF${text}`],
    ['UTF-8 BOM and CRLF', (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`],
  ];

  /** What a document says, without its offsets (which move with the line endings). */
  const reading = (doc: Document) => ({
    title: doc.title,
    outlet: doc.outlet,
    published: { time: doc.published.time, basis: doc.published.basis, note: doc.published.note, evidence: doc.published.evidence.map((e) => e.text) },
    sentences: doc.sentences.map((s) => s.text),
    removed: doc.removed.map((r) => [r.reason, r.text]),
  });

  let originals: Document[];
  beforeAll(async () => {
    const dir = tmp();
    for (const { name, bytes } of corpusFiles) writeFileSync(join(dir, name), bytes);
    originals = (await loadCorpus(dir)).documents;
    expect(originals).toHaveLength(corpusFiles.length);
  });

  it.each(variants)('%s: every offset maps into the text, and the document reads as with LF', async (_, convert) => {
    const dir = tmp();
    for (const { name, bytes } of corpusFiles) writeFileSync(join(dir, name), convert(bytes.toString('utf8')));
    const { documents, errors } = await loadCorpus(dir);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(originals.map((d) => d.id));
    for (const [i, doc] of documents.entries()) {
      expect(doc.text).toBe(convert(originals[i]!.text));
      expectSpansMap(doc);
      expect(doc.sentences.every((s) => !/[\r\n]/.test(s.text))).toBe(true);
      expect(reading(doc)).toEqual(reading(originals[i]!));
    }
  });

  it.each(variants)('%s: extraction finds the same mentions and claims, at offsets that map', async (_, convert) => {
    const doc = originals[1]!;
    const dir = tmp();
    writeFileSync(join(dir, 'converted.txt'), convert(doc.text));
    const [converted] = (await loadCorpus(dir)).documents;
    const before = extract([doc]);
    const after = extract([converted!]);
    const mentionsOf = (result: typeof before) => result.entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, ...m })));
    for (const m of mentionsOf(after)) expect(converted!.text.slice(m.start, m.end)).toBe(m.text);
    for (const a of after.assertions) expect(converted!.text.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.text);
    expect(mentionsOf(after).map((m) => [m.entity, m.text])).toEqual(mentionsOf(before).map((m) => [m.entity, m.text]));
    expect(after.assertions.map((a) => [a.subject, a.predicate, a.object, a.evidence.text])).toEqual(
      before.assertions.map((a) => [a.subject, a.predicate, a.object, a.evidence.text]),
    );
  });
});

describe('size', () => {
  /** The example corpus, repeated to `bytes` bytes (cut at a line end). */
  function bigArticle(bytes: number): Buffer {
    const chunk = Buffer.concat(corpusFiles.map((f) => f.bytes));
    const big = Buffer.alloc(bytes, chunk);
    return big.subarray(0, big.lastIndexOf(0x0a) + 1);
  }

  const MB = CI ? 100 : 10;
  // a guard against quadratic work (which would take hours), not a speed measure — that is `npm run bench`;
  // the bound is loose because CI machines are shared
  it(`loads a ${MB} MB file without hanging (under 90 s), with offsets that map (CI: 100 MB, else 10 MB)`, async () => {
    const dir = dirWith({ 'huge.txt': bigArticle(MB * 1024 * 1024) });
    const started = performance.now();
    const { documents, errors } = await loadCorpus(dir);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`[hardening] loadCorpus of a ${MB} MB file: ${seconds.toFixed(1)} s\n`);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['good-a', 'good-b', 'huge']);
    const huge = documents[2]!;
    expect(huge.text.length).toBeGreaterThan(MB * 1_000_000 * 0.9);
    expect(huge.sentences.length).toBeGreaterThan(MB * 5_000);
    expectSpansMap(huge);
    expect(seconds).toBeLessThan(90);
  }, 180_000);

  it('reports a large file with a bad byte near its end, at the right byte and line, quickly', async () => {
    const big = bigArticle(10 * 1024 * 1024);
    const latin1 = Buffer.concat([big, Buffer.from([0xe9, 0x0a])]);
    const binary = Buffer.concat([big, Buffer.from([0x00, 0x0a])]);
    const dir = dirWith({ 'late-latin1.txt': latin1, 'late-nul.txt': binary });
    const started = performance.now();
    const { documents, errors } = await loadCorpus(dir);
    expect((performance.now() - started) / 1000).toBeLessThan(15);
    expect(documents.map((d) => d.id)).toEqual(['good-a', 'good-b']);
    const lineOfEnd = big.toString('latin1').split('\n').length;
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(new RegExp(`late-latin1\\.txt is not UTF-8: byte ${big.length} \\(line ${lineOfEnd}\\) is not valid$`)),
      expect.stringMatching(new RegExp(`late-nul\\.txt holds a NUL byte at byte ${big.length}: a binary file, not text$`)),
    ]);
  }, 60_000);

  it('splits a 2 MB article written on one line in seconds, with the breaks of its paragraphs', () => {
    // Intl.Segmenter is quadratic in the length of the string it segments: one long line once took hours.
    const prose = corpusFiles
      .flatMap((f) => f.bytes.toString('utf8').split('\n'))
      .map((line) => line.trim())
      .filter((line) => /\.$/.test(line) && line.split(/\s+/).length >= 8)
      .join(' ');
    const paragraph = splitSentences(prose).map((s) => s.text);
    const copies = Math.ceil((2 * 1024 * 1024) / (prose.length + 1));
    const line = Array.from({ length: copies }, () => prose).join(' ');
    const started = performance.now();
    const sentences = splitSentences(line);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`[hardening] splitSentences of a ${(line.length / 1e6).toFixed(1)} M-character line: ${seconds.toFixed(1)} s\n`);
    expect(seconds).toBeLessThan(10);
    expect(sentences.every((s) => line.slice(s.start, s.end) === s.text)).toBe(true);
    expect(sentences.map((s) => s.text)).toEqual(Array.from({ length: copies }, () => paragraph).flat());
  }, 60_000);

  it('loads 10,000 small files in one directory, with the bad ones among them reported', async () => {
    const dir = tmp();
    const count = 10_000;
    const bad = new Map<string, string | Buffer>([
      ['00100.txt', ''],
      ['04000.txt', PNG],
      ['09999.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9])],
    ]);
    for (let i = 0; i < count; i++) {
      const name = `${String(i).padStart(5, '0')}.txt`;
      writeFileSync(join(dir, name), bad.get(name) ?? `Headline number ${i}\n\nThe minister met officials in Geneva on Tuesday, officials said after meeting ${i}.\n`);
    }
    const started = performance.now();
    const { documents, errors } = await loadCorpus(dir);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`[hardening] loadCorpus of ${count} files: ${seconds.toFixed(1)} s\n`);
    expect(documents).toHaveLength(count - bad.size);
    const ids = documents.map((d) => d.id);
    expect(ids).toEqual([...ids].sort());
    expect(documents[0]?.title).toBe('Headline number 0');
    expect(errors.map((e) => e.file)).toEqual([...bad.keys()].map((name) => join(dir, name)));
    expect(errors.every((e) => e instanceof CorpusError)).toBe(true);
    await expect(loadCorpus(dir, { strict: true })).rejects.toThrow(/00100\.txt is empty/);
    expect(seconds).toBeLessThan(30);
  }, 90_000);
});

describe('links and files that cannot be read', () => {
  it('follows no symbolic-link loop when recursive, loads each real file once and reports links that are not files', async () => {
    const dir = dirWith({});
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'deep.txt'), ARTICLE);
    symlinkSync(dir, join(dir, 'a')); // dir/a → dir
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'again')); // sub/again → sub
    symlinkSync(dir, join(dir, 'loop.txt')); // a link to a directory, named like an article
    symlinkSync(join(dir, 'self.txt'), join(dir, 'self.txt')); // a link to itself
    const { documents, errors } = await loadCorpus(dir, { recursive: true });
    expect(documents.map((d) => d.file)).toEqual([join(dir, 'good-a.txt'), join(dir, 'good-b.txt'), join(dir, 'sub', 'deep.txt')]);
    expect(errors.map((e) => [e.constructor, e.file])).toEqual([
      [CorpusError, join(dir, 'loop.txt')],
      [CorpusError, join(dir, 'self.txt')],
    ]);
    expect(errors[0]?.message).toMatch(/^loadCorpus: .*loop\.txt is not a regular file$/);
    expect(errors[1]?.message).toMatch(/^loadCorpus: cannot read .*self\.txt \(ELOOP/);
    await expect(loadCorpus(dir, { recursive: true, strict: true })).rejects.toThrow(/loop\.txt is not a regular file/);
  });

  it('reports a named pipe given as input instead of waiting on it forever (and lists none from a directory)', async () => {
    const dir = dirWith({});
    const pipe = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    const { documents, errors } = await loadCorpus([join(dir, 'good-a.txt'), pipe]);
    expect(documents).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([`loadCorpus: ${pipe} is not a regular file`]);
    expect((await loadCorpus(dir)).errors).toEqual([]);
  });

  it('reports a dangling symbolic link and, in strict mode, throws it', async () => {
    const dir = dirWith({});
    symlinkSync(join(dir, 'deleted.txt'), join(dir, 'dangling.txt'));
    const error = await expectOneBadFile(dir, 'dangling.txt', /^loadCorpus: cannot read .*dangling\.txt \(ENOENT/);
    expect(error.cause).toMatchObject({ code: 'ENOENT' });
    await expect(loadCorpus(dir, { strict: true })).rejects.toThrow(error.message);
    // named as an input, it is a missing input: the load fails as a whole, as for any missing path
    await expect(loadCorpus([join(dir, 'good-a.txt'), join(dir, 'dangling.txt')])).rejects.toThrow(/cannot open .*dangling\.txt/);
  });

  it('reports a file that cannot be read (chmod 000, or as root a read that fails another way)', async () => {
    const dir = dirWith({ 'locked.txt': ARTICLE });
    chmodSync(join(dir, 'locked.txt'), 0o000);
    let readable: boolean;
    try {
      readFileSync(join(dir, 'locked.txt'));
      readable = true; // root (or CAP_DAC_OVERRIDE): permissions do not stop a read
    } catch {
      readable = false;
    }
    if (readable) {
      expect((await loadCorpus(dir)).documents.map((d) => d.id)).toContain('locked');
      // a read that fails even for root: a link to a directory, named like an article
      const other = dirWith({});
      mkdirSync(join(other, 'folder'));
      symlinkSync(join(other, 'folder'), join(other, 'locked.txt'));
      await expectOneBadFile(other, 'locked.txt', /^loadCorpus: .*locked\.txt is not a regular file$/);
      await expect(loadCorpus(other, { strict: true })).rejects.toThrow(/locked\.txt is not a regular file/);
    } else {
      await expectOneBadFile(dir, 'locked.txt', /^loadCorpus: cannot read .*locked\.txt \(EACCES/);
      await expect(loadCorpus(dir, { strict: true })).rejects.toThrow(/locked\.txt \(EACCES/);
    }
  });
});

describe('claimgraph export with bad files among good ones', () => {
  function mixedCorpus(): { dir: string; bad: string[] } {
    const dir = tmp();
    for (const { name, bytes } of corpusFiles.slice(0, 3)) writeFileSync(join(dir, name), bytes);
    const files: Record<string, Uint8Array> = {
      'a-binary.txt': PNG,
      'b-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
      'c-latin1.txt': Buffer.from('Café talks\n', 'latin1'),
      'd-empty.txt': Buffer.alloc(0),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'e-dangling.txt'));
    return { dir, bad: [...Object.keys(files), 'e-dangling.txt'] };
  }

  it("writes the good files' graph to --out and exits 1 with one line per bad file", async () => {
    const { dir, bad } = mixedCorpus();
    const out = join(tmp(), 'graph.ttl');
    const { status, stdout, stderr } = await cli(['export', dir, '--out', out]);
    expect(status).toBe(1);
    expect(stdout.toString()).toBe('');
    const lines = linesOf(stderr);
    expect(lines).toHaveLength(bad.length + 1);
    for (const [i, name] of bad.entries()) expect(lines[i]).toMatch(new RegExp(`^claimgraph: loadCorpus: .*${name.replace('.', '\\.')}`));
    expect(lines[bad.length]).toBe(`claimgraph: ${bad.length} file(s) could not be loaded; the others were processed`);
    const graph = await readRdf(readFileSync(out, 'utf8'), { format: 'turtle' });
    expect(graph.size.sources).toBe(3);
  });

  it('with --strict, exits 1 with one line for the first bad file and leaves --out alone', async () => {
    const { dir } = mixedCorpus();
    const out = join(tmp(), 'graph.ttl');
    writeFileSync(out, 'old graph\n');
    const { status, stdout, stderr } = await cli(['export', dir, '--strict', '--out', out]);
    expect(status).toBe(1);
    expect(stdout.toString()).toBe('');
    expect(linesOf(stderr)).toEqual([expect.stringMatching(/^claimgraph: loadCorpus: .*a-binary\.txt holds a NUL byte/)]);
    expect(readFileSync(out, 'utf8')).toBe('old graph\n');
  });
});
