import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimgraphError } from '../errors';

/** The report page's script and stylesheet, built by `npm run build` from `src/report/client`. */
export interface ReportAssets {
  script: string;
  style: string;
}

const SCRIPT = 'client.global.js';
const STYLE = 'client.css';

/**
 * Where the build puts the assets, seen from this module: beside the bundle it is part of
 * when run from `dist/` (`dist/report/`), and in `dist/report/` of the repository when run
 * from source (`src/report/`). `import.meta.url` works in every way the module runs: ESM,
 * tsup's CJS (shimmed), tsx, and jest (compiled to `__filename`).
 */
function places(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, 'report'), join(here, '..', '..', 'dist', 'report')];
}

/**
 * Reads the built page assets.
 *
 * @throws {ClaimgraphError} `report assets not built: run npm run build` when they are missing.
 */
export function reportAssets(): ReportAssets {
  const dirs = places();
  for (const dir of dirs) {
    try {
      return { script: readFileSync(join(dir, SCRIPT), 'utf8'), style: readFileSync(join(dir, STYLE), 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new ClaimgraphError(`renderReport: report assets not built: run npm run build (looked for ${SCRIPT} in ${dirs.join(' and ')})`);
}
