import { Option, type Command } from 'commander';
import { DEFAULT_BASE } from '../model/iri';

/* The options several commands share, defined once so that their flags and help read the same everywhere. */

/** `-m, --manifest <file>`: titles, outlets, URLs and dates the user gives. */
export const manifestOption = (): Option => new Option('-m, --manifest <file>', 'JSON manifest giving titles, outlets, URLs and dates');

/** `-o, --out <file>`: write there, atomically, instead of stdout. */
export const outOption = (): Option => new Option('-o, --out <file>', 'write here (atomically) instead of stdout');

/** `--base <iri>`: the base of minted IRIs. */
export const baseOption = (): Option => new Option('--base <iri>', 'base IRI for minted identifiers').default(DEFAULT_BASE);

/** `--strict`: the first file that cannot be loaded is fatal. */
export const strictOption = (): Option => new Option('--strict', 'stop at the first file that cannot be loaded');

/** `--json`: machine-readable output instead of the table. */
export const jsonOption = (what: string): Option => new Option('--json', `write ${what} as JSON (the README documents its shape)`);

/** The argument and options of a command that queries a graph: a corpus or a saved graph. */
export function graphInput(command: Command): Command {
  return command
    .argument('<inputs...>', 'a corpus directory, article files, or one saved graph (.json, .ttl, .trig, .nq)')
    .addOption(manifestOption())
    .addOption(baseOption())
    .addOption(strictOption());
}
