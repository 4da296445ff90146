import type { Sentence, TextSpan } from '../../model/document';

/**
 * Where a sentence breaks into clauses that can each carry a claim of their own: semicolons,
 * dashes, a comma before a conjunction or a relative word ("…, while Moscow …",
 * "…, which …"), and the "that" after a verb of saying ("a source emphasizing that the vote
 * …"), which starts what is said. Coarse on purpose: a claim's subject and object are
 * looked for in its clause.
 */
const BREAK = /;|\s[—–]\s|,\s+(?=(?:but|while|whereas|although|though|and|yet|which|who|where|as|after|before|when|since|because|saying|adding)\b)|(?<=\b(?:said|says|saying|stated|stating|added|adding|noted|noting|stressed|stressing|emphasi[sz]ed|emphasi[sz]ing|argued|arguing|insisted|insisting|asserted|asserting|assert|claimed|claiming|warned|warning|announced|announcing|confirmed|confirming|denied|denying)\s+)(?=that\b)/g;

/**
 * The clauses of a sentence, as spans into the document's text.
 *
 * @example
 * splitClauses({ start: 0, end: 40, index: 0, text: 'Putin met Raisi; Israel struck Gaza.' }).map((c) => c.text)
 * // ['Putin met Raisi', ' Israel struck Gaza.']
 */
export function splitClauses(sentence: Sentence): TextSpan[] {
  const clauses: TextSpan[] = [];
  let at = 0;
  for (const match of sentence.text.matchAll(BREAK)) {
    clauses.push(span(sentence, at, match.index));
    at = match.index + match[0].length;
  }
  clauses.push(span(sentence, at, sentence.text.length));
  return clauses.filter((c) => /\p{L}/u.test(c.text));
}

function span(sentence: Sentence, from: number, to: number): TextSpan {
  return { start: sentence.start + from, end: sentence.start + to, text: sentence.text.slice(from, to) };
}
