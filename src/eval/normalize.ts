/** Typographic single quotes and apostrophe look-alikes, made `'`. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u02BB`\u00B4]/g;
/** Typographic double quotes, made `"`. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/**
 * The key under which evaluation compares entity names (a predicted entity's label,
 * aliases and mention texts against a gold entity's label and aliases). In this order:
 *
 * 1. Unicode NFKD, then every combining mark dropped (diacritics: `Erdoğan` → `Erdogan`);
 * 2. lower-cased;
 * 3. typographic apostrophes and single quotes (`‘ ’ ‚ ‛ ′ ʼ ʻ` and the backtick and
 *    acute accent) made `'`, typographic double quotes (`“ ” „ ‟ ″ « »`) made `"`;
 * 4. every full stop dropped (`U.N.` → `un`, `Mr.` → `mr`);
 * 5. runs of whitespace made one space, and the ends trimmed;
 * 6. one leading `the ` dropped;
 * 7. one trailing possessive `'s` dropped (`Trump's` → `trump`).
 *
 * Nothing else is changed: hyphens, dashes, other punctuation and inner words are kept.
 * The rules are fixed here rather than borrowed from the lexicon's lookup key, so that a
 * score means the same thing when the lexicon changes.
 *
 * @example
 * normalizeEvalName('The  Kremlin')          // 'kremlin'
 * normalizeEvalName('Turkey’s Erdoğan')      // "turkey's erdogan"
 * normalizeEvalName('Netanyahu’s')           // 'netanyahu'
 * normalizeEvalName('Mr. Biden')             // 'mr biden'
 */
export function normalizeEvalName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s$/, '');
}
