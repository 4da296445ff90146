import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalReport } from '../../src/eval/evaluate';
import { root, runCli } from '../cli/run-cli';
import { assertion, document, entity, result, span, wd } from './fixture';

const corpus = join(root, 'examples', 'corpus');
const seeds = join(root, '__tests__', 'fixtures', 'seeds.gold.json');
const tmp = () => mkdtempSync(join(tmpdir(), 'cg-eval-'));

/** A saved result for one corpus file: Netanyahu by QID, Hamas by name, Israel (a Country), and one entity the gold does not have. */
function savedResult(): string {
  const file = join(tmp(), 'result.json');
  const doc = 'elsewhere/003_6501ee1d1439a9e2.txt';
  const value = result(
    [document(doc, { value: '2024-03-27', earliest: '2024-03-27', latest: '2024-03-27', basis: 'dateline' })],
    [
      entity('urn:x:netanyahu', 'Benjamin Netanyahu', [[doc, 'Netanyahu']], { sameAs: [wd('Q43723')] }),
      entity('urn:x:hamas', 'Hamas', [[doc, 'Hamas']], { kind: 'Organization' }),
      entity('urn:x:israel', 'Israel', [[doc, 'Israel']], { kind: 'Country' }),
      entity('urn:x:nobody', 'Nobody', [[doc, 'Nobody']]),
    ],
  );
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

/**
 * A saved result for 003 with two assertions: one finds the gold event "Netanyahu accused the
 * US" (arguments in the other order), one finds nothing. Its file path leads nowhere.
 */
function savedResultWithAssertions(): string {
  const file = join(tmp(), 'result.json');
  const doc = 'elsewhere/003_6501ee1d1439a9e2.txt';
  const text = readFileSync(join(corpus, '003_6501ee1d1439a9e2.txt'), 'utf8');
  const value = result(
    [document(doc, { value: '2024-03-27', earliest: '2024-03-27', latest: '2024-03-27', basis: 'dateline' })],
    [
      entity('urn:x:netanyahu', 'Benjamin Netanyahu', [[doc, 'Netanyahu']], { sameAs: [wd('Q43723')] }),
      entity('urn:x:us', 'United States', [[doc, 'the US']], { kind: 'Country', sameAs: [wd('Q30')] }),
    ],
    [
      assertion(doc, span(text, 'Netanyahu accused the US'), 'urn:x:us', 'accusedBy', 'urn:x:netanyahu', { valid: { value: '2024-03-25' } }),
      assertion(doc, { start: 0, end: 5, text: text.slice(0, 5) }, 'urn:x:us', 'meets', 'urn:x:netanyahu'),
    ],
  );
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

describe('claimgraph eval', () => {
  it('runs the extractor on the corpus and prints the tables', () => {
    const { status, stdout, stderr } = runCli(['eval', seeds, corpus]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Entity linking: (document, entity) pairs in 5 documents, all types\n');
    expect(stdout).toMatch(/^type +gold +found +recall +predicted +correct +precision +F1$/m);
    expect(stdout).toMatch(/^all +150 +\d+ +\d\.\d{3} +\d+ +\d+ +\d\.\d{3} +\d\.\d{3}$/m);
    expect(stdout).toMatch(/^Person +34 +\d+ +\d\.\d{3}$/m);
    expect(stdout).toMatch(/^Publication date: 5 documents, /m);
    for (const name of ['000_8c0fb1a689d43340.txt', '002_5b4bfc248042df46.txt', '004_23de9b5be08af746.txt']) {
      expect(stdout).toMatch(new RegExp(`^${name.replace('.', '\\.')} +\\d{4}`, 'm'));
    }
  });

  it('prints JSON with --json, restricted with --types', () => {
    const { status, stdout } = runCli(['eval', seeds, corpus, '--json', '--types', 'Person,Country']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as EvalReport;
    expect(report.documents.scored).toHaveLength(5);
    expect(report.entityLinking).toMatchObject({ types: ['Country', 'Person'], goldPairs: 60 });
    expect(report.entityLinking.byType.map((row) => [row.type, row.goldPairs])).toEqual([
      ['Country', 26],
      ['Person', 34],
    ]);
    expect(report.publication.rows).toHaveLength(5);
  });

  it('scores a saved result with --predicted, exactly', () => {
    const { status, stdout, stderr } = runCli(['eval', seeds, '--predicted', savedResult(), '--json', '--types', 'Person', '--types', 'Organization']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as EvalReport;
    expect(report.documents.scored).toEqual(['003_6501ee1d1439a9e2.txt']);
    expect(report.documents.goldOnly).toHaveLength(4);
    expect(report.entityLinking).toMatchObject({
      goldPairs: 18,
      foundPairs: 2,
      predictedPairs: 3,
      correctPairs: 2,
      ignoredPairs: 1,
      precision: 2 / 3,
      recall: 2 / 18,
    });
    expect(report.entityLinking.spurious.map((pair) => pair.label)).toEqual(['Nobody']);
    expect(report.publication).toMatchObject({ documents: 1, known: 1, overlapping: 1, covering: 1, exact: 1 });
  });

  it('scores what `claimgraph extract --json` saved exactly as it scores the extractor run directly', () => {
    const saved = join(tmp(), 'extraction.json');
    expect(runCli(['extract', corpus, '--json', '--out', saved]).status).toBe(0);
    const fromFile = runCli(['eval', seeds, '--predicted', saved, '--json']);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.status).toBe(0);
    const direct = runCli(['eval', seeds, corpus, '--json']);
    expect(JSON.parse(fromFile.stdout)).toEqual(JSON.parse(direct.stdout));
  });

  it('scores the events of a saved result against the texts of --corpus', () => {
    const { status, stdout, stderr } = runCli(['eval', seeds, '--predicted', savedResultWithAssertions(), '--corpus', corpus, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const { events } = JSON.parse(stdout) as EvalReport;
    expect(events).toMatchObject({
      status: 'scored',
      documents: 1,
      withoutText: [],
      goldEvents: 42,
      foundEvents: 1,
      assertions: 2,
      correctAssertions: 1,
      precision: 1 / 2,
      recall: 1 / 42,
      date: { scored: 1, correct: 1, accuracy: 1 },
      attribution: { scored: 1, correct: 1, accuracy: 1 },
      modality: { scored: 1, correct: 1, accuracy: 1 },
      unlocatable: [],
    });
    expect(events.found.map((event) => event.id)).toEqual(['ev_003_netanyahu_accuses_us']);
    const text = runCli(['eval', seeds, '--predicted', savedResultWithAssertions(), '--corpus', corpus, '--summary']).stdout;
    expect(text).toContain('Events: gold events found by assertions in 1 document\n');
    expect(text).toMatch(/^all +42 +1 +0\.024 +2 +1 +0\.500 +0\.045$/m);
    expect(text).toMatch(/^003_6501ee1d1439a9e2\.txt +42 +1 +0\.024 +2 +1 +0\.500$/m);
    expect(text).toMatch(/^date +1 +1 +1\.000$/m);
    expect(text).not.toContain('Missed gold events');
  });

  it('without --corpus reads the files the saved result names, and notes those it cannot', () => {
    const { status, stdout } = runCli(['eval', seeds, '--predicted', savedResultWithAssertions()]);
    expect(status).toBe(0);
    expect(stdout).toContain('Events: gold events found by assertions in 0 documents\n');
    expect(stdout).toContain('note: not scored, no text given: 003_6501ee1d1439a9e2.txt\n');
  });

  it('says so when the saved result has no assertions', () => {
    const { status, stdout } = runCli(['eval', seeds, '--predicted', savedResult()]);
    expect(status).toBe(0);
    expect(stdout.endsWith('\nEvents: not scored: the result has no assertions\n')).toBe(true);
  });

  it('writes to --out, atomically, and prints the figures only with --summary', () => {
    const out = join(tmp(), 'eval.txt');
    const { status, stdout } = runCli(['eval', seeds, '--predicted', savedResult(), '--summary', '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^all +39 +3 +0\.077 +4 +3 +0\.750 +0\.140$/m);
    expect(text).not.toContain('Missed gold pairs');
    expect(text).toContain('003_6501ee1d1439a9e2.txt  2024-03-27');
  });

  it('fails with exit 1 and one line naming file, line and column of bad gold JSON', () => {
    const gold = join(tmp(), 'gold.json');
    writeFileSync(gold, '{\n  "documents": [\n    {"file": "a.txt",,}\n  ]\n}\n');
    const { status, stdout, stderr } = runCli(['eval', gold, corpus]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`claimgraph: loadGold: ${gold}:3:22: not valid JSON`);
  });

  it('fails with exit 1 naming the field of a gold that does not fit the schema, or of a bad saved result', () => {
    const gold = join(tmp(), 'gold.json');
    writeFileSync(gold, JSON.stringify({ documents: [], entities: [{ id: 'x', label: 'X', type: 'Person', wikidata: 'X1', aliases: [], docs: [] }] }));
    const bad = runCli(['eval', gold, corpus]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`^claimgraph: loadGold: .*gold\\.json: entities\\[0\\]\\.wikidata: not a Wikidata QID`));

    const predicted = join(tmp(), 'result.json');
    writeFileSync(predicted, JSON.stringify({ documents: [{ file: 'a.txt' }], entities: [] }));
    const unfit = runCli(['eval', seeds, '--predicted', predicted]);
    expect(unfit.status).toBe(1);
    expect(unfit.stderr).toMatch(/^claimgraph: loadExtractionResult: .*result\.json: documents\[0\]\.published: /);
  });

  it('fails with exit 1 for a corpus path that does not exist', () => {
    const { status, stderr } = runCli(['eval', seeds, join(tmp(), 'nowhere')]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^claimgraph: .*nowhere/);
  });

  it('answers a usage error with exit 2 and --help with examples', () => {
    expect(runCli(['eval', seeds]).status).toBe(2);
    expect(runCli(['eval', seeds, corpus, '--predicted', 'result.json']).status).toBe(2);
    expect(runCli(['eval', seeds, corpus, '--types', ',']).status).toBe(2);
    expect(runCli(['eval', seeds, corpus, '--corpus', corpus]).status).toBe(2);
    expect(runCli(['eval']).status).toBe(2);
    const help = runCli(['eval', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n\s+\$ claimgraph eval gold\.json examples\/corpus/);
  });
});
