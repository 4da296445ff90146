import { isUpper, isWordChar } from '../../util/chars';
import { rangeAt } from '../../util/sorted-ranges';
import { COMMON_ACRONYMS, KIND_BY_LAST_WORD, NAME_JOINERS } from '../data/cues';

/** A capitalised name the lexicon did not match: where it stands and its words. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  words: string[];
}

const CAPITALISED = /(?:al-)?\p{Lu}[\p{L}\p{N}'\-]*|\p{N}+[\p{L}\p{N}\-]*/uy;
const WORD = /[\p{L}\p{N}'\-]+/uy;
const SPACE = /[ \t]+/y;

/** Function words and discourse markers that are capitalised only because they open a sentence. */
const SENTENCE_OPENERS = new Set(
  ('a an the this that these those it its he she they we i you his her their our my in on at by for from to of with as if when while after before since ' +
    'but and or yet so however meanwhile moreover furthermore also still thus then there here what which who whom whose where why how ' +
    'many much some any all both each every no not one two three such despite although though because unlike like according amid among ' +
    'during through throughout earlier later today yesterday now once instead indeed crucially similarly consequently nevertheless ' +
    'finally first second third last next other another more most less least only even just already')
    .split(' '),
);
const MONTHS_AND_DAYS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const ROMAN = /^[IVXLC]+$/;
/** Abbreviations inside names, whose full stop does not end a sentence. */
const ABBREVIATIONS = /^(?:St|Ste|Mt|Ft|Pt|Jr|Sr|Gen|Col|Lt|Sgt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Co|Inc|Ltd|Corp)$/;
/** Adjectives of place that end a phrase ("Middle Eastern"): not a name. */
const ADJECTIVE_END = /(?:ern|ese|ish)$/;
/** Adjectives and group nouns formed from names ("Western", "Islamist", "Gazans"): not names themselves. */
const DERIVED_WORD = /(?:ist|ists|ism|ern|ian|ians|ean|eans|ese|ish|ic|ics|an|ans|is|s)$/;

/**
 * Capitalised names in `text` (the folded text: plain apostrophes) that lie outside the `covered` ranges (what the lexicon and
 * the title words already explain): runs of capitalised words, joined by small words
 * ("Board of Peace", "Bashar al-Assad"). A capitalised function word opening a sentence is
 * left out; a lone word is kept only when it looks like a name (not a month, a roman
 * numeral, a derived adjective or plural, nor a word the document also writes in lower case).
 *
 * @example
 * findNameCandidates('Frank Lowenstein said so.', [], { sentenceStarts: new Set([0]), writtenLowerCase: () => false, isDemonym: () => false }).map((c) => c.text)  // ['Frank Lowenstein']
 */
export function findNameCandidates(text: string, covered: ReadonlyArray<{ start: number; end: number }>, context: NameContext): NameCandidate[] {
  const { sentenceStarts } = context;
  const found: Array<{ candidate: NameCandidate; opensSentence: boolean }> = [];
  const isCovered = coverageTest(covered);
  let at = 0;
  while (at < text.length) {
    const next = nextCapital(text, at);
    if (next < 0) break;
    const candidate = readName(text, next, isCovered);
    at = candidate ? candidate.end : next + 1;
    if (!candidate) continue;
    const opensSentence = sentenceStarts.has(candidate.start) || sentenceStarts.has(candidate.start - 1);
    const trimmed = trimOpener(candidate, opensSentence, context.writtenLowerCase);
    if (trimmed && looksLikeName(trimmed, context)) found.push({ candidate: trimmed, opensSentence: trimmed === candidate && opensSentence });
  }
  // a lone capitalised word opening a sentence ("Simultaneously") is a name only if the text capitalises it elsewhere too
  const midSentence = new Set(found.filter((f) => !f.opensSentence).map((f) => f.candidate.text));
  return found.filter((f) => !f.opensSentence || f.candidate.words.length > 1 || midSentence.has(f.candidate.text)).map((f) => f.candidate);
}

/** What {@link findNameCandidates} knows about the document. */
export interface NameContext {
  /** Offsets where sentences start. */
  sentenceStarts: ReadonlySet<number>;
  /** Whether the document also writes the word in lower case (then it is a common word). */
  writtenLowerCase: (word: string) => boolean;
  /** Whether a word is a demonym ("Arab", "Israeli"). */
  isDemonym: (word: string) => boolean;
}

/** The next capital opening a word (or the Arabic article before one: "al-Hadath") at or after `from`, or -1. */
function nextCapital(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (!isUpper(text, i)) continue;
    const article = i - 3 >= from && text.startsWith('al-', i - 3) ? i - 3 : i;
    const before = text[article - 1];
    if (article === 0 || !(isWordChar(text, article - 1) || before === "'" || before === '-')) return article;
  }
  return -1;
}

function coverageTest(covered: ReadonlyArray<{ start: number; end: number }>): (at: number) => boolean {
  // merged, so that the ranges do not overlap (a title inside a name)
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of [...covered].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return (at) => rangeAt(merged, at) >= 0;
}

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

/** The longest run of capitalised words (with joiners between them) starting at `start`. */
function readName(text: string, start: number, isCovered: (at: number) => boolean): NameCandidate | null {
  const words: string[] = [];
  let end = start;
  let at = start;
  while (at < text.length && !isCovered(at)) {
    const matched = matchAt(CAPITALISED, text, at);
    if (!matched) break;
    // a possessive ends the name: "Israel's", "Abbas'"
    const word = matched.replace(/'s?$/, '');
    if (word.length === 0) break;
    words.push(word);
    at += word.length;
    // an abbreviation's full stop belongs to the name: "St. Petersburg"
    if (ABBREVIATIONS.test(word) && /^\.\s+\p{Lu}/u.test(text.slice(at, at + 3))) at += 1;
    end = at;
    if (word !== matched) break;
    // look ahead: spaces, small joiners, then another capitalised word not covered
    let look = at;
    const joiners: string[] = [];
    for (;;) {
      const space = matchAt(SPACE, text, look);
      if (!space) break;
      const after = look + space.length;
      const joiner = matchAt(WORD, text, after);
      if (joiner && NAME_JOINERS.has(joiner) && joiners.length < 2) {
        joiners.push(joiner);
        look = after + joiner.length;
        continue;
      }
      look = after;
      break;
    }
    if (look === at || !matchAt(CAPITALISED, text, look) || isCovered(look)) break;
    words.push(...joiners);
    at = look;
  }
  return words.length > 0 ? { start, end, text: text.slice(start, end), words } : null;
}

/** Drops a first word that is capitalised only because it opens the sentence ("However", "Reports"). */
function trimOpener(candidate: NameCandidate, opensSentence: boolean, writtenLowerCase: (word: string) => boolean): NameCandidate | null {
  const first = candidate.words[0]!;
  if (!opensSentence || !(SENTENCE_OPENERS.has(first.toLowerCase()) || (candidate.words.length > 1 && writtenLowerCase(first)))) return candidate;
  const rest = candidate.words.slice(1);
  while (rest.length > 0 && NAME_JOINERS.has(rest[0]!)) rest.shift();
  if (rest.length === 0) return null;
  const start = candidate.text.indexOf(rest[0]!, first.length) + candidate.start;
  return { start, end: candidate.end, text: candidate.text.slice(start - candidate.start), words: rest };
}

function looksLikeName(candidate: NameCandidate, { writtenLowerCase, isDemonym }: NameContext): boolean {
  const word = candidate.words[0]!;
  if (MONTHS_AND_DAYS.test(word)) return false; // a date, read by the temporal tagger
  // compounds of a name and a common word or a demonym are adjectives: "Hebrew-language", "Arab-Israeli", "U-turn"
  if (candidate.words.some((w) => w.includes('-') && w.replace(/^al-/, '').split('-').some((part) => /^\p{Ll}/u.test(part) || isDemonym(part)))) return false;
  if (candidate.words.length > 1) {
    const named = candidate.words.filter((w) => !NAME_JOINERS.has(w));
    return !ADJECTIVE_END.test(named[named.length - 1]!) && !named.every((w) => DERIVED_WORD.test(w));
  }
  if (/^\p{N}/u.test(word)) return /\p{L}/u.test(word) && /-/.test(word); // "S-300" but not "2024"
  if (ROMAN.test(word) || SENTENCE_OPENERS.has(word.toLowerCase())) return false;
  if (word === word.toUpperCase()) return word.length >= 2 && !COMMON_ACRONYMS.has(word); // an acronym
  return !DERIVED_WORD.test(word) && !writtenLowerCase(word);
}

/** The kind a name's words announce, the last such word deciding ("Ministry of Foreign Affairs" → GovernmentBody). */
export function kindFromWords(words: readonly string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const kind = KIND_BY_LAST_WORD[words[i]!];
    if (kind) return kind;
  }
  return undefined;
}
