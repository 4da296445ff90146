const NON_ASCII = /[^\x00-\x7F]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\u02BB\u0060\u00B4]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const cache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    if (APOSTROPHES.test(char)) folded = "'";
    else if (DASHES.test(char)) folded = '-';
    else {
      // keep the length: only a character that decomposes into one base letter plus marks is replaced
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      folded = base.length === 1 ? base : char;
    }
    cache.set(char, folded);
  }
  return folded;
}

/**
 * The text with diacritics removed and typographic apostrophes and dashes made plain,
 * **one code unit for one code unit**, so that offsets found in the folded text are
 * offsets into the original. Case is kept. Characters that do not fold to one code
 * unit (ligatures, astral characters) are kept as they are.
 *
 * @example
 * foldForMatching('Erdoğan’s')  // "Erdogan's"
 */
export function foldForMatching(text: string): string {
  return text.replace(NON_ASCII, foldChar);
}
