import { LexiconError } from '../errors';
import type { Entity, Role } from '../model/entity';
import { DEFAULT_BASE, entityIri, wikidataIri } from '../model/iri';
import { containsDay } from '../time/allen';
import { parseTimeSpan, type TimeSpan } from '../time/timespan';
import { compareStrings } from '../util/compare-strings';
import { aliasKey, exactKey } from './normalize';
import { parseTerm } from './terms';
import { TitleTable } from './titles';
import type { LexiconEntry, LexiconRole, RoleQualifier, TitleDefinition } from './types';

/** How a surface form matched an entry. */
export type MatchVia = 'label' | 'alias' | 'surname' | 'demonym' | 'capital';

/** One candidate for a surface form, from {@link Lexicon.lookup}. */
export interface LexiconMatch {
  entry: LexiconEntry;
  /** The stored form that matched (`the Zionist regime`, `Israeli`, `Lapid`). */
  text: string;
  via: MatchVia;
  /** The alias is partisan or loaded. */
  loaded: boolean;
  /** The alias is a place or building standing for the entry (`Tel Aviv`, `the Pentagon`). */
  metonym: boolean;
}

/** A role with its term parsed and its title made canonical. */
export interface ResolvedRole {
  /** The person (or country, for memberships) holding it. */
  holder: LexiconEntry;
  /** The title as the data writes it (`Secretary of State`). */
  title: string;
  /** Its canonical title (`Foreign Minister`). */
  canonicalTitle: string;
  /** Id of the entry the office belongs to, or `null`. */
  of: string | null;
  term: TimeSpan;
  qualifier?: RoleQualifier;
  /** The term's end is only the last date the data vouches for; see `LexiconRole.stillHeld`. */
  stillHeld: boolean;
  note?: string;
}

/** A holder of an office on a day, from {@link Lexicon.holdersOf}. */
export interface Holder extends ResolvedRole {
  /**
   * `true` when the day lies within the part of the term known for certain; `false` when
   * it falls in an imprecise edge (a term ending "2024-11" asked about 2024-11-06).
   */
  certain: boolean;
}

/** Options for {@link Lexicon.holdersOf}. */
export interface HoldersOfOptions {
  /**
   * Treat terms marked `stillHeld` as open-ended, for days after the last date the data
   * vouches for (default `false`: the lexicon claims nothing it does not know).
   */
  assumeStillHeld?: boolean;
}

/** Options for {@link Lexicon}. */
export interface LexiconOptions {
  /** Canonical titles and their synonyms (default: none, titles compare as written). */
  titles?: readonly TitleDefinition[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Who is who and who held what when: an index over lexicon entries by id, by every name
 * (with case rules), by demonym and capital, and by office and date.
 *
 * Built by {@link defaultLexicon} or {@link loadLexicon}, which validate the entries
 * first; the constructor trusts them except for parsing each role's term.
 */
export class Lexicon {
  readonly entries: readonly LexiconEntry[];
  readonly titles: TitleTable;
  private readonly byId = new Map<string, LexiconEntry>();
  private readonly folded = new Map<string, LexiconMatch[]>();
  private readonly exact = new Map<string, LexiconMatch[]>();
  private readonly demonyms = new Map<string, LexiconEntry[]>();
  private readonly roles = new Map<string, ResolvedRole[]>();
  private readonly offices = new Map<string, ResolvedRole[]>();

  /**
   * @example
   * const lexicon = new Lexicon(entries, { titles });
   * @throws {LexiconError} when a role's term does not parse.
   */
  constructor(entries: readonly LexiconEntry[], options: LexiconOptions = {}) {
    this.entries = entries;
    this.titles = new TitleTable(options.titles ?? []);
    for (const entry of entries) this.byId.set(entry.id, entry);
    for (const entry of entries) this.index(entry);
  }

  private add(entry: LexiconEntry, text: string, via: MatchVia, caseSensitive: boolean, flags: { loaded?: true; metonym?: true } = {}): void {
    const match: LexiconMatch = { entry, text, via, loaded: flags.loaded === true, metonym: flags.metonym === true };
    const map = caseSensitive ? this.exact : this.folded;
    const key = caseSensitive ? exactKey(text) : aliasKey(text);
    const list = map.get(key);
    if (list?.some((m) => m.entry === entry && m.via === via)) return;
    push(map, key, match);
  }

  private index(entry: LexiconEntry): void {
    this.add(entry, entry.label, 'label', false);
    for (const alias of entry.aliases) this.add(entry, alias.text, 'alias', alias.caseSensitive === true, alias);
    if (entry.kind === 'Person') {
      const surname = surnameOf(entry);
      if (surname) this.add(entry, surname, 'surname', true);
    }
    for (const demonym of entry.demonyms ?? []) {
      this.add(entry, demonym, 'demonym', true);
      const key = exactKey(demonym);
      if (!this.demonyms.get(key)?.includes(entry)) push(this.demonyms, key, entry);
    }
    for (const capital of entry.capital ?? []) this.add(entry, capital, 'capital', true, { metonym: true });
    entry.roles?.forEach((role, i) => {
      const resolved = this.resolve(entry, role, i);
      push(this.roles, entry.id, resolved);
      push(this.offices, officeKey(resolved.canonicalTitle, resolved.of), resolved);
    });
  }

  private resolve(holder: LexiconEntry, role: LexiconRole, i: number): ResolvedRole {
    let term: TimeSpan;
    try {
      term = parseTerm(role.term);
    } catch (error) {
      throw new LexiconError(`Lexicon: entry "${holder.id}": roles[${i}].term: ${(error as Error).message}`, { field: `roles[${i}].term` }, { cause: error });
    }
    return {
      holder,
      title: role.title,
      canonicalTitle: this.titles.canonical(role.title),
      of: role.of,
      term,
      ...(role.qualifier !== undefined && { qualifier: role.qualifier }),
      stillHeld: role.stillHeld === true,
      ...(role.note !== undefined && { note: role.note }),
    };
  }

  /** Number of entries. */
  get size(): number {
    return this.entries.length;
  }

  /**
   * The entry with this id.
   *
   * @example
   * lexicon.get('ISR')?.label   // 'Israel'
   */
  get(id: string): LexiconEntry | undefined {
    return this.byId.get(id);
  }

  /**
   * Candidate entries for a surface form. Case-sensitive aliases (`US`, `IS`), surnames,
   * demonyms and capitals match with their case, after a leading "the"; every other name matches
   * case-insensitively, ignoring diacritics, full stops and a leading "the".
   * Ambiguous forms give several candidates; resolving them is the linker's job.
   *
   * @example
   * lexicon.lookup('the Zionist regime')  // [{ entry: Israel, via: 'alias', loaded: true, … }]
   * lexicon.lookup('Israeli')             // [{ entry: Israel, via: 'demonym', … }]
   * lexicon.lookup('Israelis')            // [{ entry: Israel, via: 'demonym', … }]
   * lexicon.lookup('Lapid')               // [{ entry: Yair Lapid, via: 'surname', … }]
   * lexicon.lookup('Moscow')              // [{ entry: Russia, via: 'capital', metonym: true, … }, { entry: Moscow (city), via: 'label', … }]
   */
  lookup(surfaceText: string): LexiconMatch[] {
    // a leading "the" is dropped for case-sensitive forms too ("the Iranian", "the US"), as aliasKey drops it for the others
    const exact = this.exact.get(exactKey(surfaceText)) ?? this.exact.get(exactKey(surfaceText.replace(/^the\s+/i, '')));
    const found = [...(exact ?? []), ...(this.folded.get(aliasKey(surfaceText)) ?? [])];
    const seen = new Set<string>();
    return found.filter((m) => {
      const key = `${m.entry.id}\u0000${m.via}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /**
   * Every name the lexicon can match, with its case rule: the input of a multi-pattern
   * matcher.
   *
   * @example
   * lexicon.surfaceForms().filter((f) => f.caseSensitive).map((f) => f.text)  // ['US', 'IS', 'Lapid', 'Israeli', …]
   */
  surfaceForms(): Array<{ text: string; caseSensitive: boolean; matches: LexiconMatch[] }> {
    const forms: Array<{ text: string; caseSensitive: boolean; matches: LexiconMatch[] }> = [];
    for (const [, matches] of this.exact) forms.push({ text: matches[0]!.text, caseSensitive: true, matches });
    for (const [, matches] of this.folded) forms.push({ text: matches[0]!.text, caseSensitive: false, matches });
    return forms;
  }

  /**
   * The persons holding an office on a day. `title` is compared through the title table
   * ("PM" = "Prime Minister", "Secretary of State" = "Foreign Minister"); `ofId` is the
   * id of the country or organisation. On a handover day the incoming holder is given,
   * not the outgoing one. Holders in an imprecise edge of a term come after the certain
   * ones, flagged `certain: false`.
   *
   * @example
   * lexicon.holdersOf('Prime Minister', 'ISR', '2022-08-10')[0]?.holder.label  // 'Yair Lapid'
   * lexicon.holdersOf('President', 'IRN', '2024-06-15')[0]?.qualifier         // 'acting'
   */
  holdersOf(title: string, ofId: string | null, day: string, options: HoldersOfOptions = {}): Holder[] {
    const roles = this.offices.get(officeKey(this.titles.canonical(title), ofId)) ?? [];
    const within = (role: ResolvedRole): boolean =>
      containsDay(role.term, day) || (options.assumeStillHeld === true && role.stillHeld && (role.term.earliest === null || role.term.earliest <= day));
    let found = roles.filter(within);
    if (found.some((r) => r.term.earliest === day)) found = found.filter((r) => r.term.earliest === day || r.term.latest !== day);
    return found
      .map((role): Holder => ({ ...role, certain: certainlyWithin(role, day) }))
      .sort((a, b) => Number(b.certain) - Number(a.certain) || compareStrings(a.term.earliest ?? '', b.term.earliest ?? ''));
  }

  /**
   * The roles of an entry (a person's offices, a country's memberships), in data order;
   * only those covering `day` when it is given.
   *
   * @example
   * lexicon.rolesOf('yair-lapid').map((r) => r.canonicalTitle)  // ['Foreign Minister', 'Alternate Prime Minister', 'Prime Minister', …]
   */
  rolesOf(id: string, day?: string): ResolvedRole[] {
    const roles = this.roles.get(id) ?? [];
    return day === undefined ? [...roles] : roles.filter((r) => containsDay(r.term, day));
  }

  /** Every resolved role in the lexicon. @example lexicon.allRoles().length  // 600 */
  allRoles(): ResolvedRole[] {
    return [...this.roles.values()].flat();
  }

  /**
   * The demonyms and adjectives of a country, and the plural people-nouns made from them.
   *
   * @example
   * lexicon.demonymOf('ISR')   // ['Israeli', 'Israelis']
   */
  demonymOf(countryId: string): string[] {
    return [...(this.get(countryId)?.demonyms ?? [])];
  }

  /**
   * The countries a demonym or adjective names; several when it is shared ("Congolese").
   *
   * @example
   * lexicon.byDemonym('Israeli').map((e) => e.id)    // ['ISR']
   * lexicon.byDemonym('Israelis').map((e) => e.id)   // ['ISR']
   * lexicon.byDemonym('Congolese').map((e) => e.id)  // ['COD', 'COG']
   */
  byDemonym(demonym: string): LexiconEntry[] {
    return [...(this.demonyms.get(exactKey(demonym)) ?? [])];
  }

  /**
   * The model {@link Entity} of an entry: IRI minted from its label under `base`, roles
   * with `of` as entity IRIs and parsed terms (open-ended for terms still held), Wikidata as `sameAs`.
   *
   * @example
   * lexicon.toEntity(lexicon.get('yair-lapid')!).roles[0]?.of  // 'urn:claimgraph:entity/israel'
   */
  toEntity(entry: LexiconEntry, base: string = DEFAULT_BASE): Entity {
    const aliases = [...new Set(entry.aliases.map((a) => a.text))].filter((a) => a !== entry.label).sort();
    const roles: Role[] = this.rolesOf(entry.id).map((role) => {
      const of = role.of === null ? null : this.get(role.of);
      // a term still held runs on past the last date the data vouches for
      const term = role.stillHeld ? parseTimeSpan(`${role.term.value.split('/')[0]}/..`) : role.term;
      return { title: role.title, of: of ? entityIri(of.label, base) : null, term, qualifier: role.qualifier ?? null };
    });
    return {
      id: entityIri(entry.label, base),
      kind: entry.kind,
      label: entry.label,
      aliases,
      sameAs: entry.wikidata ? [wikidataIri(entry.wikidata)] : [],
      roles,
    };
  }
}

/**
 * The name a person is called by after a title ("Mr. Lapid", "President Xi"): the
 * entry's `surname`, else the last word of its label; `undefined` for one-word labels
 * and non-persons.
 *
 * @example
 * surnameOf({ label: 'Yair Lapid', kind: 'Person', … })                       // 'Lapid'
 * surnameOf({ label: 'Xi Jinping', surname: 'Xi', kind: 'Person', … })        // 'Xi'
 */
export function surnameOf(entry: Pick<LexiconEntry, 'kind' | 'label' | 'surname'>): string | undefined {
  if (entry.kind !== 'Person') return undefined;
  if (entry.surname) return entry.surname;
  const words = entry.label.split(/\s+/);
  return words.length > 1 ? words[words.length - 1] : undefined;
}

function officeKey(canonicalTitle: string, of: string | null): string {
  return `${aliasKey(canonicalTitle)}\u0000${of ?? ''}`;
}

/** Whether `day` lies in the certain core of a term: after its start's last possible day, before its end's first. */
function certainlyWithin(role: ResolvedRole, day: string): boolean {
  const { start, end } = termCore(role.term);
  return (start === null || start <= day) && (end === null || day <= end);
}

/**
 * The days a term certainly covers: from the last day its start may fall on to the first
 * day its end may fall on (`null` = open). Empty when `start > end`.
 *
 * @example
 * termCore(parseTimeSpan('2016-05/2018-11'))  // { start: '2016-05-31', end: '2018-11-01' }
 */
export function termCore(term: TimeSpan): { start: string | null; end: string | null } {
  if (term.granularity !== 'interval') return { start: term.latest, end: term.earliest };
  const [startText = '', endText = ''] = term.value.split('/');
  const start = startText === '..' ? null : parseTerm(startText).latest;
  const end = endText === '..' ? null : parseTerm(endText).earliest;
  return { start, end };
}
