import { WEB_CHROME_PATTERNS } from './data/web-chrome';
import { wordsOf } from './lines';

/**
 * What a single line looks like on its own. The layout rules (headline, boilerplate)
 * combine these with where the line stands.
 */

/** A comment widget, share button or menu entry (see `data/web-chrome.ts`). */
export function isWebChrome(text: string): boolean {
  return WEB_CHROME_PATTERNS.some((pattern) => pattern.test(text));
}

const DOMAIN = String.raw`[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}`;
const SEPARATOR = String.raw`(?:\s+[-–—]\s+|\s*[|•·]\s*)`;
const SITE_NAME = new RegExp(`^${DOMAIN}(?:${SEPARATOR}.*)?$|^.*${SEPARATOR}${DOMAIN}$`, 'u');

/**
 * A site banner: a domain name standing alone or joined to a slogan by a separator
 * (`Vietnam.vn - Nền tảng quảng bá Việt Nam`, `News | example.com`). A headline that
 * merely mentions a site (`Amazon.com cuts jobs`) is not one.
 */
export function isSiteBanner(text: string): boolean {
  return SITE_NAME.test(text);
}

const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const isName = (item: string): boolean => {
  const words = item.split(/\s+/);
  return words.length <= 4 && words.every((word) => NAME_WORD.test(word));
};

/** A list of capitalised names separated by commas, pipes or hashes (`Iran | Israel | UN`). */
export function isNameList(text: string): boolean {
  const items = text.split(/\s*[,|•·;#]\s*/).filter(Boolean);
  return items.length >= 2 && !/[.!?]$/.test(text) && items.every(isName);
}

/**
 * A tag list: a {@link isNameList | name list}, or four or more capitalised words with no
 * small word or punctuation between them (`Vladimir Putin Benjamin Netanyahu`). A Title
 * Case heading has a small word or punctuation ("Escalating Conflict in Gaza") or is
 * short ("Geopolitical Implications").
 */
export function isTagList(text: string): boolean {
  if (isNameList(text)) return true;
  const words = text.split(/\s+/);
  return words.length >= 4 && words.every((word) => NAME_WORD.test(word));
}

/** Whether a BCP 47 tag names English, the language {@link isOtherLanguage} tells other text apart from. */
export function isEnglish(language: string): boolean {
  return /^en\b/i.test(language);
}

const NON_ASCII_LETTER = /[^\x00-\x7F]/;

/**
 * A line in another language than an English article, such as an untranslated caption
 * (`Mỹ chuyển hướng sách lược đối với Israel?`). Names may carry diacritics
 * ("Nguyễn Phú Trọng met Biden"), so only uncapitalised words count: the line is foreign
 * when at least two of them, and a third of all of them, hold a non-ASCII letter.
 * Lines in a script without case (Arabic, Chinese) count in full.
 */
export function isOtherLanguage(text: string): boolean {
  const common = wordsOf(text).filter((word) => !/^\p{Lu}/u.test(word) && /\p{L}/u.test(word));
  const foreign = common.filter((word) => NON_ASCII_LETTER.test(word)).length;
  return foreign >= 2 && foreign * 3 >= common.length;
}
