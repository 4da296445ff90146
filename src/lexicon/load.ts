import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { LexiconError } from '../errors';
import { fieldPath } from '../io/field-path';
import { parseJson } from '../io/json';
import { capitalCityEntries, countryEntries, WORLD_COUNTRIES, type CountrySupplement, type DemonymPlurals } from './countries';
import countrySupplement from './data/countries.json';
import demonymPluralData from './data/demonym-plurals.json';
import governmentData from './data/government.json';
import membershipData from './data/memberships.json';
import organizationData from './data/organizations.json';
import outletData from './data/outlets.json';
import peopleData from './data/people.json';
import placeData from './data/places.json';
import titleData from './data/titles.json';
import { Lexicon } from './lexicon';
import { countrySupplementSchema, demonymPluralListSchema, entryFileSchema, membershipSchema, titleSchema } from './schema';
import { parseTerm } from './terms';
import type { LexiconEntry, LexiconEntryInput, Membership, TitleDefinition } from './types';
import { checkReferences, validateSource, type EntrySource, type SourcedEntry } from './validate';

/** Options for {@link loadLexicon}. */
export interface LoadLexiconOptions {
  /**
   * The user's entries: an array, or the path of a JSON file holding an array or
   * `{ "entries": [...] }`. An entry whose id is built in overrides the built-in one.
   */
  extend?: readonly LexiconEntryInput[] | string;
  /** Use only the user's entries, none of the built-in ones (default `false`). */
  replace?: boolean;
  /** More title definitions; a title already defined is replaced. */
  titles?: readonly TitleDefinition[];
}

/** The built-in data files, by the name errors give them. */
const BUILT_IN_FILES: ReadonlyArray<[string, unknown]> = [
  ['data/people.json', peopleData],
  ['data/organizations.json', organizationData],
  ['data/government.json', governmentData],
  ['data/places.json', placeData],
  ['data/outlets.json', outletData],
];

function entriesOf(fn: string, file: string, json: unknown): unknown[] {
  const parsed = entryFileSchema.safeParse(json);
  if (!parsed.success) throw new LexiconError(`${fn}: ${file}: expected an array of entries or { "entries": [...] }`, { file });
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.entries;
}

/** `schema.parse(raw)`, failing with a LexiconError that names the file and the field. */
function parseField<T>(schema: z.ZodType<T>, raw: unknown, fn: string, file: string, field: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = fieldPath([field, ...(issue?.path ?? [])]);
    throw new LexiconError(`${fn}: ${file}: ${at}: ${issue?.message ?? 'invalid'}`, { file, field: at });
  }
  return result.data;
}

function builtInTitles(): TitleDefinition[] {
  const file = 'data/titles.json';
  return entriesOf('defaultLexicon', file, titleData).map((raw, i) => parseField(titleSchema, raw, 'defaultLexicon', file, `entries[${i}]`));
}

function builtInPlurals(fn: string): DemonymPlurals {
  const file = 'data/demonym-plurals.json';
  const table: Record<string, string[]> = {};
  for (const [singular, raw] of Object.entries(demonymPluralData as Record<string, unknown>)) {
    if (!singular.startsWith('$')) table[singular] = parseField(demonymPluralListSchema, raw, fn, file, singular);
  }
  return table;
}

/**
 * The countries (from world-countries and `data/countries.json`) and their capital
 * cities; a capital whose id is in `curatedIds` is left to the curated entry.
 */
function builtInCountries(fn: string, curatedIds: ReadonlySet<string>): { countries: LexiconEntry[]; capitals: LexiconEntry[] } {
  const file = 'data/countries.json';
  const supplement: Record<string, CountrySupplement> = {};
  for (const [code, raw] of Object.entries(countrySupplement as Record<string, unknown>)) {
    if (code.startsWith('$')) continue;
    supplement[code] = parseField(countrySupplementSchema, raw, fn, file, code);
  }
  const countries = countryEntries(WORLD_COUNTRIES, supplement, builtInPlurals(fn));
  const known = new Set(countries.map((e) => e.id));
  for (const [code, extra] of Object.entries(supplement)) {
    if (!known.has(code)) throw new LexiconError(`${fn}: ${file}: ${code}: no such country in world-countries`, { file, field: code });
    const capitals = new Set(WORLD_COUNTRIES.find((r) => r.cca3 === code)?.capital ?? []);
    for (const name of Object.keys(extra.capitalCities ?? {})) {
      const field = `${code}.capitalCities.${name}`;
      if (!capitals.has(name)) throw new LexiconError(`${fn}: ${file}: ${field}: no such capital of ${code} in world-countries`, { file, field });
    }
  }
  return { countries, capitals: capitalCityEntries(WORLD_COUNTRIES, supplement, curatedIds) };
}

/** Adds each membership as a role (`Member` of NATO, 1949-08-24/..) of its member entry. */
function applyMemberships(fn: string, entries: SourcedEntry[]): void {
  const file = 'data/memberships.json';
  const byId = new Map(entries.map((s) => [s.entry.id, s.entry]));
  entriesOf(fn, file, membershipData).forEach((raw, i) => {
    const membership: Membership = parseField(membershipSchema, raw, fn, file, `entries[${i}]`);
    if (!byId.has(membership.of)) throw new LexiconError(`${fn}: ${file}: entries[${i}].of: unknown id "${membership.of}"`, { file, field: `entries[${i}].of` });
    membership.members.forEach((member, m) => {
      const field = `entries[${i}].members[${m}]`;
      const entry = byId.get(member.id);
      if (!entry) throw new LexiconError(`${fn}: ${file}: ${field}.id: unknown id "${member.id}"`, { file, field: `${field}.id` });
      try {
        parseTerm(member.term);
      } catch (error) {
        throw new LexiconError(`${fn}: ${file}: ${field}.term: ${(error as Error).message}`, { file, field: `${field}.term` }, { cause: error });
      }
      const role = { title: membership.title, of: membership.of, term: member.term, ...(member.note !== undefined && { note: member.note }) };
      entry.roles = [...(entry.roles ?? []), role];
    });
  });
}

function builtInEntries(fn: string): SourcedEntry[] {
  const curated = BUILT_IN_FILES.map(([file, json]) => validateSource({ file, entries: entriesOf(fn, file, json) }, fn));
  const { countries, capitals } = builtInCountries(fn, new Set(curated.flat().map((s) => s.entry.id)));
  const generated: EntrySource[] = [
    { file: 'world-countries + data/countries.json', entries: countries },
    { file: 'world-countries capitals + data/countries.json', entries: capitals },
  ];
  const all = merge(fn, [...generated.map((source) => validateSource(source, fn)), ...curated], true);
  applyMemberships(fn, all);
  return all;
}

/** Merges batches in order; a later entry with an id already seen replaces it, unless `unique`. */
function merge(fn: string, batches: readonly SourcedEntry[][], unique: boolean): SourcedEntry[] {
  const byId = new Map<string, SourcedEntry>();
  for (const batch of batches) {
    for (const sourced of batch) {
      const previous = byId.get(sourced.entry.id);
      if (unique && previous) {
        throw new LexiconError(`${fn}: ${sourced.file}: entries[${sourced.index}].id (entry "${sourced.entry.id}"): duplicate id (also in ${previous.file})`, {
          file: sourced.file,
          field: `entries[${sourced.index}].id`,
        });
      }
      byId.set(sourced.entry.id, sourced);
    }
  }
  return [...byId.values()];
}

function readUserFile(path: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LexiconError(`loadLexicon: ${path}: cannot read (${(error as Error).message})`, { file: path }, { cause: error });
  }
  return entriesOf('loadLexicon', path, parseJson(text, 'loadLexicon', path, LexiconError));
}

function mergeTitles(base: readonly TitleDefinition[], extra: readonly TitleDefinition[]): TitleDefinition[] {
  const byTitle = new Map(base.map((t) => [t.title, t]));
  for (const raw of extra) {
    const title = parseField(titleSchema, raw, 'loadLexicon', 'options.titles', `"${String((raw as { title?: unknown }).title)}"`);
    byTitle.set(title.title, title);
  }
  return [...byTitle.values()];
}

let cached: Lexicon | undefined;

/**
 * The built-in lexicon: every UN member state (from world-countries, completed by
 * `data/countries.json`), and the curated people, organisations, government bodies,
 * places, events and outlets. Validated and built on first call, then cached.
 *
 * @example
 * defaultLexicon().holdersOf('Prime Minister', 'ISR', '2022-08-10')[0]?.holder.label  // 'Yair Lapid'
 * @throws {LexiconError} if the shipped data is invalid (a packaging bug).
 */
export function defaultLexicon(): Lexicon {
  if (!cached) {
    const entries = builtInEntries('defaultLexicon');
    checkReferences(entries, 'defaultLexicon');
    cached = new Lexicon(
      entries.map((s) => s.entry),
      { titles: builtInTitles() },
    );
  }
  return cached;
}

/**
 * A lexicon of the built-in entries extended by the user's (same id: the user's entry
 * replaces the built-in one), or of the user's entries alone with `replace: true`.
 * Everything is validated: schema, role terms, duplicate ids within one file, and ids
 * referred to by `of`, `country` and `partOf`.
 *
 * @example
 * loadLexicon({ extend: 'my-lexicon.json' })
 * loadLexicon({ extend: [{ id: 'acme', label: 'Acme Corp', kind: 'Organization', aliases: [{ text: 'Acme' }] }] })
 * loadLexicon({ extend: entries, replace: true })
 * @throws {LexiconError} naming the file, the entry (index and id) and the field, e.g.
 *   `loadLexicon: my-lexicon.json: entries[12].roles[0].term (entry "x"): parseTimeSpan: …`.
 */
export function loadLexicon(options: LoadLexiconOptions = {}): Lexicon {
  const fn = 'loadLexicon';
  const user: EntrySource | undefined =
    options.extend === undefined
      ? undefined
      : typeof options.extend === 'string'
        ? { file: options.extend, entries: readUserFile(options.extend) }
        : { file: '<extend>', entries: options.extend };
  const userEntries = user ? validateSource(user, fn) : [];
  const base = options.replace ? [] : builtInEntries(fn);
  const merged = merge(fn, [base, userEntries], false);
  checkReferences(merged, fn);
  const titles = mergeTitles(builtInTitles(), options.titles ?? []);
  return new Lexicon(
    merged.map((s) => s.entry),
    { titles },
  );
}
