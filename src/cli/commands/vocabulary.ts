import type { Command } from 'commander';
import { PREDICATES } from '../../extract/claims/vocabulary';
import { vocabularyTurtle } from '../../rdf';
import { writeOutput } from '../output';
import { outOption } from '../options';

/** `claimgraph vocabulary`: print the `cg:` vocabulary (classes, properties, the predicates of claims, labels, comments) as Turtle. */
export function vocabularyCommand(program: Command): void {
  program
    .command('vocabulary')
    .description('write the cg: vocabulary (with the predicates of claims) as Turtle')
    .addOption(outOption())
    .addHelpText('after', '\nExample:\n  $ claimgraph vocabulary --out claimgraph.ttl\n')
    .action(async (options: { out?: string }) => {
      await writeOutput(options.out, async (out) => void out.write(vocabularyTurtle({ predicates: PREDICATES })));
    });
}
