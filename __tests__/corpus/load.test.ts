import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, readCorpus } from '../../src/corpus';
import { CorpusError } from '../../src/errors';
import type { Document } from '../../src/model/document';
import { corpusDir } from './corpus-fixture';

const tmp = () => mkdtempSync(join(tmpdir(), 'cg-corpus-'));
const ARTICLE = 'Talks resume in Geneva\n\nThe ministers met in Geneva on Tuesday, officials said after the meeting.\n';

/** A directory with one good article and the given bad files. */
function dirWith(bad: Record<string, string | Uint8Array>): string {
  const dir = tmp();
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  for (const [name, content] of Object.entries(bad)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('loadCorpus', () => {
  it('loads the example corpus in file-name order, with no errors', async () => {
    const { documents, errors } = await loadCorpus(corpusDir);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      '000_8c0fb1a689d43340',
      '001_c7e448c9d2a9f82f',
      '002_5b4bfc248042df46',
      '003_6501ee1d1439a9e2',
      '004_23de9b5be08af746',
    ]);
    expect(documents[0]?.file).toBe(join(corpusDir, '000_8c0fb1a689d43340.txt'));
  });

  it('throws a CorpusError naming a missing directory', async () => {
    const missing = join(tmp(), 'nowhere');
    await expect(loadCorpus(missing)).rejects.toThrow(CorpusError);
    await expect(loadCorpus(missing)).rejects.toMatchObject({ file: missing, message: expect.stringMatching(/^loadCorpus: .*nowhere/) });
    await expect(loadCorpus([join(corpusDir, '000_8c0fb1a689d43340.txt'), missing])).rejects.toThrow(/nowhere/);
  });

  it.each([
    ['empty.txt', '', /empty\.txt is empty/],
    ['blank.txt', ' \n\t\r\n  ', /blank\.txt is only whitespace/],
    ['binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /binary\.txt holds a NUL byte at byte 4/],
  ])('collects an error for %s and still loads the good file', async (name, content, message) => {
    const { documents, errors } = await loadCorpus(dirWith({ [name]: content }));
    expect(documents.map((d) => d.id)).toEqual(['good']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(CorpusError);
    expect(errors[0]?.message).toMatch(message);
    expect(errors[0]?.file).toMatch(name);
  });

  it('names the byte and line of the first byte that is not UTF-8', async () => {
    const latin1 = Buffer.concat([Buffer.from('Résumé line one\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]);
    const { documents, errors } = await loadCorpus(dirWith({ 'latin1.txt': latin1 }));
    expect(documents).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/latin1\.txt is not UTF-8: byte 21 \(line 2\)/) });
  });

  it('throws the first bad file in strict mode', async () => {
    await expect(loadCorpus(dirWith({ 'empty.txt': '' }), { strict: true })).rejects.toThrow(/empty\.txt is empty/);
  });

  it('reports an unreadable file without losing the others, and skips directories', async () => {
    const dir = dirWith({});
    symlinkSync(join(dir, 'gone'), join(dir, 'broken.txt'));
    mkdirSync(join(dir, 'folder.txt'));
    const { documents, errors } = await loadCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['good']);
    expect(errors).toEqual([expect.objectContaining({ file: join(dir, 'broken.txt'), message: expect.stringMatching(/^loadCorpus: cannot read .*broken\.txt/) })]);
  });

  it('reads subdirectories only when asked', async () => {
    const dir = dirWith({});
    mkdirSync(join(dir, 'more'));
    copyFileSync(join(corpusDir, '003_6501ee1d1439a9e2.txt'), join(dir, 'more', 'deep.txt'));
    writeFileSync(join(dir, 'notes.md'), '# not an article');
    expect((await loadCorpus(dir)).documents.map((d) => d.id)).toEqual(['good']);
    expect((await loadCorpus(dir, { recursive: true })).documents.map((d) => d.id)).toEqual(['good', 'deep']);
  });

  it('takes a list of files and directories, each file once, in path order whatever the order given', async () => {
    const dir = dirWith({});
    const file = join(corpusDir, '002_5b4bfc248042df46.txt');
    const byPath = [[file, '002_5b4bfc248042df46'], [join(dir, 'good.txt'), 'good']].sort(([a], [b]) => (a! < b! ? -1 : 1)).map(([, id]) => id);
    expect((await loadCorpus([file, dir, file])).documents.map((d) => d.id)).toEqual(byPath);
    expect((await loadCorpus([dir, file])).documents.map((d) => d.id)).toEqual(byPath);
  });

  it('reports progress after each file', async () => {
    const calls: Array<[number, number, string]> = [];
    await loadCorpus(dirWith({ 'empty.txt': '' }), { onProgress: (done, total, file) => calls.push([done, total, file]) });
    expect(calls.map(([done, total]) => [done, total])).toEqual([[1, 2], [2, 2]]);
    expect(calls[0]?.[2]).toMatch(/empty\.txt$/);
  });

  it('keeps a byte-order mark so offsets count from the start of the file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bom.txt'), `\uFEFF${ARTICLE}`);
    const [doc] = (await loadCorpus(dir)).documents;
    expect(doc?.text.startsWith('\uFEFF')).toBe(true);
    expect(doc?.title).toBe('Talks resume in Geneva');
    expect(doc?.titleSpan).toMatchObject({ start: 1, end: 23 });
  });
});

describe('readCorpus', () => {
  it('streams documents and errors one file at a time', async () => {
    const items: Array<Document | CorpusError> = [];
    for await (const item of readCorpus(dirWith({ 'a-empty.txt': '' }))) items.push(item);
    const [first] = items;
    expect(first).toBeInstanceOf(CorpusError);
    expect(first instanceof CorpusError && first.message).toMatch(/^readCorpus: /);
    expect((items[1] as Document).id).toBe('good');
  });
});
