import { FUTURE_WORDS, NOT_PAST_ED, PARTICIPLE_AFTER, PAST_WORDS, PERFECT_WORDS } from './data/tense-cues';

/**
 * Which way a clause looks from the time it was written: back (`past`), back up to now
 * (`perfect`, "has been held for two weeks") or ahead (`future`).
 */
export type Tense = 'past' | 'perfect' | 'future';

/** A word or phrase in a sentence that marks its tense. */
export interface TenseCue {
  readonly start: number;
  readonly end: number;
  readonly tense: Tense;
}

const FUTURE = new RegExp(`${FUTURE_WORDS}(?!\\w)`, 'gi');
const PERFECT = new RegExp(`${PERFECT_WORDS}(?!\\w)`, 'gi');
const PAST = new RegExp(`(?<![\\w'])${PAST_WORDS}(?!\\w)`, 'gi');
// Lower-case only: capitalised "-ed" words are names ("Ahmed", "Mohammed").
const REGULAR_PAST = /(?<![\w-])[a-z]{3,}ed(?![\w-])/g;

function matches(pattern: RegExp, text: string, tense: Tense): TenseCue[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, tense }));
}

function regularPasts(text: string): TenseCue[] {
  return [...text.matchAll(REGULAR_PAST)].flatMap((m) => {
    const word = m[0];
    const participle = PARTICIPLE_AFTER.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (word.endsWith('eed') || NOT_PAST_ED.has(word) || participle) return [];
    return [{ start: m.index, end: m.index + word.length, tense: 'past' as const }];
  });
}

/**
 * The tense cues of a sentence, in order. A word that is both ("has said") counts once,
 * as the longer cue.
 *
 * @example
 * findTenseCues('Officials said the vote will be held on Saturday.')
 * // [{ start: 10, end: 14, tense: 'past' }, { start: 24, end: 28, tense: 'future' }]
 */
export function findTenseCues(sentence: string): TenseCue[] {
  const all = [
    ...matches(PERFECT, sentence, 'perfect'),
    ...matches(FUTURE, sentence, 'future'),
    ...matches(PAST, sentence, 'past'),
    ...regularPasts(sentence),
  ];
  const kept: TenseCue[] = [];
  for (const cue of all) {
    if (!kept.some((k) => k.start < cue.end && cue.start < k.end)) kept.push(cue);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The tense of the cue nearest to the span `[start, end)` of a sentence, cues inside the
 * span left out; `null` when there is none or the nearest before and after disagree at
 * the same distance. The nearest verb is the one the time phrase most likely belongs to:
 * in "said on Saturday it will…", "on Saturday" goes with "said".
 *
 * @example
 * const text = 'Officials said on Saturday the vote will be held.';
 * tenseAt(findTenseCues(text), 18, 26)  // 'past'
 */
export function tenseAt(cues: readonly TenseCue[], start: number, end: number): Tense | null {
  let best: TenseCue | null = null;
  let bestDistance = Infinity;
  let tied = false;
  for (const cue of cues) {
    if (cue.start < end && start < cue.end) continue;
    const distance = cue.end <= start ? start - cue.end : cue.start - end;
    if (distance < bestDistance) {
      [best, bestDistance, tied] = [cue, distance, false];
    } else if (distance === bestDistance && best && best.tense !== cue.tense) {
      tied = true;
    }
  }
  return best && !tied ? best.tense : null;
}
