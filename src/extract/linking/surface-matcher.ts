import { isWordChar } from '../../util/chars';
import { foldForMatching } from './fold';

/** A name to find, and whether its case must match. */
export interface SurfaceForm {
  text: string;
  caseSensitive: boolean;
}

/** A stretch of text that matched one of the forms. */
export interface SurfaceHit {
  start: number;
  end: number;
  /** The text as it stands in the original. */
  text: string;
}

interface Node {
  next: Map<string, Node>;
  /** A case-insensitive form ends here: 'any' when written in lower case, 'capital' when the match needs a capital. */
  folded: 'any' | 'capital' | null;
  /** Case-sensitive forms ending here, as their exact tokens joined by spaces. */
  exact: Set<string> | null;
}

/** A word (or a symbol) of a folded text, with its lower case. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The words (runs of letters and digits) and single symbols of a folded text, full stops
 * and spaces left out, so that `U.S.` and `US` tokenize alike: what
 * {@link SurfaceMatcher.find} walks.
 */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 46 || c === 160) {
      i++;
      continue;
    }
    let end = i + 1;
    if (isWordChar(folded, i)) while (end < n && isWordChar(folded, end)) end++;
    else if (/\s/.test(folded[i]!)) {
      i++;
      continue;
    }
    const text = folded.slice(i, end);
    tokens.push({ text, lower: text.toLowerCase(), start: i, end });
    i = end;
  }
  return tokens;
}

/** A one-letter word and its full stop, which belongs to the name (`the U.S.`). */
const ABBREVIATION_END = /^[^\p{L}]?\p{Lu}\.$/u;

const node = (): Node => ({ next: new Map(), folded: null, exact: null });

/**
 * Finds many names in one pass over a text: the names are stored in a trie of their
 * words, and each position of the text walks it as far as it goes (no regex per name).
 * Matching is on the folded text ({@link foldForMatching}), by words, ignoring full
 * stops; case-insensitive forms match in any case, case-sensitive ones (`US`, surnames)
 * only as written. The result is the longest match at each position, leftmost first,
 * without overlaps; a "the" just before a match is part of it.
 *
 * @example
 * const matcher = new SurfaceMatcher([{ text: 'the Kremlin', caseSensitive: false }, { text: 'US', caseSensitive: true }]);
 * matcher.find('The Kremlin and the U.S. and us.').map((h) => h.text)  // ['The Kremlin', 'the U.S.']
 */
export class SurfaceMatcher {
  private readonly root = node();

  constructor(forms: Iterable<SurfaceForm>) {
    for (const form of forms) this.add(form);
  }

  private add(form: SurfaceForm): void {
    let tokens = tokenize(foldForMatching(form.text));
    // "the" is optional before a name, except where the rest is one word ("The National", "The Hill")
    if (tokens.length > 2 && tokens[0]!.lower === 'the') tokens = tokens.slice(1);
    if (tokens.length === 0) return;
    let at = this.root;
    for (const token of tokens) {
      let next = at.next.get(token.lower);
      if (!next) at.next.set(token.lower, (next = node()));
      at = next;
    }
    const lowerCase = tokens.every((t) => t.text === t.lower);
    if (!form.caseSensitive) at.folded = at.folded === 'any' || lowerCase ? 'any' : 'capital';
    else (at.exact ??= new Set()).add(tokens.map((t) => t.text).join(' '));
  }

  /**
   * The matches in `text`; pass `folded` (and its `tokens`) when the caller already has
   * them, to match several name lists over one tokenization.
   */
  find(text: string, folded: string = foldForMatching(text), tokens: readonly Token[] = tokenize(folded)): SurfaceHit[] {
    const hits: SurfaceHit[] = [];
    let i = 0;
    while (i < tokens.length) {
      const last = this.longestFrom(tokens, i);
      if (last < 0) {
        i += 1;
        continue;
      }
      const first = i > 0 && tokens[i - 1]!.lower === 'the' ? i - 1 : i;
      const start = tokens[first]!.start;
      const end = tokens[last]!.end + (ABBREVIATION_END.test(text.slice(tokens[last]!.end - 2, tokens[last]!.end + 1)) ? 1 : 0);
      hits.push({ start, end, text: text.slice(start, end) });
      i = last + 1;
    }
    return hits;
  }

  /** Index of the last token of the longest form starting at token `i`, or -1. */
  private longestFrom(tokens: readonly Token[], i: number): number {
    let at: Node | undefined = this.root;
    let found = -1;
    for (let j = i; j < tokens.length; j++) {
      at = at.next.get(tokens[j]!.lower);
      if (!at) break;
      if (at.folded === 'any' || (at.folded === 'capital' && hasCapital(tokens, i, j))) found = j;
      else if (at.exact?.has(joinTokens(tokens, i, j))) found = j;
    }
    return found;
  }
}

/** Names written with capitals do not match all-lowercase text ("china", "turkey", "chad"). */
function hasCapital(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (tokens[k]!.text !== tokens[k]!.lower) return true;
  return false;
}

function joinTokens(tokens: readonly Token[], i: number, j: number): string {
  let out = tokens[i]!.text;
  for (let k = i + 1; k <= j; k++) out += ` ${tokens[k]!.text}`;
  return out;
}
