import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { constants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Signals whose default action ends the process (Ctrl-C, `kill`, a closed terminal). */
const FATAL_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Temporary files being written now, removed if such a signal ends the process. */
const pending = new Set<string>();

/**
 * Removes the temporary files and lets the signal end the process as it would have —
 * but only when no one else listens for it: an application that handles the signal
 * itself may still let the write finish, so its temporary file must stay.
 */
function onFatalSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
  for (const s of FATAL_SIGNALS) process.removeListener(s, onFatalSignal);
  try {
    process.kill(process.pid, signal);
  } catch {
    // a platform that cannot raise this signal (Windows for SIGHUP): end as the shell would report it
    process.exit(128 + (constants.signals[signal] ?? 0));
  }
}

function track(file: string): void {
  if (pending.size === 0) for (const s of FATAL_SIGNALS) process.on(s, onFatalSignal);
  pending.add(file);
}

function untrack(file: string): void {
  pending.delete(file);
  if (pending.size === 0) for (const s of FATAL_SIGNALS) process.removeListener(s, onFatalSignal);
}

/**
 * Writes a file through a temporary file beside it and renames it into place, so a
 * reader never sees a half-written file and an interrupted run leaves the old one intact.
 * The temporary file (`.<name>.<random>.tmp`) is removed when writing fails and when
 * SIGINT, SIGTERM or SIGHUP ends the process meanwhile; only SIGKILL (or a crash of the
 * machine) can leave it behind, never under the target's name.
 *
 * @param write receives the temporary file's stream and resolves when it has written
 *   everything (the stream is ended for you).
 * @example
 * await writeFileAtomic('graph.ttl', (out) => writeRdf(graph, out));
 */
export async function writeFileAtomic(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  track(temporary);
  const out = createWriteStream(temporary);
  // Listen from the start: an open error (missing folder) must reject, not crash.
  const closed = finished(out);
  closed.catch(() => {});
  try {
    await write(out);
    out.end();
    await closed;
    await rename(temporary, path);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}
