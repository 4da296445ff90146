import type { BoilerplateReason, RemovedLine } from '../model/document';
import type { Dateline } from './dateline';
import { isEnglish, isOtherLanguage, isSiteBanner, isTagList, isWebChrome } from './line-kinds';
import { bodyStart, endsSentence, isParagraph, sameLine, wordsOf, type Line } from './lines';

/** Options for {@link findBoilerplate}: what the layout analysis already found. */
export interface FindBoilerplateOptions {
  /** The headline line, from {@link detectHeadline}. */
  headline?: Line | null;
  /** The dateline, from {@link findDateline}. */
  dateline?: Dateline | null;
  /** BCP 47 language of the article (default `en`). */
  language?: string;
}

/** Index of the last line that ends a sentence of a few words: the end of the article proper. */
function lastSentenceLine(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line && endsSentence(line.text) && wordsOf(line.text).length >= 3) return i;
  }
  return -1;
}

/**
 * Finds the lines that are site chrome rather than article text, each with its reason:
 * lines above the headline (`banner`), the headline printed again and anything between
 * the two prints or a tag list under it (`repeated`, `tagline`), the `dateline`, comment
 * and share widgets (`widget`), lines in another language (`translation`), a heading
 * printed twice in a row (`repeated`), and the short non-sentence lines after the last
 * sentence (`navigation`). Section headings and captions inside the body stay.
 * Spans point into the original text; nothing is modified.
 *
 * @example
 * const lines = splitLines('Headline of the story\n\nHeadline of the story\n\nThe body says what happened.\n\nWrite a comment');
 * findBoilerplate(lines, { headline: lines[0] })
 * // [{ text: 'Headline of the story', reason: 'repeated', … }, { text: 'Write a comment', reason: 'widget', … }]
 */
export function findBoilerplate(lines: readonly Line[], options: FindBoilerplateOptions = {}): RemovedLine[] {
  const { headline = null, dateline = null, language = 'en' } = options;
  const body = bodyStart(lines);
  const headlineAt = headline?.index ?? -1;
  const inHead = (line: Line) => line.index > headlineAt && line.index < body;
  const reprint = headline ? lines.find((line) => inHead(line) && sameLine(line.text, headline.text)) : undefined;
  const articleEnd = lastSentenceLine(lines);

  let previous: Line | null = null;
  const reasonFor = (line: Line): BoilerplateReason | null => {
    if (isWebChrome(line.text)) return 'widget';
    if (line.index === dateline?.line.index) return 'dateline';
    if (line.index < headlineAt || (line.index < body && isSiteBanner(line.text))) return 'banner';
    if (headline && inHead(line)) {
      if (line === reprint) return 'repeated';
      if ((reprint && line.index < reprint.index) || isTagList(line.text)) return 'tagline';
    }
    if (isEnglish(language) && isOtherLanguage(line.text)) return 'translation';
    if (previous && !isParagraph(line) && sameLine(previous.text, line.text)) return 'repeated';
    if (articleEnd >= 0 && line.index > articleEnd && !endsSentence(line.text)) return 'navigation';
    return null;
  };

  const removed: RemovedLine[] = [];
  for (const line of lines) {
    const reason = reasonFor(line);
    if (reason) removed.push({ start: line.start, end: line.end, text: line.text, reason });
    else previous = line;
  }
  return removed;
}
