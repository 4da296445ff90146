import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LexiconError } from '../../src/errors';
import { defaultLexicon, loadLexicon, type LexiconEntryInput } from '../../src/lexicon';
import { parseTerm } from '../../src/lexicon/terms';
import { thrown } from '../thrown';

const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
const write = (name: string, json: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
};
const lexiconError = (fn: () => unknown): LexiconError => thrown(fn, LexiconError);

const acme: LexiconEntryInput = { id: 'acme', label: 'Acme Corp', kind: 'Organization', aliases: [{ text: 'Acme' }], country: 'USA' };
const ceo: LexiconEntryInput = { id: 'jane-roe', label: 'Jane Roe', kind: 'Person', roles: [{ title: 'Chief Executive', of: 'acme', term: '2020-01-01/..' }] };

describe('defaultLexicon', () => {
  it('is built once and cached', () => {
    expect(defaultLexicon()).toBe(defaultLexicon());
  });
});

describe('loadLexicon: extension and replacement', () => {
  it('adds user entries to the built-in ones', () => {
    const lexicon = loadLexicon({ extend: [acme, ceo] });
    expect(lexicon.size).toBe(defaultLexicon().size + 2);
    expect(lexicon.lookup('Acme')[0]?.entry.id).toBe('acme');
    expect(lexicon.holdersOf('Chief Executive', 'acme', '2024-01-01').map((h) => h.holder.id)).toEqual(['jane-roe']);
    expect(lexicon.lookup('Israel')[0]?.entry.id).toBe('ISR');
  });

  it('overrides a built-in entry with the same id', () => {
    const lexicon = loadLexicon({ extend: [{ id: 'yair-lapid', label: 'Yair Lapid', kind: 'Person', aliases: [{ text: 'Yesh Atid leader' }] }] });
    expect(lexicon.size).toBe(defaultLexicon().size);
    expect(lexicon.rolesOf('yair-lapid')).toEqual([]);
    expect(lexicon.holdersOf('Prime Minister', 'ISR', '2022-08-10')).toEqual([]);
    expect(lexicon.lookup('Yesh Atid leader')[0]?.entry.id).toBe('yair-lapid');
  });

  it('replaces the built-in entries when asked', () => {
    const lexicon = loadLexicon({ extend: [acme, ceo, { id: 'USA', label: 'United States', kind: 'Country' }], replace: true });
    expect(lexicon.size).toBe(3);
    expect(lexicon.lookup('Israel')).toEqual([]);
    expect(lexicon.titles.canonical('PM')).toBe('Prime Minister');
  });

  it('reads a JSON file, as an array or as { entries }', () => {
    expect(loadLexicon({ extend: write('array.json', [acme]) }).get('acme')?.label).toBe('Acme Corp');
    expect(loadLexicon({ extend: write('object.json', { entries: [acme, ceo] }) }).get('jane-roe')?.kind).toBe('Person');
  });

  it('accepts more title synonyms', () => {
    const lexicon = loadLexicon({ extend: [acme, ceo], titles: [{ title: 'Chief Executive', synonyms: ['CEO'], single: true }] });
    expect(lexicon.holdersOf('CEO', 'acme', '2024-01-01')).toHaveLength(1);
  });
});

describe('loadLexicon: malformed user lexicons', () => {
  it('names the file, entry and field of a bad term', () => {
    const path = write('bad-term.json', [acme, { ...ceo, roles: [{ title: 'Chief Executive', of: 'acme', term: '2022-13-01/..' }] }]);
    const error = lexiconError(() => loadLexicon({ extend: path }));
    expect(error.message).toMatch(/^loadLexicon: .*bad-term\.json: entries\[1\]\.roles\[0\]\.term \(entry "jane-roe"\): parseTimeSpan/);
    expect(error.file).toBe(path);
    expect(error.field).toBe('entries[1].roles[0].term');
  });

  it('rejects an unknown `of` id', () => {
    const error = lexiconError(() => loadLexicon({ extend: [{ ...ceo, roles: [{ title: 'CEO', of: 'nope', term: '2020' }] }] }));
    expect(error.message).toBe('loadLexicon: <extend>: entries[0].roles[0].of (entry "jane-roe"): unknown id "nope"');
  });

  it('rejects an unknown country', () => {
    expect(lexiconError(() => loadLexicon({ extend: [{ ...acme, country: 'XXX' }] })).message).toMatch(/entries\[0\]\.country \(entry "acme"\): unknown id "XXX"/);
  });

  it('rejects duplicate ids within one file', () => {
    const error = lexiconError(() => loadLexicon({ extend: write('dupes.json', [acme, ceo, acme]) }));
    expect(error.message).toMatch(/dupes\.json: entries\[2\]\.id \(entry "acme"\): duplicate id \(also entries\[0\]\)/);
  });

  it('rejects empty labels, bad QIDs, missing kinds and unknown fields', () => {
    expect(lexiconError(() => loadLexicon({ extend: [{ ...acme, label: '  ' }] })).message).toMatch(/entries\[0\]\.label \(entry "acme"\): must not be empty/);
    expect(lexiconError(() => loadLexicon({ extend: [{ ...acme, wikidata: 'Q0x' }] })).message).toMatch(/entries\[0\]\.wikidata \(entry "acme"\): must look like Q1234/);
    expect(lexiconError(() => loadLexicon({ extend: [{ id: 'x', label: 'X' } as unknown as LexiconEntryInput] })).field).toBe('entries[0].kind');
    expect(lexiconError(() => loadLexicon({ extend: [{ ...acme, colour: 'red' } as unknown as LexiconEntryInput] })).field).toBe('entries[0]');
    expect(lexiconError(() => loadLexicon({ extend: [{ ...acme, aliases: [{ text: '' }] }] })).field).toBe('entries[0].aliases[0].text');
  });

  it('rejects a file that is not JSON, not a list of entries, or missing', () => {
    expect(lexiconError(() => loadLexicon({ extend: write('broken.json', '[{"id": ') })).message).toMatch(/broken\.json:1:9: not valid JSON/);
    expect(lexiconError(() => loadLexicon({ extend: write('shape.json', { people: [] }) })).message).toMatch(/shape\.json: expected an array of entries/);
    expect(lexiconError(() => loadLexicon({ extend: join(dir, 'missing.json') })).message).toMatch(/missing\.json: cannot read/);
  });

  it('rejects a bad span', () => {
    expect(lexiconError(() => loadLexicon({ extend: [{ ...acme, span: '2024-02-30' }] })).field).toBe('entries[0].span');
  });
});

describe('parseTerm', () => {
  it('parses each term text once and shares the frozen span', () => {
    const a = parseTerm('2022-07-01/2022-12-29');
    expect(parseTerm('2022-07-01/2022-12-29')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toMatchObject({ earliest: '2022-07-01', latest: '2022-12-29' });
    expect(() => parseTerm('2022-13-01')).toThrow(/parseTimeSpan/);
    const lexicon = defaultLexicon();
    expect(lexicon.holdersOf('Prime Minister', 'ISR', '2022-08-10')[0]?.term).toBe(parseTerm('2022-07-01/2022-12-29'));
  });
});
