import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractionResult } from '../../src';
import { root, runCli } from './run-cli';

const corpus = join(root, 'examples', 'corpus');
const tmp = () => mkdtempSync(join(tmpdir(), 'cg-extract-'));

describe('claimgraph extract', () => {
  it('writes the documented JSON: documents with dates, entities with mentions, assertions with evidence', () => {
    const { status, stdout, stderr } = runCli(['extract', corpus, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as ExtractionResult;
    expect(Object.keys(result)).toEqual(['documents', 'entities', 'assertions']);
    expect(result.documents).toHaveLength(5);
    const dated = result.documents.find((d) => d.id.startsWith('001'))!;
    expect(Object.keys(dated.published)).toEqual(['value', 'earliest', 'latest', 'basis', 'note', 'constraints', 'conflicts']);
    expect(dated.published).toMatchObject({ value: '2022-07-01/2022-12-29', basis: 'content' });

    const putin = result.entities.find((e) => e.label === 'Vladimir Putin')!;
    expect(putin).toMatchObject({ kind: 'Person', sameAs: ['http://www.wikidata.org/entity/Q7747'], provisional: false });
    const text = readFileSync(join(corpus, '001_c7e448c9d2a9f82f.txt'), 'utf8');
    for (const m of putin.mentions.filter((m) => m.document.startsWith('001'))) expect(text.slice(m.start, m.end)).toBe(m.text);
    const strike = result.assertions.find((a) => a.predicate === 'strikes' && a.document.startsWith('000'))!;
    expect(Object.keys(strike).sort()).toEqual(
      ['attributedTo', 'confidence', 'document', 'evidence', 'file', 'id', 'modality', 'object', 'polarity', 'predicate', 'recorded', 'subject', 'valid'].sort(),
    );
    expect(strike).toMatchObject({ subject: 'urn:claimgraph:entity/israel', object: 'urn:claimgraph:entity/gaza-strip', modality: 'asserted', polarity: 'affirmed' });
    const text000 = readFileSync(join(corpus, '000_8c0fb1a689d43340.txt'), 'utf8');
    expect(text000.slice(strike.evidence.start, strike.evidence.end)).toBe(strike.evidence.text);
  });

  it('writes --out atomically, the same bytes every run', () => {
    const dir = tmp();
    const out = join(dir, 'result.json');
    expect(runCli(['extract', corpus, '--json', '--out', out]).status).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(runCli(['extract', corpus, '--json', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('links through a user lexicon given with --lexicon', () => {
    const dir = tmp();
    const lexicon = join(dir, 'lexicon.json');
    writeFileSync(lexicon, JSON.stringify([{ id: 'board-of-peace', label: 'Board of Peace', kind: 'Organization' }]));
    const result = JSON.parse(runCli(['extract', corpus, '--json', '--lexicon', lexicon]).stdout) as ExtractionResult;
    expect(result.entities.find((e) => e.label === 'Board of Peace')?.provisional).toBe(false);
  });

  it('names the entry and field of a malformed user lexicon, in one line, with exit code 1', () => {
    const dir = tmp();
    const lexicon = join(dir, 'lexicon.json');
    writeFileSync(lexicon, JSON.stringify([{ id: 'ok', label: 'Fine', kind: 'Organization' }, { id: 'bad one', label: '', kind: 'Person' }]));
    const { status, stdout, stderr } = runCli(['extract', corpus, '--json', '--lexicon', lexicon]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/lexicon\.json/);
    expect(stderr).toMatch(/\[1\]|bad one/);
  });

  it('reports a missing input with exit code 1 and a usage error with 2', () => {
    expect(runCli(['extract', join(corpus, 'nope.txt'), '--json']).status).toBe(1);
    expect(runCli(['extract']).status).toBe(2);
  });
});
