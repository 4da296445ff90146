import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphError, graphFromJSON, graphToJSON, loadGraph, saveGraph } from '../../src';
import { smallGraph } from './fixture';

describe('graph JSON', () => {
  it('round-trips to an equal graph and identical JSON', () => {
    const json = graphToJSON(smallGraph());
    const again = graphToJSON(graphFromJSON(JSON.parse(JSON.stringify(json))));
    expect(again).toEqual(json);
  });

  it('saves atomically and loads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-json-'));
    const file = join(dir, 'graph.json');
    await saveGraph(smallGraph(), file);
    expect((await loadGraph(file)).size).toEqual(smallGraph().size);
  });

  it('names the file, line and column of invalid JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-json-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "format": "claimgraph",\n  "version": 1,,\n}');
    await expect(loadGraph(file)).rejects.toMatchObject({ name: 'GraphError', file, line: 3 });
    await expect(loadGraph(join(dir, 'missing.json'))).rejects.toThrow(/^loadGraph: cannot read .*ENOENT/);
  });

  it('names the field that is wrong', () => {
    const json = JSON.parse(JSON.stringify(graphToJSON(smallGraph())));
    json.assertions[1].valid.value = '2024-02-30';
    expect(() => graphFromJSON(json, { file: 'g.json' })).toThrow(GraphError);
    expect(() => graphFromJSON(json, { file: 'g.json' })).toThrow(/^graphFromJSON: g\.json: assertions\[1\]\.valid: parseTimeSpan: "2024-02-30"/);
    const noSubject = JSON.parse(JSON.stringify(graphToJSON(smallGraph())));
    noSubject.assertions[0].subject = 'urn:nobody';
    expect(() => graphFromJSON(noSubject)).toThrow(/assertions\[0\]: KnowledgeGraph\.addAssertion: unknown entity urn:nobody/);
  });
});
