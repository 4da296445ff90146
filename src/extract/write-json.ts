import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ExtractionResult } from './result';

/**
 * Writes an extraction result as JSON, one item at a time (a large corpus never becomes
 * one string), waiting for the stream to drain. The output is `JSON.parse`-able and
 * equal to the result.
 */
export async function writeResultJson(result: ExtractionResult, out: Writable): Promise<void> {
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const keys = Object.keys(result) as Array<keyof ExtractionResult>;
  await write('{');
  for (const [k, key] of keys.entries()) {
    await write(`${k > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: [`);
    const items = result[key];
    for (const [i, item] of items.entries()) await write(`${i > 0 ? ',' : ''}\n    ${JSON.stringify(item)}`);
    await write(items.length > 0 ? '\n  ]' : ']');
  }
  await write('\n}\n');
}
