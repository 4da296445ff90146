/** The CLI's endpoint flags without a server: usage, help, and an endpoint that does not answer. */
import { createServer } from 'node:net';
import { runCli } from '../cli/run-cli';

jest.setTimeout(60_000);

/** A loopback port with nothing listening on it. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('claimgraph push / --endpoint', () => {
  it('documents push with examples, and --endpoint on timeline and contradictions', () => {
    const push = runCli(['push', '--help']);
    expect(push.status).toBe(0);
    expect(push.stdout).toMatch(/Usage: claimgraph push \[options\] <inputs\.\.\.>/);
    for (const flag of ['--endpoint <url>', '--graph <iri>', '--graph-store <url>', '--batch <n>', '--user <name>', '--password <password>', '--replace', 'CLAIMGRAPH_SPARQL_PASSWORD', 'Examples:']) expect(push.stdout).toContain(flag);
    for (const command of ['timeline', 'contradictions']) {
      const help = runCli([command, '--help']).stdout;
      expect(help).toContain('--endpoint <url>');
      expect(help).toMatch(/--endpoint http:\/\/localhost:8890\/sparql --graph urn:claimgraph:news/);
    }
    expect(runCli(['--help']).stdout).toMatch(/\n {2}push \[options\] <inputs\.\.\.>/);
  });

  it('is a usage error (exit 2) without --endpoint for push, or without inputs and --endpoint for the questions', () => {
    expect(runCli(['push', 'examples/corpus'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--endpoint <url> is required') });
    expect(runCli(['timeline', 'Putin'])).toMatchObject({ status: 2, stderr: expect.stringContaining("missing required argument 'inputs' (or give --endpoint)") });
    expect(runCli(['contradictions'])).toMatchObject({ status: 2, stderr: expect.stringContaining('(or give --endpoint)') });
    expect(runCli(['push', 'examples/corpus', '--endpoint', 'http://127.0.0.1:1/sparql', '--batch', '0']).status).toBe(2);
    expect(runCli(['push', 'examples/corpus', '--endpoint', 'http://127.0.0.1:1/sparql', '--replace'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--replace needs --graph') });
  });

  it('fails with one line (exit 1) when the endpoint does not answer, after retrying', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/sparql`;
    const { status, stderr } = runCli(['contradictions', '--endpoint', endpoint]);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^claimgraph: EndpointStore\\.query: cannot reach ${endpoint.replace(/[.]/g, '\\.')} \\(ECONNREFUSED; tried 4 times\\)\\n$`));
  });
});
