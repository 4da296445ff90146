/**
 * The worker thread of `extractParallel`: builds its extractor once from
 * `workerData` (an `ExtractorSetup`), then extracts each chunk it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractEach } from './extract-each';
import type { ChunkRequest, WorkerReport } from './protocol';
import { extractorFrom, type ExtractorSetup } from './setup';
import { serializeError } from './transfer-error';

const port = parentPort!;
const report = (message: WorkerReport) => port.postMessage(message);

try {
  const extractor = extractorFrom(workerData as ExtractorSetup);
  port.on('message', ({ index, documents }: ChunkRequest) => {
    try {
      report({ type: 'done', index, result: extractEach(documents, extractor, () => report({ type: 'progress' })) });
    } catch (error) {
      report({ type: 'failed', error: serializeError(error) });
    }
  });
} catch (error) {
  report({ type: 'failed', error: serializeError(error) });
}
