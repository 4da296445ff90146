import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Loads the built package by its own name, as a user's project would, in both module systems. */
function node(args: string[]): string {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe('the built package', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.cjs'))) throw new Error('dist/ is missing: run `npm run build` first');
  });

  it('loads with require()', () => {
    expect(node(['-e', "const c = require('claimgraph'); console.log(typeof c.KnowledgeGraph, c.parseTimeSpan('2024-03').latest)"])).toBe(
      'function 2024-03-31',
    );
  });

  it('loads with import', () => {
    expect(
      node(['--input-type=module', '-e', "import { KnowledgeGraph, parseTimeSpan } from 'claimgraph'; console.log(typeof KnowledgeGraph, parseTimeSpan('2024').latest)"]),
    ).toBe('function 2024-12-31');
  });
});
