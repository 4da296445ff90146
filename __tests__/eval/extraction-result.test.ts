import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoldError } from '../../src/errors';
import { loadExtractionResult, parseExtractionResult, validateExtractionResult } from '../../src/eval/extraction-result';
import { document, entity, result, wd } from './fixture';

const sample = () =>
  result(
    [document('corpus/a.txt', { value: '2024-03', earliest: '2024-03-01', latest: '2024-03-31', basis: 'content' })],
    [entity('urn:claimgraph:entity/putin', 'Vladimir Putin', [['corpus/a.txt', 'Putin']], { sameAs: [wd('Q7747')] })],
  );

describe('extraction result files', () => {
  it('reads back a saved result, keeping every field beyond the ones scored', async () => {
    const value = {
      ...sample(),
      assertions: [{ id: 'a1' }],
      documents: sample().documents.map((d) => ({ ...d, id: 'a', title: null, published: { ...d.published, note: 'n', constraints: [] } })),
    };
    const file = join(mkdtempSync(join(tmpdir(), 'cg-result-')), 'result.json');
    writeFileSync(file, JSON.stringify(value, null, 2));
    expect(await loadExtractionResult(file)).toEqual(value);
  });

  it('needs only what scoring reads; sameAs and aliases default to empty', () => {
    const minimal = {
      documents: [{ file: 'a.txt', published: { value: null, earliest: null, latest: null, basis: 'unknown' } }],
      entities: [{ id: 'e', label: 'E', kind: 'Thing', mentions: [{ file: 'a.txt', text: 'E' }] }],
    };
    expect(validateExtractionResult(minimal).entities[0]).toEqual({ id: 'e', label: 'E', kind: 'Thing', sameAs: [], aliases: [], mentions: [{ file: 'a.txt', text: 'E' }] });
  });

  it.each([
    ['a mention without text', (r: any) => delete r.entities[0].mentions[0].text, 'entities[0].mentions[0].text'],
    ['an unknown dating basis', (r: any) => (r.documents[0].published.basis = 'guess'), 'documents[0].published.basis'],
    ['a bound that is not a day', (r: any) => (r.documents[0].published.latest = '2024-03'), 'documents[0].published.latest'],
    ['a value that is not a span', (r: any) => (r.documents[0].published.value = 'March'), 'documents[0].published.value'],
    ['a window that ends before it starts', (r: any) => (r.documents[0].published.earliest = '2024-04-01'), 'documents[0].published'],
    ['sameAs that is not a list', (r: any) => (r.entities[0].sameAs = wd('Q7747')), 'entities[0].sameAs'],
    ['no entities', (r: any) => delete r.entities, 'entities'],
  ])('names the field of %s', (_what, spoil, field) => {
    const value = sample();
    spoil(value);
    expect(() => validateExtractionResult(value, 'result.json')).toThrow(GoldError);
    expect(() => validateExtractionResult(value, 'result.json')).toThrow(
      expect.objectContaining({ file: 'result.json', field, message: expect.stringMatching(`^validateExtractionResult: result.json: ${field.replace(/[[\].]/g, '\\$&')}: `) }),
    );
  });

  it('names line and column of a JSON syntax error', () => {
    expect(() => parseExtractionResult('{\n  "documents": [],\n  "entities": [1 2]\n}\n', 'r.json')).toThrow(
      expect.objectContaining({ name: 'GoldError', file: 'r.json', line: 3, column: 18 }),
    );
  });
});
