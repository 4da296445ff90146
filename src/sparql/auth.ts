/**
 * HTTP authentication for endpoints: Basic, or Digest (RFC 7616, MD5 with qop=auth, as
 * Virtuoso's `/sparql-auth` and `/sparql-graph-crud-auth` ask for). Credentials are only
 * sent once the server asks for them; the answer is then reused for later requests.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A user name and password. */
export interface Credentials {
  user: string;
  password: string;
}

/** A parsed `WWW-Authenticate` challenge. */
export interface Challenge {
  scheme: 'basic' | 'digest';
  params: Record<string, string>;
}

/**
 * The challenge of a 401 answer, if it is one claimgraph can answer.
 *
 * @example
 * parseChallenge('Digest realm="SPARQL", nonce="abc", qop="auth"') // { scheme: 'digest', params: { realm: 'SPARQL', nonce: 'abc', qop: 'auth' } }
 */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(basic|digest)\b(.*)$/is.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const [, key, quoted, bare] of match[2]!.matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
    params[key!.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare!;
  }
  return { scheme: match[1]!.toLowerCase() as Challenge['scheme'], params };
}

const md5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

/**
 * Answers challenges for one endpoint, counting Digest nonces.
 *
 * @example
 * const auth = new Authenticator({ user: 'dba', password: 'dba' });
 * if (response.status === 401 && auth.accept(response.headers.get('www-authenticate'))) headers.authorization = auth.header('POST', url);
 */
export class Authenticator {
  readonly #credentials: Credentials;
  #challenge: Challenge | undefined;
  #count = 0;

  constructor(credentials: Credentials) {
    this.#credentials = credentials;
  }

  /** Takes the challenge of a 401 answer; false when it is none this class can answer. */
  accept(header: string | null): boolean {
    const challenge = parseChallenge(header);
    if (!challenge) return false;
    const algorithm = challenge.params.algorithm;
    if (challenge.scheme === 'digest' && algorithm !== undefined && algorithm.toUpperCase() !== 'MD5') return false;
    this.#challenge = challenge;
    this.#count = 0;
    return true;
  }

  /** The `Authorization` header for a request, once a challenge was accepted. */
  header(method: string, url: string): string | undefined {
    const challenge = this.#challenge;
    if (!challenge) return undefined;
    const { user, password } = this.#credentials;
    if (challenge.scheme === 'basic') return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
    const { realm = '', nonce = '', opaque, qop, algorithm } = challenge.params;
    const target = new URL(url);
    const uri = `${target.pathname}${target.search}`;
    const ha1 = md5(`${user}:${realm}:${password}`);
    const ha2 = md5(`${method}:${uri}`);
    const parts = [`username="${user}"`, `realm="${realm}"`, `nonce="${nonce}"`, `uri="${uri}"`];
    if (qop && qop.split(',').map((q) => q.trim()).includes('auth')) {
      const nc = (++this.#count).toString(16).padStart(8, '0');
      const cnonce = randomBytes(8).toString('hex');
      parts.push(`qop=auth`, `nc=${nc}`, `cnonce="${cnonce}"`, `response="${md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`)}"`);
    } else {
      parts.push(`response="${md5(`${ha1}:${nonce}:${ha2}`)}"`);
    }
    if (opaque !== undefined) parts.push(`opaque="${opaque}"`);
    if (algorithm !== undefined) parts.push(`algorithm=${algorithm}`);
    return `Digest ${parts.join(', ')}`;
  }
}
