import type { Lexicon, LexiconMatch } from '../../lexicon/lexicon';
import type { LexiconEntry } from '../../lexicon/types';
import { overlaps } from '../../time/allen';
import type { TimeSpan } from '../../time/timespan';
import { parseTerm } from '../../lexicon/terms';
import { LOCATIVE_WORDS, SEAT_NOUNS, SEAT_WORDS } from '../data/cues';

/** What {@link chooseEntry} reads besides the candidates. */
export interface ChoiceContext {
  lexicon: Lexicon;
  /** The two words just before the mention, nearest first, lower-cased (`['in', 'talks']`). */
  previousWords: readonly string[];
  /** A title, honorific or country possessive stands right before it ("Mr. Lapid", "Turkey's Erdogan"). */
  introduced: boolean;
  /** The mention stands in a headline or heading written in title case. */
  titleCaseLine: boolean;
  /** Persons the document names in full (label or alias). */
  namedInFull: ReadonlySet<string>;
  /** When the document was published, as far as known. */
  date: TimeSpan | null;
}

const VIA_RANK: Record<LexiconMatch['via'], number> = { label: 0, alias: 1, capital: 2, demonym: 3, surname: 4 };

/** The entry's existence (`span`) begins after the last day the document may date from. */
function startsAfter(entry: LexiconEntry, date: TimeSpan | null): boolean {
  if (!entry.span || date?.latest == null) return false;
  const start = parseTerm(entry.span).earliest;
  return start !== null && start > date.latest;
}

/** Whether the person held any office during the window (any time, when the date is unknown). */
function inOffice(lexicon: Lexicon, entry: LexiconEntry, date: TimeSpan | null): boolean {
  const roles = lexicon.rolesOf(entry.id);
  return roles.some((role) => date === null || overlaps(role.term, date));
}

/**
 * Which entry a surface form means here, or `undefined` when the context does not allow
 * a confident choice:
 * - a capital or a metonym after a locative word ("talks in Moscow") is the place; else the
 *   government or country it stands for ("Moscow said", and "officials in Moscow", "a
 *   source from Washington", "the government in Kyiv": see `SEAT_NOUNS`);
 * - a bare surname needs support: the full name elsewhere in the document, a title or
 *   honorific before it, or (outside title-case headlines, where capitalised common words
 *   abound) an office held around the document's date;
 * - otherwise the most direct match wins (label, then alias, capital, demonym, surname),
 *   then an entry with a Wikidata id;
 * - an event or body that began after the document's latest possible date is not meant
 *   ("the conflict in Gaza" in a 2014 article is not the war of 2023).
 */
export function chooseEntry(all: readonly LexiconMatch[], context: ChoiceContext): LexiconEntry | undefined {
  const matches = all.filter((m) => !startsAfter(m.entry, context.date));
  const places = matches.filter((m) => m.entry.kind === 'Place' && (m.via === 'label' || m.via === 'alias') && !m.metonym);
  const standsFor = matches.filter((m) => m.metonym || m.via === 'capital');
  if (places.length > 0 && standsFor.length > 0) {
    const [word = '', before = ''] = context.previousWords;
    const place = LOCATIVE_WORDS.has(word) && !(SEAT_WORDS.has(word) && SEAT_NOUNS.has(before));
    return (place ? places[0] : standsFor[0])!.entry;
  }
  if (matches.every((m) => m.via === 'surname')) return chooseBySurname(matches, context);
  const ranked = [...matches].sort((a, b) => VIA_RANK[a.via] - VIA_RANK[b.via] || Number(!a.entry.wikidata) - Number(!b.entry.wikidata));
  return ranked[0]?.entry;
}

function chooseBySurname(matches: readonly LexiconMatch[], context: ChoiceContext): LexiconEntry | undefined {
  const people = matches.map((m) => m.entry);
  const named = people.find((p) => context.namedInFull.has(p.id));
  if (named) return named;
  if (context.titleCaseLine && !context.introduced) return undefined;
  const serving = people.filter((p) => inOffice(context.lexicon, p, context.date));
  if (serving.length === 1) return serving[0];
  return context.introduced ? (serving[0] ?? people[0]) : undefined;
}
