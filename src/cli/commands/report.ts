import { Option, type Command } from 'commander';
import { contradictions, stanceChanges } from '../../query';
import { renderReport, reportData } from '../../report';
import { loadGraphInput, type GraphInputOptions } from '../graph-input';
import { graphInput, outOption } from '../options';
import { writeOutput } from '../output';

interface ReportOptions extends GraphInputOptions {
  out?: string;
  title: string;
}

/**
 * `claimgraph report <inputs…> --out report.html`: one self-contained HTML page — timeline,
 * entity network, contradictions, stance changes and the documents with their evidence.
 * From a saved graph (no texts) the evidence is shown without its context.
 */
export function reportCommand(program: Command): void {
  graphInput(program.command('report'))
    .description('write a self-contained HTML report: timeline, entity network, contradictions, stance changes, documents')
    .addOption(outOption())
    .addOption(new Option('-t, --title <title>', 'the page title').default('claimgraph report'))
    .addHelpText('after', '\nExample:\n  $ claimgraph report examples/corpus --out report.html\n')
    .action(async (inputs: string[], options: ReportOptions) => {
      const { graph, documents } = await loadGraphInput(inputs, options);
      const data = reportData(graph, documents, { contradictions: contradictions(graph), changes: stanceChanges(graph) });
      const html = renderReport(data, { title: options.title });
      await writeOutput(options.out, async (out) => void out.write(html));
    });
}
