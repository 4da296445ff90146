import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, runCli } from './run-cli';

const corpus = join(root, 'examples', 'corpus');
const tmp = () => mkdtempSync(join(tmpdir(), 'cg-cli-analysis-'));

describe('claimgraph contradictions', () => {
  it('prints the JSON contract: records with kind, severity, explanation and claims with file and evidence', () => {
    const { status, stdout, stderr } = runCli(['contradictions', corpus, '--json']);
    expect([status, stderr]).toEqual([0, '']);
    const records = JSON.parse(stdout);
    expect(Object.keys(records)).toEqual(['contradictions', 'changes']);
    expect(records.contradictions.length).toBeGreaterThan(0);
    for (const record of [...records.contradictions, ...records.changes]) {
      expect(Object.keys(record)).toEqual(['id', 'kind', 'severity', 'explanation', 'claims']);
      for (const claim of record.claims) expect(Object.keys(claim)).toEqual(['assertion', 'file', 'evidence', 'attributedTo']);
    }
    expect(records.contradictions.map((r: { kind: string }) => r.kind)).toContain('anachronism');
    expect(records.changes.every((r: { severity: unknown }) => r.severity === null)).toBe(true);
  });

  it('reads a saved graph (Turtle written by export) the same as the corpus', () => {
    const dir = tmp();
    const ttl = join(dir, 'corpus.ttl');
    expect(runCli(['export', corpus, '--out', ttl]).status).toBe(0);
    const fromCorpus = JSON.parse(runCli(['contradictions', corpus, '--json']).stdout);
    const fromTurtle = JSON.parse(runCli(['contradictions', ttl, '--json']).stdout);
    const shape = (r: { contradictions: Array<{ id: string; explanation: string }> }) => r.contradictions.map((c) => c.id);
    expect(shape(fromTurtle)).toEqual(shape(fromCorpus));
  });

  it('prints a readable list by default', () => {
    const { status, stdout } = runCli(['contradictions', corpus]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Contradictions \(\d+\)\n {2}1\. \w+, (hard|soft)\n {5}\S/);
    expect(stdout).toMatch(/\nChanges/);
  });

  it('fails with exit 1 and one line for malformed Turtle or a missing file', () => {
    const bad = join(tmp(), 'bad.ttl');
    writeFileSync(bad, '@prefix x: <http://x/> .\nx:a x:b .\n');
    const malformed = runCli(['contradictions', bad]);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/^claimgraph: readRdf: .*bad\.ttl:2: .+\n$/);
    const missing = runCli(['contradictions', join(tmp(), 'none.ttl')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^claimgraph: cannot read .*none\.ttl: ENOENT\n$/);
  });
});

describe('claimgraph timeline', () => {
  it("lists an entity's dated claims in groups and its undated ones apart", () => {
    const { status, stdout } = runCli(['timeline', 'Vladimir Putin', corpus]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Vladimir Putin: \d+ dated claims/);
    expect(stdout).toMatch(/\nUndated \(\d+\)\n/);
    const json = JSON.parse(runCli(['timeline', 'Putin', corpus, '--json']).stdout);
    expect(json.label).toBe('Vladimir Putin');
    const groups = json.entries.map((e: { group: number }) => e.group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
  });

  it('suggests the nearest names for an unknown entity and exits 1', () => {
    const { status, stdout, stderr } = runCli(['timeline', 'Netanyahoo', corpus]);
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^claimgraph: unknown entity "Netanyahoo"; did you mean "Benjamin Netanyahu"/);
  });

  it('exits 2 on a usage error (a missing argument, a bad --by)', () => {
    expect(runCli(['timeline']).status).toBe(2);
    expect(runCli(['timeline', 'Putin', corpus, '--by', 'soon']).status).toBe(2);
  });

  it('refuses endpoint options without --endpoint rather than ignoring them', () => {
    const { status, stdout, stderr } = runCli(['contradictions', corpus, '--graph', 'urn:x:g']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/option '--graph' needs --endpoint/);
  });
});

describe('claimgraph stance', () => {
  it('lists the claims with a stance between two actors and the changes', () => {
    const { status, stdout } = runCli(['stance', 'Joe Biden', 'Netanyahu', corpus]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Joe Biden \/ Benjamin Netanyahu: \d+ claims with a stance/);
    expect(stdout).toMatch(/\nChanges/);
    const history = JSON.parse(runCli(['stance', 'Joe Biden', 'Netanyahu', corpus, '--json']).stdout);
    expect(history.points.length).toBeGreaterThan(0);
  });
});
