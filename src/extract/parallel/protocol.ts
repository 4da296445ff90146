import type { Document } from '../../model/document';
import type { ExtractionResult } from '../result';
import type { SerializedError } from './transfer-error';

/** To a worker: extract these documents, chunk `index` of the input. */
export interface ChunkRequest {
  index: number;
  documents: Document[];
}

/** From a worker: one more document done, a chunk's result, or the error that stopped it. */
export type WorkerReport =
  | { type: 'progress' }
  | { type: 'done'; index: number; result: ExtractionResult }
  | { type: 'failed'; error: SerializedError };
