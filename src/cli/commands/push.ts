import { InvalidArgumentError, Option, type Command } from 'commander';
import { SparqlError } from '../../errors';
import { EndpointStore, pushGraph } from '../../sparql';
import { loadGraphInput, type GraphInputOptions } from '../graph-input';
import { baseOption, manifestOption, strictOption } from '../options';

/** Environment variables read for the endpoint's credentials (safer than `--password`, which `ps` shows). */
export const USER_ENV = 'CLAIMGRAPH_SPARQL_USER';
export const PASSWORD_ENV = 'CLAIMGRAPH_SPARQL_PASSWORD';

/** The options of a command that talks to a SPARQL endpoint. */
export interface EndpointCommandOptions {
  endpoint?: string;
  graph?: string;
  user?: string;
  password?: string;
}

/**
 * `--endpoint`, `--graph`, `--user`, `--password`: shared by push, timeline and
 * contradictions, so that their flags and help read the same.
 */
export function endpointOptions(command: Command, endpointHelp: string): Command {
  return (
    command
      .addOption(new Option('--endpoint <url>', endpointHelp))
      .addOption(new Option('--graph <iri>', 'the named graph that holds the claims (as pushed with --graph)'))
      .addOption(new Option('--user <name>', `user for the endpoint (Basic or Digest, as it asks; or set ${USER_ENV})`))
      .addOption(new Option('--password <password>', `password for the endpoint (better: set ${PASSWORD_ENV})`))
      // without an endpoint these would be silently ignored: say so instead
      .hook('preAction', (self) => {
        const options = self.opts<EndpointCommandOptions>();
        const stray = (['graph', 'user', 'password'] as const).find((flag) => options[flag] !== undefined);
        if (stray && options.endpoint === undefined) self.error(`error: option '--${stray}' needs --endpoint`, { exitCode: 2, code: 'claimgraph.missingEndpoint' });
      })
  );
}

/** The endpoint store the options name; credentials from the options, else the environment. */
export function endpointStore(options: EndpointCommandOptions & { graphStore?: string; updateEndpoint?: string; batch?: number }): EndpointStore {
  const user = options.user ?? process.env[USER_ENV];
  const password = options.password ?? process.env[PASSWORD_ENV];
  if (password !== undefined && user === undefined) throw new SparqlError(`a password was given without a user (--user or ${USER_ENV})`, { field: 'user' });
  return new EndpointStore(options.endpoint!, {
    ...(options.graphStore && { graphStore: options.graphStore }),
    ...(options.updateEndpoint && { updateEndpoint: options.updateEndpoint }),
    ...(options.batch !== undefined && { batchSize: options.batch }),
    ...(user !== undefined && { user, password: password ?? '' }),
  });
}

interface PushOptions extends GraphInputOptions, EndpointCommandOptions {
  graphStore?: string;
  updateEndpoint?: string;
  batch?: number;
  replace?: boolean;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer.');
  return n;
}

/** `claimgraph push <inputs…> --endpoint URL`: load a graph into a SPARQL store. */
export function pushCommand(program: Command): void {
  const command = program
    .command('push')
    .description('load a corpus or saved graph into a SPARQL store (RDF 1.1 profile), for timeline and contradictions --endpoint')
    .argument('<inputs...>', 'a corpus directory, article files, or one saved graph (.json, .ttl, .trig, .nq)');
  endpointOptions(command, 'SPARQL 1.1 endpoint: queries, and SPARQL Update unless --update-endpoint or --graph-store is given')
    .addOption(new Option('--update-endpoint <url>', 'where SPARQL Update goes, when not to --endpoint'))
    .addOption(new Option('--graph-store <url>', 'load through this Graph Store Protocol endpoint (POST N-Triples) instead of SPARQL Update'))
    .addOption(new Option('--batch <n>', 'triples per request').argParser(positiveInteger).default(5000))
    .addOption(new Option('--replace', 'clear the graph first (SPARQL Update CLEAR), so that the push replaces what was there'))
    .addOption(manifestOption())
    .addOption(baseOption())
    .addOption(strictOption())
    .addHelpText(
      'after',
      `
Loading is additive and idempotent (the same triples twice are one set); requests are
retried with backoff on 5xx answers and network errors. Without --graph, each document's
assertions go to the document's own named graph and the rest to the default graph.

Examples:
  $ claimgraph push examples/corpus --endpoint http://localhost:3030/news/query \\
      --update-endpoint http://localhost:3030/news/update --graph urn:claimgraph:news
  $ ${USER_ENV}=dba ${PASSWORD_ENV}=secret claimgraph push corpus.ttl \\
      --endpoint http://localhost:8890/sparql --graph-store http://localhost:8890/sparql-graph-crud-auth \\
      --graph urn:claimgraph:news --batch 20000 --replace
  $ claimgraph contradictions --endpoint http://localhost:8890/sparql --graph urn:claimgraph:news

Virtuoso 7 has no default graph to write to: give --graph. Its /sparql-graph-crud-auth
and /sparql-auth endpoints take a user and password (Digest); the anonymous /sparql and
/sparql-graph-crud need the SPARQL_UPDATE role granted to the SPARQL user.
`,
    )
    .action(async (inputs: string[], options: PushOptions) => {
      if (!options.endpoint) command.error('claimgraph push: --endpoint <url> is required', { exitCode: 2, code: 'claimgraph.usage' });
      if (options.replace && options.graph === undefined) command.error('claimgraph push: --replace needs --graph (the whole store is never cleared)', { exitCode: 2, code: 'claimgraph.usage' });
      const { graph } = await loadGraphInput(inputs, options);
      const store = endpointStore(options);
      const started = Date.now();
      const result = await pushGraph(store, graph, { ...(options.graph !== undefined && { graph: options.graph }), ...(options.replace && { replace: true }) });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const target = options.graph === undefined ? 'the default and per-document graphs' : `<${options.graph}>`;
      process.stdout.write(`pushed ${result.quads} triples (${graph.size.assertions} assertions) to ${store.name}, ${target}, in ${result.requests} requests, ${seconds} s\n`);
    });
}
