/**
 * The key a surface form is looked up under. Case-insensitive aliases are folded:
 * Unicode-normalised, diacritics removed, lower-cased, typographic apostrophes and dashes
 * made plain, full stops dropped (`U.N.` = `UN`), whitespace collapsed and a leading
 * "the " dropped, so that `the Kremlin`, `Kremlin` and `KREMLIN` share one key and
 * `Erdoğan` matches `Erdogan`.
 *
 * @example
 * aliasKey('The  Kremlin')   // 'kremlin'
 * aliasKey('Erdoğan')        // 'erdogan'
 * aliasKey('Sa’ar')          // "sa'ar"
 */
export function aliasKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC\u02BB`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The key of a case-sensitive alias: only whitespace and typographic apostrophes are
 * normalised, case and full stops are kept (`US` ≠ `us`, `IS` ≠ `is`).
 *
 * @example
 * exactKey(' US ')   // 'US'
 */
export function exactKey(text: string): string {
  return text.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}
