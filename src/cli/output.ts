import type { Writable } from 'node:stream';
import { Presets, SingleBar } from 'cli-progress';
import { writeFileAtomic } from '../io/atomic-write';
import type { Document } from '../model/document';
import { compareStrings } from '../util/compare-strings';

/**
 * The documents sorted by file path, so that the output does not depend on the order the
 * inputs were named in (`a.txt b.txt` and `b.txt a.txt` write the same bytes); a single
 * directory is already read in this order.
 */
export function inFileOrder(documents: readonly Document[]): Document[] {
  return [...documents].sort((a, b) => compareStrings(a.file, b.file));
}

/**
 * Sends a command's output to `--out` (written atomically) or to stdout.
 * Stdout is not ended, so the process can still print after it.
 */
export async function writeOutput(out: string | undefined, write: (stream: Writable) => Promise<void>): Promise<void> {
  if (out) await writeFileAtomic(out, write);
  else await write(process.stdout);
}

/**
 * A progress bar on stderr for long loads (cli-progress), shown only when stderr is a
 * terminal, so that pipes and logs get no control characters.
 */
export function progress(label: string): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let bar: SingleBar | undefined;
  return (done, total) => {
    bar ??= new SingleBar({ format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, clearOnComplete: true, hideCursor: true }, Presets.shades_classic);
    if (done === 0 || bar.getTotal() !== total) bar.start(total, done);
    else bar.update(done);
    if (done >= total) bar.stop();
  };
}
