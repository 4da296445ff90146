import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { readRdf } from '../../src';
import { root, runCli } from './run-cli';

const corpus = join(root, 'examples', 'corpus');
const tmp = () => mkdtempSync(join(tmpdir(), 'cg-cli-'));

describe('claimgraph export', () => {
  it('writes the corpus graph as Turtle on stdout', async () => {
    const { status, stdout, stderr } = runCli(['export', corpus]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const graph = await readRdf(stdout, { format: 'turtle' });
    expect(graph.sources().map((s) => s.title)).toContain("What's happening to US-Israel relations?");
    expect(graph.size.sources).toBe(5);
  });

  it('writes TriG in the RDF 1.2 profile to --out, and the same bytes every run', async () => {
    const dir = tmp();
    const out = join(dir, 'corpus.trig');
    expect(runCli(['export', corpus, '--format', 'trig', '--profile', 'rdf12', '--out', out]).status).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect((await readRdf(first, { format: 'trig' })).size.sources).toBe(5);
    expect(runCli(['export', corpus, '--format', 'trig', '--profile', 'rdf12', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(readdirSync(dir)).toEqual(['corpus.trig']);
  });

  it('writes the entity network as GEXF with --format gexf', async () => {
    const { status, stdout, stderr } = runCli(['export', corpus, '--format', 'gexf']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const gexf = parse(MultiDirectedGraph, stdout, { respectInputGraphType: true });
    const graph = await readRdf(runCli(['export', corpus]).stdout, { format: 'turtle' });
    expect(gexf.nodes()).toEqual(graph.entities().map((e) => e.id));
    expect(gexf.size).toBe(graph.network.size);
    expect(gexf.findNode((_, a) => a.label === 'Vladimir Putin')).toBe('urn:claimgraph:entity/vladimir-putin');
    expect(gexf.getNodeAttribute('urn:claimgraph:entity/vladimir-putin', 'kind')).toBe('Person');
  });

  it('exports a saved graph (.ttl) as the same Turtle as its corpus, and as GEXF', () => {
    const dir = tmp();
    const saved = join(dir, 'corpus.ttl');
    expect(runCli(['export', corpus, '--out', saved]).status).toBe(0);
    const again = runCli(['export', saved]);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(readFileSync(saved, 'utf8'));
    expect(runCli(['export', saved, '--format', 'gexf']).stdout).toBe(runCli(['export', corpus, '--format', 'gexf']).stdout);
  });

  it('fails with exit 1 and one line naming a missing path', () => {
    const { status, stdout, stderr } = runCli(['export', join(tmp(), 'nowhere')]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^claimgraph: .*nowhere/);
  });

  it('still writes the files that load when one does not, and exits 1', () => {
    const dir = tmp();
    copyFileSync(join(corpus, '003_6501ee1d1439a9e2.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const { status, stdout, stderr } = runCli(['export', dir]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/empty\.txt/);
    expect(stdout).toMatch(/What's happening to US-Israel relations\?/);
  });

  it('answers a usage error with exit 2 and --help with an example', () => {
    expect(runCli(['export', corpus, '--format', 'xml']).status).toBe(2);
    expect(runCli(['frobnicate']).status).toBe(2);
    const help = runCli(['export', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n\s+\$ claimgraph export/);
    expect(help.stdout).toMatch(/gexf/);
  });
});
