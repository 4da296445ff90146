#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { ClaimgraphError } from '../errors';
import { contradictionsCommand } from './commands/contradictions';
import { evalCommand } from './commands/eval';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { pushCommand } from './commands/push';
import { reportCommand } from './commands/report';
import { stanceCommand } from './commands/stance';
import { timelineCommand } from './commands/timeline';
import { vocabularyCommand } from './commands/vocabulary';

/** Exit codes: 0 success, 1 bad input (a one-line message), 2 usage. */
const EXIT_BAD_INPUT = 1;
const EXIT_USAGE = 2;

function program(): Command {
  const cli = new Command('claimgraph')
    .description('news articles → a knowledge graph of dated, attributed claims, as RDF')
    .version(version)
    .option('--verbose', 'print stack traces of errors')
    .showHelpAfterError()
    .exitOverride();
  extractCommand(cli);
  exportCommand(cli);
  pushCommand(cli);
  timelineCommand(cli);
  contradictionsCommand(cli);
  stanceCommand(cli);
  reportCommand(cli);
  evalCommand(cli);
  vocabularyCommand(cli);
  return cli;
}

async function main(argv: string[]): Promise<void> {
  const cli = program();
  try {
    await cli.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and --version "fail" with exit code 0; everything else commander rejects is usage
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    // The reader of stdout went away (`claimgraph export … | head`): stop quietly, as Unix tools do.
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return;
    const verbose = Boolean(cli.opts().verbose);
    const message = error instanceof ClaimgraphError ? error.message : `unexpected error: ${(error as Error)?.message ?? error}`;
    process.stderr.write(`claimgraph: ${message}\n`);
    if (verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}

void main(process.argv);
