/**
 * `npm run bench`: the whole benchmark, in one process. A benchmark, not a test: it
 * prints figures and checks the targets, and fails only if the contradiction scan does
 * not find exactly the planted contradictions or `--jobs 2` changes the output.
 *
 *   npm run bench                                   # 20 MB of text; 10 k, 100 k and 1 M assertions
 *   npm run bench -- --json                         # one JSON object: { extraction, scale, summary, targets }
 *   npm run bench -- --mb 5 --sizes 10000,100000    # quicker
 *
 * 1. Extraction (bench/extraction.ts): the corpus repeated to `--mb` megabytes, through
 *    each text stage and the whole pipeline on one thread, then `claimgraph extract` with
 *    `--jobs 1` and `--jobs 2` (needs `npm run build`).
 * 2. Scale (bench/scale.ts): synthetic graphs of each of `--sizes` assertions against
 *    the building blocks (graphology, a Map group-by, n3), measured in the same run.
 */
import { parseArgs } from 'node:util';
import { formatExtractionTable, runExtraction, type ExtractionFigures } from './extraction';
import { formatScaleTable, runScale, type ScaleResult, type ScaleSummary, type TargetCheck } from './scale';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    mb: { type: 'string', default: '20' },
    sizes: { type: 'string', default: '10000,100000,1000000' },
    seed: { type: 'string', default: '42' },
    'import-max': { type: 'string', default: '100000' },
  },
});
const megabytes = Number(values.mb);
const sizes = values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
if (!(megabytes > 0)) throw new Error(`bench: --mb takes a positive number of megabytes, not ${values.mb}`);
if (sizes.some((s) => !Number.isSafeInteger(s) || s < 1000)) throw new Error('bench: --sizes takes whole numbers of at least 1000, e.g. 10000,100000');

const round = (x: number) => Math.round(x * 100) / 100;

/** The scale summary with the extraction keys filled in, and every target. */
function summarize(extraction: ExtractionFigures, scale: ScaleResult): { summary: ScaleSummary; targets: TargetCheck[] } {
  const cli = extraction.cliSeconds;
  const summary: ScaleSummary = {
    ...scale.summary,
    extract_mb_per_s: round(extraction.pipelineMbPerS),
    jobs2_speedup: cli && round(cli.jobs1 / cli.jobs2),
  };
  const targets: TargetCheck[] = [
    ...scale.targets,
    { target: 'whole pipeline ≥ 1 MB/s on one thread', value: `${summary.extract_mb_per_s} MB/s`, met: extraction.pipelineMbPerS >= 1 },
    {
      target: 'claimgraph extract --jobs 2 ≥ 1.7× --jobs 1, same bytes',
      value: cli ? `${summary.jobs2_speedup}×${cli.sameBytes ? '' : ', OUTPUTS DIFFER'}` : 'not run (npm run build first)',
      met: cli !== null && cli.jobs1 / cli.jobs2 >= 1.7 && cli.sameBytes,
    },
  ];
  return { summary, targets };
}

async function main(): Promise<void> {
  const extraction = runExtraction(megabytes);
  const scale = await runScale({ sizes, json: false, print: false, seed: Number(values.seed), importMax: Number(values['import-max']) });
  const { summary, targets } = summarize(extraction, scale);
  if (values.json) {
    const { rows, gc, node, seed } = scale;
    process.stdout.write(`${JSON.stringify({ extraction, scale: { rows, gc, node, seed }, summary, targets }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatExtractionTable(extraction)}\n\n${formatScaleTable({ ...scale, summary, targets })}\n`);
  }
  if (!scale.rows.every((r) => r.scan.exact) || extraction.cliSeconds?.sameBytes === false) process.exitCode = 1;
}

void main();
