/**
 * Safe writes: a run of `export --out` or `extract --json --out` killed while it writes
 * leaves the old file byte for byte, and no partial file under the target's name.
 *
 * What is left behind: SIGKILL cannot be caught, so the temporary file
 * (`.<name>.<12 hex digits>.tmp`, beside the target) stays, holding a prefix of the output;
 * SIGINT, SIGTERM and SIGHUP remove it before the process ends by the signal.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliResult, corpusFiles, finished, removeTemporaryDirs, root, startCli, tmp } from './helpers';

afterAll(removeTemporaryDirs);

/** Copies of the example corpus: enough that loading takes a while and writing takes some 100 ms. */
const COPIES = 30;
const OLD = Buffer.from('old output, which must survive an interrupted run\n'.repeat(200));

let corpus: string;
beforeAll(() => {
  corpus = tmp('cg-safe-write-corpus-');
  for (let copy = 0; copy < COPIES; copy++) {
    for (const { name, bytes } of corpusFiles) writeFileSync(join(corpus, `c${String(copy).padStart(3, '0')}_${name}`), bytes);
  }
});

/** The command line that writes `out`. */
const argsFor = (command: 'export' | 'extract', out: string): string[] =>
  command === 'export' ? ['export', corpus, '--out', out] : ['extract', corpus, '--json', '--out', out];

interface Interrupted {
  result: CliResult;
  /** The file other than the target seen in the folder when the signal was sent, with its size then. */
  temporary?: { name: string; size: number };
}

/**
 * Starts the command and sends `signal` as soon as a file other than the target has content
 * in the target's folder (the temporary file being written), or after `delay` ms if given.
 */
async function interrupt(command: 'export' | 'extract', dir: string, target: string, signal: NodeJS.Signals, delay?: number): Promise<Interrupted> {
  const child = startCli(argsFor(command, join(dir, target)));
  const done = finished(child);
  let temporary: Interrupted['temporary'];
  await new Promise<void>((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(timer);
        resolve();
        return;
      }
      if (delay !== undefined) {
        if (Date.now() - started < delay) return;
      } else {
        const found = readdirSync(dir)
          .filter((name) => name !== target)
          .map((name) => ({ name, size: statSync(join(dir, name), { throwIfNoEntry: false })?.size ?? 0 }))
          .find((file) => file.size > 0);
        if (!found) return;
        temporary = found;
      }
      child.kill(signal);
      clearInterval(timer);
      resolve();
    }, 2);
  });
  return { result: await done, temporary };
}

const temporaryName = (target: string) => new RegExp(`^\\.${target.replace('.', '\\.')}\\.[0-9a-f]{12}\\.tmp$`);

describe.each([
  ['export', 'graph.ttl'],
  ['extract', 'result.json'],
] as const)('%s --out', (command, target) => {
  it('killed with SIGKILL while writing, leaves the old file byte for byte; the temporary file stays, never under the target name', async () => {
    const dir = tmp();
    writeFileSync(join(dir, target), OLD);
    const { result, temporary } = await interrupt(command, dir, target, 'SIGKILL');
    expect(temporary).toBeDefined(); // else the run ended before writing: make the corpus larger
    expect(result.signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, target)).equals(OLD)).toBe(true);
    const left = readdirSync(dir).filter((name) => name !== target);
    expect(left).toEqual([temporary!.name]);
    expect(left[0]).toMatch(temporaryName(target));
    const partial = readFileSync(join(dir, left[0]!));

    // a run that is not interrupted then replaces the old file; the partial file was a prefix of it
    const complete = await finished(startCli(argsFor(command, join(dir, target))));
    expect(complete.status).toBe(0);
    const written = readFileSync(join(dir, target));
    expect(written.length).toBeGreaterThan(partial.length);
    expect(written.subarray(0, partial.length).equals(partial)).toBe(true);
    if (command === 'extract') expect(() => JSON.parse(written.toString('utf8'))).not.toThrow();
    process.stdout.write(`[hardening] ${command}: killed with ${temporary!.size} of ${written.length} bytes written; left ${left[0]}\n`);
  }, 60_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('stopped with %s while writing, leaves the old file and no temporary file', async (signal) => {
    const dir = tmp();
    writeFileSync(join(dir, target), OLD);
    const { result, temporary } = await interrupt(command, dir, target, signal);
    expect(temporary).toBeDefined();
    expect(temporary!.name).toMatch(temporaryName(target));
    expect(result.signal).toBe(signal);
    expect(readFileSync(join(dir, target)).equals(OLD)).toBe(true);
    expect(readdirSync(dir)).toEqual([target]);
  }, 60_000);
});

it('killed before writing began, leaves the old file and nothing else', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'graph.ttl'), OLD);
  const { result } = await interrupt('export', dir, 'graph.ttl', 'SIGKILL', 800);
  expect(result.signal).toBe('SIGKILL');
  expect(readFileSync(join(dir, 'graph.ttl')).equals(OLD)).toBe(true);
  expect(readdirSync(dir)).toEqual(['graph.ttl']);
}, 30_000);

describe('writeFileAtomic and signals (in a process of its own)', () => {
  /** A script that writes `out` in two parts half a second apart, and says when it is in between. */
  const script = (ownHandler: boolean) => `
    const { writeFileAtomic } = require(${JSON.stringify(join(root, 'dist', 'index.cjs'))});
    ${ownHandler ? "process.on('SIGTERM', () => process.stderr.write('handled\\n'));" : ''}
    writeFileAtomic(process.argv[1], async (out) => {
      out.write('first part;');
      process.stdout.write('writing\\n');
      await new Promise((resolve) => setTimeout(resolve, 500));
      out.write('second part');
    }).then(() => process.stderr.write('done\\n'));
  `;

  async function run(ownHandler: boolean): Promise<{ result: CliResult; dir: string }> {
    const dir = tmp();
    writeFileSync(join(dir, 'out.txt'), OLD);
    const child = spawn(process.execPath, ['-e', script(ownHandler), join(dir, 'out.txt')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const done = finished(child);
    child.stdout!.once('data', () => child.kill('SIGTERM'));
    return { result: await done, dir };
  }

  it('removes the temporary file and ends by the signal when no one else handles it', async () => {
    const { result, dir } = await run(false);
    expect(result.signal).toBe('SIGTERM');
    expect(readFileSync(join(dir, 'out.txt')).equals(OLD)).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it("leaves the signal to the application's own handler, and the write finishes", async () => {
    const { result, dir } = await run(true);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('handled\ndone\n');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('first part;second part');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
});

it('stops quietly when the reader of stdout goes away (`claimgraph export … | head`)', async () => {
  const child = startCli(['export', corpus, '--format', 'nquads']);
  const done = finished(child);
  child.stdout!.once('data', () => child.stdout!.destroy());
  const result = await done;
  expect(result.stderr).toBe(''); // not "unexpected error: write EPIPE"
  expect(result.status).toBe(0);
}, 30_000);
