/**
 * A throwaway Virtuoso for the tests: Debian's `virtuoso-t` on 127.0.0.1, on free ports,
 * with its database in a temporary directory, started in the foreground and stopped
 * (and its directory removed) by `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The Debian package that ships `virtuoso-t`. */
export const VIRTUOSO_PACKAGE = 'virtuoso-opensource-7-bin';

export interface Virtuoso {
  /** `http://127.0.0.1:<port>`: `/sparql`, `/sparql-auth`, `/sparql-graph-crud(-auth)` lie below. */
  readonly http: string;
  /** The administrator of a fresh database (`dba`, password `dba`). */
  readonly user: string;
  readonly password: string;
  stop(): Promise<void>;
}

/** The path of `virtuoso-t` (or `$VIRTUOSO_BIN`), or an error that names the package to install. */
export function virtuosoBinary(): string {
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const configured = process.env.VIRTUOSO_BIN;
  const found = configured ? [configured].filter(executable)[0] : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'virtuoso-t')).find(executable);
  if (!found) throw new Error(`virtuoso-t is not installed: these tests need a real Virtuoso, Debian's ${VIRTUOSO_PACKAGE} (apt-get install -y --no-install-recommends ${VIRTUOSO_PACKAGE}), or VIRTUOSO_BIN set to a virtuoso-t binary`);
  return found;
}

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The smallest configuration that serves SPARQL: a database in `dir`, loopback only, few buffers. */
function configuration(dir: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
MaxClientConnections = 8
ServerThreads = 8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the process to exit, up to `ms`; whether it did. */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts a fresh Virtuoso and waits until its SPARQL endpoint answers.
 *
 * @throws when `virtuoso-t` is missing (naming the Debian package), exits, or does not
 *   answer within `timeoutMs`.
 */
export async function startVirtuoso(timeoutMs = 30_000): Promise<Virtuoso> {
  const binary = virtuosoBinary();
  const dir = mkdtempSync(join(tmpdir(), 'cg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'virtuoso.ini'), configuration(dir, sqlPort, httpPort));
  const child = spawn(binary, ['-f', '-c', join(dir, 'virtuoso.ini')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let failed = false;
  child.on('error', (error) => {
    failed = true;
    output += `${error.message}\n`;
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const http = `http://127.0.0.1:${httpPort}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await exited(child, 10_000))) {
        child.kill('SIGKILL');
        await exited(child, 5_000);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (failed || child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`virtuoso-t exited (${child.exitCode ?? child.signalCode}) before answering:\n${output.slice(-2000)}`);
    }
    try {
      const response = await fetch(`${http}/sparql?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { http, user: 'dba', password: 'dba', stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`virtuoso-t did not answer on ${http}/sparql within ${timeoutMs} ms:\n${output.slice(-2000)}`);
}
