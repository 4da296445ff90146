import type { Command } from 'commander';
import { vocabularyTurtle } from '../../rdf';
import { writeOutput } from '../output';
import { outOption } from '../options';

/** `claimgraph vocabulary`: print the `cg:` vocabulary (classes, properties, labels, comments) as Turtle. */
export function vocabularyCommand(program: Command): void {
  program
    .command('vocabulary')
    .description('write the cg: vocabulary as Turtle')
    .addOption(outOption())
    .addHelpText('after', '\nExample:\n  $ claimgraph vocabulary --out claimgraph.ttl\n')
    .action(async (options: { out?: string }) => {
      await writeOutput(options.out, async (out) => void out.write(vocabularyTurtle()));
    });
}
