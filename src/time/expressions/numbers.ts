/** How a counted amount is qualified: "at least", "about" (also vague counts like "a few"). */
export type CountBound = 'at least' | 'at most' | 'about';

/** A count read from words: the number and, for vague counts, a bound. */
export interface Count {
  readonly n: number;
  readonly bound?: CountBound;
}

const UNITS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * Counts as a regular-expression source: digits, number words up to ninety-nine, and
 * the vague "a few", "few" ("the past few weeks"), "several", "a couple of". Anchored to words so that it cannot
 * run on through a long line.
 */
export const COUNT =
  '(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|a couple of|several|an?)';

/**
 * The count a {@link COUNT} match stands for; vague counts ("a few") read as about three,
 * "a couple of" as about two.
 *
 * @example
 * readCount('seven')        // { n: 7 }
 * readCount('twenty-four')  // { n: 24 }
 * readCount('a few')        // { n: 3, bound: 'about' }
 */
export function readCount(words: string): Count | undefined {
  const text = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(text)) return Number(text) > 0 ? { n: Number(text) } : undefined;
  if (text === 'a few' || text === 'few' || text === 'several') return { n: 3, bound: 'about' };
  if (text === 'a couple of') return { n: 2, bound: 'about' };
  const [tens = '', unit] = text.split('-');
  if (unit !== undefined) {
    const t = TENS[tens];
    const u = UNITS[unit];
    return t !== undefined && u !== undefined ? { n: t + u } : undefined;
  }
  const n = UNITS[text] ?? TENS[text];
  return n === undefined ? undefined : { n };
}
