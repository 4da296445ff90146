import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * Writes a file through a temporary file beside it and renames it into place, so a
 * reader never sees a half-written file and an interrupted run leaves the old one intact.
 *
 * @param write receives the temporary file's stream and resolves when it has written
 *   everything (the stream is ended for you).
 * @example
 * await writeFileAtomic('graph.ttl', (out) => writeRdf(graph, out));
 */
export async function writeFileAtomic(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
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
  }
}
