import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** What to start a worker thread with: `new Worker(script, { eval })`. */
export interface WorkerEntry {
  script: URL | string;
  eval: boolean;
}

/**
 * The worker's entry, found next to this module, for the three ways the code runs:
 *
 * - built (`dist/`, ESM or CJS): tsup bundles this module into a file of `dist/` and
 *   `worker.ts` into `dist/worker.js` (an entry of its own), so `./worker.js`;
 * - from source, under tsx or jest: this module is a `.ts` (@swc/jest compiles
 *   `import.meta.url` to the file's URL in CommonJS, as tsup's shims do in
 *   `dist/index.cjs`), so `./worker.ts`. Node 20 runs neither `--import tsx` in a worker's
 *   `execArgv` nor loader hooks registered from a worker, so a two-line script registers
 *   tsx's CommonJS hook in the worker, then requires the `.ts` file.
 */
export function workerEntry(): WorkerEntry {
  const here = import.meta.url;
  if (!new URL(here).pathname.endsWith('.ts')) return { script: new URL('./worker.js', here), eval: false };
  const tsx = createRequire(here).resolve('tsx/cjs/api');
  const worker = fileURLToPath(new URL('./worker.ts', here));
  return { script: `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(worker)});`, eval: true };
}
