import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoldError } from '../../src/errors';
import { loadExtractionResult, parseExtractionResult, validateExtractionResult } from '../../src/eval/extraction-result';
import { assertion, document, entity, result, wd } from './fixture';

const sample = () =>
  result(
    [document('corpus/a.txt', { value: '2024-03', earliest: '2024-03-01', latest: '2024-03-31', basis: 'content' })],
    [entity('urn:claimgraph:entity/putin', 'Vladimir Putin', [['corpus/a.txt', 'Putin']], { sameAs: [wd('Q7747')] })],
    [
      assertion('corpus/a.txt', { start: 0, end: 9, text: 'Putin met' }, 'urn:claimgraph:entity/putin', 'meets', 'urn:claimgraph:entity/putin', {
        valid: { value: '2024-03-25' },
      }),
    ],
  );

describe('extraction result files', () => {
  it('reads back a saved result, keeping every field beyond the ones scored', async () => {
    const value = {
      ...sample(),
      assertions: sample().assertions!.map((a) => ({
        ...a,
        id: 'a1',
        object: { value: '45', datatype: 'xsd:integer', qualifier: 'atLeast' },
        valid: { ...a.valid, earliest: '2024-03-25', latest: '2024-03-25', granularity: 'day' },
        recorded: null,
        document: 'a',
        confidence: 0.9,
      })),
      documents: sample().documents.map((d) => ({ ...d, id: 'a', title: null, published: { ...d.published, note: 'n', constraints: [] } })),
    };
    const file = join(mkdtempSync(join(tmpdir(), 'cg-result-')), 'result.json');
    writeFileSync(file, JSON.stringify(value, null, 2));
    expect(await loadExtractionResult(file)).toEqual(value);
  });

  it('accepts a result without assertions (saved before there were any)', () => {
    const { assertions: _, ...old } = sample();
    expect(validateExtractionResult(old)).toEqual(old);
    expect(validateExtractionResult(old).assertions).toBeUndefined();
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
    ['assertions that are not a list', (r: any) => (r.assertions = {}), 'assertions'],
    ['an assertion without polarity', (r: any) => delete r.assertions[0].polarity, 'assertions[0].polarity'],
    ['an unknown modality', (r: any) => (r.assertions[0].modality = 'denied'), 'assertions[0].modality'],
    ['an evidence offset that is not an index', (r: any) => (r.assertions[0].evidence.start = -1), 'assertions[0].evidence.start'],
    ['evidence that ends before it starts', (r: any) => (r.assertions[0].evidence.start = 10), 'assertions[0].evidence'],
    ['a valid time without value', (r: any) => (r.assertions[0].valid = {}), 'assertions[0].valid.value'],
    ['an object that is neither id nor literal', (r: any) => (r.assertions[0].object = 45), 'assertions[0].object'],
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
