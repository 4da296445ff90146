import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const corpusDir = join(root, 'examples', 'corpus');
export const bin = join(root, 'dist', 'cli.js');

/** CI runs the heavy variants (a 100 MB file); elsewhere they are scaled down. */
export const CI = Boolean(process.env.CI);

const created: string[] = [];

/** A new temporary directory, removed by {@link removeTemporaryDirs}. */
export function tmp(prefix = 'cg-hardening-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes the temporary directories made so far (some hold 100 MB or 10,000 files). */
export function removeTemporaryDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The example corpus: file names (sorted) and their bytes. */
export const corpusFiles: ReadonlyArray<{ name: string; bytes: Buffer }> = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(join(corpusDir, name)) }));

/** Copies the example corpus into `dir`, creating the files in the given order of names. */
export function copyCorpus(dir: string, order: 'forward' | 'reverse' = 'forward'): string[] {
  const files = order === 'forward' ? [...corpusFiles] : [...corpusFiles].reverse();
  for (const { name, bytes } of files) writeFileSync(join(dir, name), bytes);
  return files.map(({ name }) => join(dir, name));
}

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
}

/** Starts the built `claimgraph` binary; `npx tsup` must have run. */
export function startCli(args: string[], cwd = root): ChildProcess {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npx tsup\` first`);
  return spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Waits for a started binary to end, with its output (stdout as bytes, for byte comparisons). */
export function finished(child: ChildProcess): Promise<CliResult> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/** Runs the built binary to its end without blocking the test process (runs can overlap). */
export const cli = (args: string[], cwd = root): Promise<CliResult> => finished(startCli(args, cwd));

/** The stderr lines, without the trailing newline. */
export const linesOf = (text: string): string[] => text.split('\n').filter((line) => line !== '');
