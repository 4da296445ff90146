import { quadsFromString } from '../../src/rdf/n3';
import { runCli } from './run-cli';

describe('claimgraph vocabulary', () => {
  it('prints the cg: vocabulary as Turtle that parses, with the predicates and the contradiction terms', () => {
    const { status, stdout, stderr } = runCli(['vocabulary']);
    expect([status, stderr]).toEqual([0, '']);
    const quads = quadsFromString(stdout, { format: 'Turtle' });
    const subjects = new Set(quads.map((q) => q.subject.value));
    for (const term of ['Assertion', 'Contradiction', 'holdsOffice', 'changesPolicy', 'involves']) {
      expect([term, subjects.has(`https://w3id.org/claimgraph/ns#${term}`)]).toEqual([term, true]);
    }
  });

  it('exits 2 on an unknown option, with the usage on stderr', () => {
    const { status, stdout, stderr } = runCli(['vocabulary', '--nonesuch']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/unknown option '--nonesuch'/);
  });
});
