import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, loadManifest, parseManifest, validateManifest } from '../../src/corpus';
import { ManifestError } from '../../src/errors';
import { corpusDir } from './corpus-fixture';

const FILE_003 = '003_6501ee1d1439a9e2.txt';
const FILE_000 = '000_8c0fb1a689d43340.txt';

/** A corpus directory with two real articles and a manifest holding `json`. */
function corpusWithManifest(json: string): { dir: string; manifest: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cg-manifest-'));
  for (const name of [FILE_000, FILE_003]) copyFileSync(join(corpusDir, name), join(dir, name));
  const manifest = join(dir, 'manifest.json');
  writeFileSync(manifest, json);
  return { dir, manifest };
}

describe('manifest', () => {
  it('gives titles, outlets, URLs, dates and languages that win over the text', async () => {
    const entries = [{ file: FILE_000, title: 'A better title', outlet: 'Example Post', url: 'https://example.org/a', published: '2024-05-30', language: 'en-GB' }];
    const { dir, manifest } = corpusWithManifest(JSON.stringify({ documents: entries }));
    const { documents, errors } = await loadCorpus(dir, { manifest });
    expect(errors).toEqual([]);
    expect(documents[0]).toMatchObject({ title: 'A better title', outlet: 'Example Post', url: 'https://example.org/a', language: 'en-GB' });
    expect(documents[0]?.published).toMatchObject({ basis: 'manifest', time: { value: '2024-05-30', explicit: true } });
    expect(documents[1]?.published.basis).toBe('dateline');
  });

  it('accepts entries already parsed, resolved against the corpus directory', async () => {
    const { dir } = corpusWithManifest('[]');
    const { documents } = await loadCorpus(dir, { manifest: [{ file: FILE_003, published: '2024-03' }] });
    expect(documents[1]?.published.time?.value).toBe('2024-03');
  });

  it('reports invalid JSON with the file, line and column', async () => {
    const { dir, manifest } = corpusWithManifest('[\n  { "file": "a.txt", }\n]');
    const error = await loadCorpus(dir, { manifest }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestError);
    expect(error).toMatchObject({ file: manifest, line: 2, column: 22 });
    expect((error as Error).message).toMatch(/manifest\.json:2:22: not valid JSON/);
  });

  it('names a missing file and its field', async () => {
    const { manifest } = corpusWithManifest(JSON.stringify([{ file: FILE_000 }, { file: 'nowhere.txt' }]));
    await expect(loadManifest(manifest)).rejects.toMatchObject({ name: 'ManifestError', file: manifest, field: '[1].file', message: expect.stringMatching(/nowhere\.txt/) });
  });

  it('names an unparseable date and its field', async () => {
    const { dir, manifest } = corpusWithManifest(JSON.stringify([{ file: FILE_000 }, { file: FILE_003, published: '27/03/2024' }]));
    await expect(loadCorpus(dir, { manifest })).rejects.toMatchObject({ name: 'ManifestError', file: manifest, field: '[1].published' });
    expect(() => validateManifest([{ file: 'a.txt', published: '2023-02-30' }], { file: 'm.json' })).toThrow(/m\.json \[0\]\.published/);
  });

  it('rejects unknown fields, wrong types, duplicates and a wrong shape', () => {
    expect(() => parseManifest('[{ "file": "a.txt", "publised": "2024" }]')).toThrow(expect.objectContaining({ field: '[0].publised' }));
    expect(() => parseManifest('[{ "file": 7 }]')).toThrow(expect.objectContaining({ field: '[0].file' }));
    expect(() => parseManifest('[{ "file": "a.txt" }, { "file": "a.txt" }]')).toThrow(/listed twice/);
    expect(() => parseManifest('{ "files": [] }', { file: 'm.json' })).toThrow(/m\.json must be an array/);
    expect(() => parseManifest('[{ "file": "a.txt" }')).toThrow(ManifestError);
  });

  it('throws when the manifest itself cannot be read', async () => {
    const { dir } = corpusWithManifest('[]');
    await expect(loadCorpus(dir, { manifest: join(dir, 'absent.json') })).rejects.toThrow(/^loadManifest: cannot read .*absent\.json/);
  });
});
