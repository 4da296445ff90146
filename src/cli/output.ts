import type { Writable } from 'node:stream';
import { writeFileAtomic } from '../io/atomic-write';

/**
 * Sends a command's output to `--out` (written atomically) or to stdout.
 * Stdout is not ended, so the process can still print after it.
 */
export async function writeOutput(out: string | undefined, write: (stream: Writable) => Promise<void>): Promise<void> {
  if (out) await writeFileAtomic(out, write);
  else await write(process.stdout);
}

/** A one-line progress counter on stderr, shown only when stderr is a terminal. */
export function progress(label: string): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  return (done, total) => {
    process.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
