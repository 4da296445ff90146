import { readDateline } from './dateline';
import { isEnglish, isNameList, isOtherLanguage, isSiteBanner, isWebChrome } from './line-kinds';
import { bodyStart, endsWithFullStop, wordsOf, type Line } from './lines';

/** Options for {@link detectHeadline}. */
export interface DetectHeadlineOptions {
  /** BCP 47 language of the article (default `en`); lines in another language are not its headline. */
  language?: string;
  /** Fewest words a headline has (default 3): shorter lines are kickers or section labels. */
  minWords?: number;
  /** Most words a headline has (default 40). */
  maxWords?: number;
}

/**
 * Finds the headline: the first line above the article body that reads like a title —
 * no closing full stop, a title's length, and not a site banner, dateline, web widget or
 * line in another language, nor a comma-separated list of names. A Title Case headline of names only ("Biden Slams Netanyahu
 * Strategy") is still a headline: a tag list is recognised only below it. Returns `null` when the article has none
 * (e.g. it opens straight with a paragraph of prose).
 *
 * @example
 * detectHeadline(splitLines('Vietnam.vn - Nền tảng quảng bá Việt Nam\n\nWhat is happening to US-Israel relations?\n\nOn March 25, the Council voted for a ceasefire in Gaza.'))
 * // { text: 'What is happening to US-Israel relations?', index: 1, … }
 */
export function detectHeadline(lines: readonly Line[], options: DetectHeadlineOptions = {}): Line | null {
  const { language = 'en', minWords = 3, maxWords = 40 } = options;
  const readsLikeTitle = (line: Line): boolean => {
    const words = wordsOf(line.text).length;
    return (
      words >= minWords &&
      words <= maxWords &&
      !endsWithFullStop(line.text) &&
      !isSiteBanner(line.text) &&
      !isNameList(line.text) &&
      !isWebChrome(line.text) &&
      !(isEnglish(language) && isOtherLanguage(line.text)) &&
      !readDateline(line)
    );
  };
  return lines.slice(0, bodyStart(lines)).find(readsLikeTitle) ?? null;
}
