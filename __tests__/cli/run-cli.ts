import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
const bin = join(root, 'dist', 'cli.js');

/** Runs the built `claimgraph` binary as a user would; `npm run build` must have run. */
export function runCli(args: string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
