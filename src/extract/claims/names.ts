/**
 * How the names around a trigger stand to one another: which only qualify the next one
 * ("Israeli Prime Minister Benjamin Netanyahu", "the Ramallah-based Palestinian Authority"),
 * which sit in a prepositional phrase, which modify the noun after them.
 */
import { HONORIFICS, MODIFIER_SUFFIXES, SEAT_NOUNS } from '../data/cues';
import type { LinkedMention } from '../linking/types';

/** An honorific before a name the mention leaves out: "between [Mr] Biden and [Mr] Netanyahu". */
export const HONORIFIC = `(?:(?:${HONORIFICS.join('|')})\\.?\\s+)?`;

const PREPOSITION_BEFORE = /\b(?:of|in|on|at|from|to|with|by|between|for|against|over|among)\s+(?:the\s+)?$/i;

/** The same without "of": "the draft resolution of [the Security Council] called for" — the owner stands in for a head that is no name. */
export const PREPOSITION_BEFORE_VERB = /\b(?:in|on|at|from|to|with|by|between|for|against|over|among)\s+(?:the\s+)?$/i;

const AND_BEFORE = /\b(?:and|or)\s+(?:the\s+)?$/i;

/** A staff title between an organisation and a person's name: "the Kremlin [spokesman,] Dmitry Peskov". */
const STAFF_TITLE_BETWEEN = /^\s+(?:spokes(?:man|woman|person)|official|envoy|ambassador|representative|chief|head|director|adviser|advisor)\s*,?\s+$/i;

/** Words that cannot stand inside a title between a demonym and a name. */
const TITLE_BREAK = /\b(?:in|at|on|to|from|with|by|for|over|after|before|during|and)\b/;

/**
 * The mentions that are not inside a prepositional phrase: "the US delegation to [the UN]
 * warned", "the clash between [Russia and NATO]". An English subject is never the object
 * of a preposition (the passive's "by X" is read apart).
 */
export function outsidePrepositions(text: string, mentions: readonly LinkedMention[], clauseStart: number, preposition = PREPOSITION_BEFORE): LinkedMention[] {
  let inPhrase = false;
  return mentions.filter((m) => {
    const lead = text.slice(Math.max(clauseStart, m.start - 20), m.start);
    // "the government in [Kyiv]" names the government itself (the linker reads it so)
    const seat = /(\p{L}+)\s+(?:in|from)\s+$/iu.exec(lead);
    inPhrase = (preposition.test(lead) && !(seat && SEAT_NOUNS.has(seat[1]!.toLowerCase()))) || (inPhrase && AND_BEFORE.test(lead));
    return !inPhrase;
  });
}

/**
 * A demonym or name that only modifies the name after it: "Israeli Prime Minister Benjamin
 * Netanyahu", "US President Joe Biden", "the Kremlin spokesman, Dmitry Peskov", "the
 * Ramallah-based Palestinian Authority" (and "Iran-backed", with no name after it).
 */
export function qualifiesNext(text: string, mention: LinkedMention, next: LinkedMention | undefined): boolean {
  // "Iran-backed militias": a modifier, never an argument, whatever follows
  if (MODIFIER_SUFFIXES.test(text.slice(mention.end, mention.end + 16))) return true;
  if (!next) return false;
  const between = text.slice(mention.end, next.start);
  // "the Iranian president, Ebrahim Raisi"
  // (a title, not a phrase: "his Sudanese counterpart in [Cairo]" is no title of Cairo's)
  if (mention.via === 'demonym') return /^[\s\p{Lu}][\p{L}\s.-]*,?\s*$/u.test(between) && !TITLE_BREAK.test(between) && next.start - mention.end <= 40;
  // "Turkey's Erdogan": whose leader
  if (/^['’]s\s+$/.test(between)) return true;
  // a title in capitals between them: the name before is whose office it is
  if (/^\s+(?:\p{Lu}\p{Ll}+\s+){1,3}$/u.test(between) && next.start - mention.end <= 40) return true;
  return STAFF_TITLE_BETWEEN.test(between);
}

/** Where the name `mentions[i]` starts, with the names that only qualify it: "[US] President Joe Biden", "[the Ramallah]-based Palestinian Authority". */
export function qualifiedStart(text: string, mentions: readonly LinkedMention[], i: number): number {
  let j = i;
  while (j > 0 && qualifiesNext(text, mentions[j - 1]!, mentions[j])) j--;
  return mentions[j]!.start;
}

/** Two names joined by a hyphen right before a noun: "the Putin-Netanyahu call". */
export function hyphenPair(text: string, before: readonly LinkedMention[], at: number): [LinkedMention, LinkedMention] | undefined {
  const [first, second] = before.slice(-2);
  if (!first || !second || first.entity === second.entity) return undefined;
  const joined = /^\s*[-–]\s*$/.test(text.slice(first.end, second.start)) && /^\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(second.end, at));
  return joined ? [first, second] : undefined;
}

/** A name or adjective stands right before the noun ("an Israeli strike", "Blinken's visit"), not a verb phrase. */
export function nounModified(text: string, before: readonly LinkedMention[], at: number): boolean {
  const last = before[before.length - 1];
  // one adjective may stand between ("an Israeli deadly strike"), not a preposition ("Palestinians in airstrikes")
  return last !== undefined && at - last.end <= 24 && /^(?:['’]s?)?\s*(?:(?!(?:in|on|at|of|by|for|with|from|to|into|across|after|during|and|or)\s)\p{Ll}+\s+)?$/u.test(text.slice(last.end, at));
}
