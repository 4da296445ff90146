import type { Command } from 'commander';
import { analysisRecords, contradictions, stanceChanges, type AnalysisRecord, type AnalysisRecords } from '../../query';
import { loadGraphInput, type GraphInputOptions } from '../graph-input';
import { graphInput, jsonOption, outOption } from '../options';
import { writeOutput } from '../output';

interface ContradictionsOptions extends GraphInputOptions {
  json?: boolean;
  out?: string;
}

/** `claimgraph contradictions <inputs…>`: every contradiction, kept as a record with its reason, and the stance changes. */
export function contradictionsCommand(program: Command): void {
  graphInput(program.command('contradictions'))
    .description('list the claims that contradict each other (with the reason) and the stances that changed over time')
    .addOption(jsonOption('the records'))
    .addOption(outOption())
    .addHelpText('after', '\nExamples:\n  $ claimgraph contradictions examples/corpus\n  $ claimgraph contradictions corpus.ttl --json --out contradictions.json\n')
    .action(async (inputs: string[], options: ContradictionsOptions) => {
      const { graph } = await loadGraphInput(inputs, options);
      const records = analysisRecords(graph, { contradictions: contradictions(graph), changes: stanceChanges(graph) });
      await writeOutput(options.out, async (out) => {
        out.write(options.json ? `${JSON.stringify(records, null, 2)}\n` : formatRecords(records));
      });
    });
}

function formatRecords(records: AnalysisRecords): string {
  const section = (title: string, list: readonly AnalysisRecord[]) => {
    if (list.length === 0) return `${title}: none\n`;
    const items = list.map((r, i) => `${String(i + 1).padStart(3)}. ${[r.kind, r.severity].filter(Boolean).join(', ')}\n${wrap(r.explanation, 96, '     ')}`);
    return `${title} (${list.length})\n${items.join('\n')}\n`;
  };
  return `${section('Contradictions', records.contradictions)}\n${section('Changes', records.changes)}`;
}

/** The text in lines of at most `width` characters (words are not split), each indented. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}${l}\n`).join('');
}
