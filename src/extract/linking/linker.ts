import nlp from 'compromise';
import { aliasKey } from '../../lexicon/normalize';
import { defaultLexicon } from '../../lexicon/load';
import type { Lexicon, LexiconMatch } from '../../lexicon/lexicon';
import type { LexiconEntry } from '../../lexicon/types';
import { cleanText, type Document } from '../../model/document';
import type { TimeSpan } from '../../time/timespan';
import { HONORIFICS, SPEECH_VERBS } from '../data/cues';
import { chooseEntry } from './choose-entry';
import { foldForMatching } from './fold';
import { findNameCandidates, kindFromWords, type NameCandidate } from './provisional';
import { RoleReader, type NameSpan, type TitleHit } from './roles';
import { SurfaceMatcher, tokenize, type SurfaceHit } from './surface-matcher';
import type { DocumentLinks, LinkedMention, ProvisionalEntity, RoleMention } from './types';
import { isWordChar } from '../../util/chars';
import { lastStartingBy, rangeAt } from '../../util/sorted-ranges';

/** Options for {@link EntityLinker}. */
export interface EntityLinkerOptions {
  /** Who is who (default: the lexicon shipped with the package). */
  lexicon?: Lexicon;
}

/** Options for {@link EntityLinker.link}. */
export interface LinkOptions {
  /**
   * When the document was published, as far as known: titles without a name ("the
   * Russian President") resolve to whoever held the office then. Default: the document's
   * own `published.time`.
   */
  date?: TimeSpan | null;
}

const PROVISIONAL = 'provisional:';
const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.toLowerCase()));
const personNames = new Map<string, boolean>();

/** Whether compromise reads the words as a person's name (cached: the same names recur). */
function looksLikePerson(label: string): boolean {
  let person = personNames.get(label);
  if (person === undefined) {
    person = nlp(label).people().found;
    personNames.set(label, person);
  }
  return person;
}

/**
 * Finds the entities a document mentions and links them to the lexicon, at the
 * document's date. Build one and reuse it: the matchers over every lexicon name and
 * title are built once.
 *
 * - Names, metonyms, loaded names, demonyms and titles are found in one pass each over
 *   the cleaned text (see {@link SurfaceMatcher}), longest match first, with case rules.
 * - Office phrases ("the Russian President", "interim Prime Minister Yair Lapid",
 *   "Turkey's Erdogan", "Mr. Lapid") resolve through dated roles at the date.
 * - Capitalised names the lexicon lacks become provisional entities, their kind guessed
 *   from their last word ("… Council"), the context (a title or "said") or, failing
 *   those, compromise's reading of the name.
 * - Every mention keeps its offsets into the original text.
 *
 * @example
 * const linker = new EntityLinker();
 * const { mentions } = linker.link(document);
 * mentions[0]  // { start: 0, end: 9, text: 'Netanyahu', entity: 'benjamin-netanyahu', via: 'surname' }
 */
export class EntityLinker {
  readonly lexicon: Lexicon;
  private readonly names: SurfaceMatcher;
  private readonly words: SurfaceMatcher;
  private readonly lookups = new Map<string, LexiconMatch[]>();

  constructor(options: EntityLinkerOptions = {}) {
    this.lexicon = options.lexicon ?? defaultLexicon();
    this.names = new SurfaceMatcher(this.lexicon.surfaceForms());
    const titleWords = this.lexicon.titles.definitions.flatMap((d) => [d.title, ...d.synonyms]).map((text) => ({ text, caseSensitive: false }));
    this.words = new SurfaceMatcher([...titleWords, ...HONORIFICS.map((text) => ({ text, caseSensitive: true }))]);
  }

  /** The mentions, office phrases and provisional entities of one document. */
  link(document: Document, options: LinkOptions = {}): DocumentLinks {
    const date = options.date === undefined ? document.published.time : options.date;
    const text = cleanText(document);
    const folded = foldForMatching(text);
    const view: DocumentView = { document, text, folded, date, titleCase: titleCaseRanges(document) };

    // 1. every lexicon name, title and honorific, in one tokenization
    const tokens = tokenize(folded);
    const nameHits = this.names.find(text, folded, tokens);
    const wordHits = this.words.find(text, folded, tokens);
    const words = readWords(withoutOverlaps(wordHits, nameHits), this.lexicon);
    // 2. which entry each name means here
    const names = this.chooseNames(view, nameHits, words);
    // 3. capitalised names the lexicon does not know
    const unknown = this.unknownNames(view, [...nameHits, ...wordHits], names);
    // 4. office phrases around the titles, resolved at the date
    const allNames = [...names, ...unknown.map((c): NameSpan => ({ start: c.start, end: c.end, entry: null }))].sort((a, b) => a.start - b.start);
    const reader = new RoleReader(folded, text, allNames, { lexicon: this.lexicon, date, sentenceOf: sentenceIndex(document) });
    const offices = readOffices(reader, words.titles, text);
    // 5. mentions: names, persons inside longer names, office phrases, unknown names, the outlet
    const mentions = [...offices.mentions, ...names.map((n) => mentionOf(text, n.start, n.end, n.entry.id, n.via))];
    const nested = this.nestedPersons(text, folded, names);
    mentions.push(...nested);
    const roles = [...offices.roles];
    for (const name of [...names, ...nested.map((m): NameSpan => ({ start: m.start, end: m.end, entry: this.lexicon.get(m.entity) ?? null }))]) {
      const government = reader.readGovernment(name);
      if (government) roles.push(government);
    }
    const provisional = this.provisional(text, unknown, mentions, { persons: offices.persons, resolvedUnknown: offices.resolvedUnknown, honorificEnds: words.honorificEnds });
    const outlet = this.outlet(document);
    if (outlet) {
      mentions.push(outlet.mention);
      if (outlet.entity) provisional.push(outlet.entity);
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    roles.sort((a, b) => a.start - b.start);
    return { mentions, roles, provisional };
  }

  /** Chooses the entry each name hit means here (see {@link chooseEntry}); hits that stay open are dropped. */
  private chooseNames(view: DocumentView, hits: readonly SurfaceHit[], words: Words): ChosenName[] {
    const candidates = hits.map((hit) => this.lookup(hit.text));
    const namedInFull = new Set<string>();
    for (const matches of candidates) {
      for (const m of matches) if (m.entry.kind === 'Person' && (m.via === 'label' || m.via === 'alias')) namedInFull.add(m.entry.id);
    }
    const countryEnds = new Set<number>();
    const names: ChosenName[] = [];
    hits.forEach((hit, i) => {
      const matches = candidates[i]!;
      const entry = chooseEntry(matches, {
        lexicon: this.lexicon,
        previousWords: wordsBefore(view.folded, hit.start, 2),
        introduced: introducedAt(view.folded, hit.start, words.honorificEnds, words.titleEnds, countryEnds),
        titleCaseLine: view.titleCase(hit.start),
        namedInFull,
        date: view.date,
      });
      if (!entry) return;
      const via = viaOf(matches, entry);
      // demonyms and surnames are stored without "the": "the Iranian" is a mention of "Iranian"
      const the = via === 'demonym' || via === 'surname' ? (/^the\s+/i.exec(hit.text)?.[0].length ?? 0) : 0;
      if (entry.kind === 'Country') countryEnds.add(hit.end);
      names.push({ start: hit.start + the, end: hit.end, entry, via });
    });
    return names;
  }

  /** Capitalised names outside what the matchers explained, outside title-case lines. */
  private unknownNames(view: DocumentView, covered: readonly SurfaceHit[], names: readonly ChosenName[]): NameCandidate[] {
    const { document, folded, text } = view;
    const lowerCase = new Map<string, boolean>();
    const writtenLowerCase = (word: string) => {
      let found = lowerCase.get(word);
      if (found === undefined) lowerCase.set(word, (found = new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u').test(folded)));
      return found;
    };
    const context = {
      sentenceStarts: new Set(document.sentences.map((s) => s.start)),
      writtenLowerCase,
      isDemonym: (word: string) => this.lexicon.byDemonym(word).length > 0,
    };
    const countriesByEnd = new Map(names.filter((n) => n.entry.kind === 'Country').map((n) => [n.end, n]));
    return findNameCandidates(folded, covered, context)
      .filter((c) => !view.titleCase(c.start))
      .map((c) => withDemonym(c, countriesByEnd, text));
  }

  /** Candidates for a matched text (cached: the same names recur). */
  private lookup(text: string): LexiconMatch[] {
    let found = this.lookups.get(text);
    if (!found) {
      found = this.lexicon.lookup(text);
      if (this.lookups.size < 100_000) this.lookups.set(text, found);
    }
    return found;
  }

  /** Persons named by one word inside a longer name ("the Biden administration", "Netanyahu's office"). */
  private nestedPersons(text: string, folded: string, names: readonly ChosenName[]): LinkedMention[] {
    const nested: LinkedMention[] = [];
    for (const name of names) {
      if (name.entry.kind === 'Person') continue;
      for (const word of folded.slice(name.start, name.end).matchAll(/(?<![\p{L}'-])\p{Lu}[\p{L}-]+/gu)) {
        const person = this.lookup(word[0]).find((m) => m.entry.kind === 'Person' && (m.via === 'surname' || m.via === 'alias'));
        const start = name.start + word.index;
        if (person) nested.push(mentionOf(text, start, start + word[0].length, person.entry.id, 'surname'));
      }
    }
    return nested;
  }

  /**
   * The outlet that published the document, where its dateline or banner names it (lines
   * set aside as boilerplate, so the name matchers do not see them): linked to the
   * lexicon's outlet, or a provisional organisation.
   */
  private outlet(document: Document): { mention: LinkedMention; entity?: ProvisionalEntity } | undefined {
    if (!document.outlet) return undefined;
    const line = document.removed.find((l) => (l.reason === 'dateline' || l.reason === 'banner') && l.text.includes(document.outlet!));
    const at = line?.text.indexOf(document.outlet) ?? -1;
    if (!line || at < 0) return undefined;
    const start = line.start + at;
    const end = start + document.outlet.length;
    const known = this.lexicon.lookup(document.outlet).find((m) => m.entry.kind === 'Organization');
    if (known) return { mention: mentionOf(document.text, start, end, known.entry.id, known.via) };
    const key = PROVISIONAL + aliasKey(document.outlet);
    return { mention: mentionOf(document.text, start, end, key, 'provisional'), entity: { key, label: document.outlet, kind: 'Organization', aliases: [] } };
  }

  /** Unknown names → provisional entities (or a known person a title resolved), with mentions. */
  private provisional(
    text: string,
    unknown: readonly NameCandidate[],
    mentions: LinkedMention[],
    context: { persons: ReadonlySet<number>; resolvedUnknown: ReadonlyMap<number, string>; honorificEnds: ReadonlySet<number> },
  ): ProvisionalEntity[] {
    const entities = new Map<string, ProvisionalEntity>();
    const byLastWord = new Map<string, string>(); // a person's last name → their key, for "Mr. Lowenstein"
    const byAcronym = new Map<string, string>();
    for (const m of mentions) {
      const entry = this.lexicon.get(m.entity);
      if (entry?.kind === 'Person') byLastWord.set(entry.label.split(' ').pop()!, m.entity);
    }
    for (const candidate of unknown) {
      const resolved = context.resolvedUnknown.get(candidate.start);
      if (resolved) {
        mentions.push(mentionOf(text, candidate.start, candidate.end, resolved, 'title'));
        continue;
      }
      const single = candidate.words.length === 1 ? candidate.words[0]! : null;
      const known = single ? (byAcronym.get(single) ?? byLastWord.get(single)) : undefined;
      if (known) {
        mentions.push(mentionOf(text, candidate.start, candidate.end, known, 'coreference'));
        continue;
      }
      const introduced = context.persons.has(candidate.start) || introducedAt(text, candidate.start, context.honorificEnds, new Set(), new Set());
      const kind =
        kindFromWords(candidate.words) ??
        (introduced || SPEECH_VERBS.test(text.slice(candidate.end, candidate.end + 16)) || looksLikePerson(candidate.text) ? 'Person' : 'Entity');
      const key = PROVISIONAL + aliasKey(candidate.text);
      const entity = entities.get(key) ?? { key, label: candidate.text, kind, aliases: [] };
      entities.set(key, entity);
      mentions.push(mentionOf(text, candidate.start, candidate.end, key, 'provisional'));
      if (kind === 'Person' && candidate.words.length > 1) byLastWord.set(candidate.words[candidate.words.length - 1]!, key);
      const acronym = /^\s*\(([A-Z]{2,})\)/.exec(text.slice(candidate.end, candidate.end + 12))?.[1] ?? initials(candidate.words);
      if (acronym && !byAcronym.has(acronym)) {
        byAcronym.set(acronym, key);
        if (/^\s*\(/.test(text.slice(candidate.end, candidate.end + 3)) && !entity.aliases.includes(acronym)) entity.aliases.push(acronym);
      }
    }
    return [...entities.values()];
  }
}

/**
 * An unknown body named after a country's adjective takes it into its name: "the Russian
 * Ministry of Foreign Affairs" is Russia's ministry, not any.
 */
function withDemonym(candidate: NameCandidate, countriesByEnd: ReadonlyMap<number, ChosenName>, text: string): NameCandidate {
  const kind = kindFromWords(candidate.words);
  if (kind !== 'GovernmentBody' && kind !== 'Organization') return candidate;
  const before = countriesByEnd.get(candidate.start - 1);
  if (!before) return candidate;
  const start = before.start + (/^the\s+/i.exec(text.slice(before.start, before.end))?.[0].length ?? 0);
  const adjective = text.slice(start, before.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(adjective)) return candidate;
  return { start, end: candidate.end, text: text.slice(start, candidate.end), words: [adjective, ...candidate.words] };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the stages of {@link EntityLinker.link} read of the document. */
interface DocumentView {
  document: Document;
  /** The cleaned text (boilerplate blanked), same offsets as the original. */
  text: string;
  folded: string;
  date: TimeSpan | null;
  titleCase: (at: number) => boolean;
}

/** A name hit with the entry chosen for it. */
interface ChosenName extends NameSpan {
  entry: LexiconEntry;
  via: LinkedMention['via'];
}

/** The title words and honorifics of a document. */
interface Words {
  titles: TitleHit[];
  titleEnds: ReadonlySet<number>;
  honorificEnds: ReadonlySet<number>;
}

function readWords(hits: readonly SurfaceHit[], lexicon: Lexicon): Words {
  const honorificEnds = new Set<number>();
  const titles: TitleHit[] = [];
  for (const hit of hits) {
    if (HONORIFIC_SET.has(aliasKey(hit.text))) honorificEnds.add(hit.end);
    else titles.push({ start: hit.start, end: hit.end, title: lexicon.titles.canonical(hit.text.replace(/^the\s+/i, '')) });
  }
  return { titles, titleEnds: new Set(titles.map((t) => t.end)), honorificEnds };
}

/**
 * The office phrases around the titles: their roles, a mention for each title without a
 * name that the date resolves ("the Iranian president"), and what they say of unknown names
 * (a title makes one a person; a resolved title names its holder).
 */
function readOffices(reader: RoleReader, titles: readonly TitleHit[], text: string) {
  const roles: RoleMention[] = [];
  const mentions: LinkedMention[] = [];
  const persons = new Set<number>(); // starts of unknown names that a title introduces
  const resolvedUnknown = new Map<number, string>(); // start of an unknown name → the holder it names
  for (const hit of titles) {
    const { role, name } = reader.read(hit);
    if (name && name.entry === null) persons.add(name.start);
    const holder = role.named ? undefined : reader.holderAt(role.title, role.of, role.qualifier);
    if (holder) {
      role.holder = holder.id;
      if (name?.entry === null && sharesWord(text.slice(name.start, name.end), holder.label)) resolvedUnknown.set(name.start, holder.id);
      else if (!name) mentions.push(mentionOf(text, role.start, role.end, holder.id, 'title'));
    }
    roles.push(role);
  }
  return { roles, mentions, persons, resolvedUnknown };
}

/** The word before `at`, lower-cased, skipping spaces and punctuation ("in" before "Moscow"). */
/** The `count` words before `at`, nearest first, lower-cased (fewer at the start of the text or across a long gap). */
function wordsBefore(text: string, at: number, count: number): string[] {
  const words: string[] = [];
  let end = at;
  while (words.length < count) {
    const gapEnd = end;
    while (end > 0 && gapEnd - end < 8 && !isWordChar(text, end - 1)) end--;
    let start = end;
    while (start > 0 && isWordChar(text, start - 1)) start--;
    if (start === end) break;
    words.push(text.slice(start, end).toLowerCase());
    end = start;
  }
  return words;
}

function mentionOf(text: string, start: number, end: number, entity: string, via: LinkedMention['via']): LinkedMention {
  return { start, end, text: text.slice(start, end), entity, via };
}

function viaOf(matches: readonly LexiconMatch[], entry: LexiconEntry): LinkedMention['via'] {
  return matches.find((m) => m.entry === entry)?.via ?? 'alias';
}

/** A title, honorific or country possessive stands right before `at` ("Mr. Lapid", "Turkey's Erdogan"). */
function introducedAt(text: string, at: number, honorificEnds: ReadonlySet<number>, titleEnds: ReadonlySet<number>, countryEnds: ReadonlySet<number>): boolean {
  const gap = /[\s.,]*$/.exec(text.slice(Math.max(0, at - 3), at))?.[0].length ?? 0;
  const possessive = /'s?\s+$/.exec(text.slice(Math.max(0, at - 4), at))?.[0].length;
  return honorificEnds.has(at - gap) || titleEnds.has(at - gap) || (possessive !== undefined && countryEnds.has(at - possessive));
}

/** `hits` without those overlapping one of `names` (both sorted by start, neither overlapping itself). */
function withoutOverlaps(hits: readonly SurfaceHit[], names: readonly SurfaceHit[]): SurfaceHit[] {
  let n = 0;
  return hits.filter((hit) => {
    while (n < names.length && names[n]!.end <= hit.start) n++;
    const name = names[n];
    return !(name && name.start < hit.end);
  });
}

function sharesWord(a: string, b: string): boolean {
  const words = new Set(aliasKey(b).split(/[\s-]+/));
  return aliasKey(a).split(/[\s-]+/).some((w) => w.length > 2 && words.has(w));
}

function initials(words: readonly string[]): string | undefined {
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  return capitals.length >= 2 ? capitals.map((w) => w[0]).join('') : undefined;
}

function sentenceIndex(document: Document): (at: number) => number {
  return (at) => document.sentences[lastStartingBy(document.sentences, at)]?.index ?? 0;
}

/**
 * Lines written in title case (the headline, section headings): capitalised common
 * words there are not names.
 */
function titleCaseRanges(document: Document): (at: number) => boolean {
  const ranges = document.sentences.filter((s) => isTitleCase(s.text));
  return (at) => rangeAt(ranges, at) >= 0;
}

function isTitleCase(line: string): boolean {
  if (/[.!?]["”’]?\s*$/.test(line)) return false;
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  if (content.length < 2) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.8;
}
