import countries from 'world-countries';
import type { LexiconAlias, LexiconEntry } from './types';
import type { z } from 'zod';
import type { capitalCitySchema, countrySupplementSchema } from './schema';

/** What `data/countries.json` adds to a world-countries record, keyed by ISO alpha-3. */
export type CountrySupplement = z.infer<typeof countrySupplementSchema>;

/** A correction to a generated capital city entry; see `capitalCitySchema`. */
export type CapitalCityOverride = z.infer<typeof capitalCitySchema>;

/** Plurals the English rule gets wrong, keyed by the singular (`data/demonym-plurals.json`). */
export type DemonymPlurals = Readonly<Record<string, readonly string[]>>;

/** The fields of a world-countries record the lexicon reads. */
export interface CountryRecord {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  unMember: boolean;
  independent?: boolean | null;
  demonyms: { [language: string]: { f: string; m: string } | undefined };
}

const LATIN_NAME = /^[\p{Script=Latin}\s'’.()-]+$/u;

/** Splits world-countries' compound demonyms ("Antiguan, Barbudan", "Kittitian or Nevisian"). */
function splitDemonym(text: string): string[] {
  return text
    .split(/,\s*|\s+or\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Names from world-countries that news writes: the official name and Latin-script
 * alternative spellings, without two-letter codes and inverted catalogue forms
 * ("Korea, Republic of"). All-capital short forms (`UAE`, `DPRK`) become case-sensitive.
 */
function datasetAliases(record: CountryRecord): LexiconAlias[] {
  const names = [record.name.official, ...record.altSpellings].filter(
    (name) => name !== record.name.common && LATIN_NAME.test(name) && !name.includes(',') && name.length > 2,
  );
  return names.map((text) => (/^[A-Z]{3,5}$/.test(text) ? { text, caseSensitive: true as const } : { text }));
}

/** Singular demonyms whose plural adds -s: Israeli, Russian, Korean, Icelander, Nigerien, Cypriot, Kosovar, Filipino. */
const PLURAL_IN_S = /(?:an|i|er|ien|ot|ar|o)$/;

/**
 * The plural people-nouns of a demonym, by the English rule: those ending in -an, -ean,
 * -ian, -i, -er, -ien, -ot, -ar or -o add -s (`Israeli` → `Israelis`, `Russian` →
 * `Russians`); adjectives in -ese, -ish, -ch, -ss and the like have no plural of their
 * own (`the Chinese`, `the British`, `the French`), nor have abbreviations (`US`, `UK`).
 * `exceptions` overrides the rule, keyed by the singular (`Turk` → `Turks`, `Swiss` → none).
 *
 * @example
 * pluralDemonyms('Israeli')                       // ['Israelis']
 * pluralDemonyms('Chinese')                       // []
 * pluralDemonyms('Turk', { Turk: ['Turks'] })     // ['Turks']
 */
export function pluralDemonyms(demonym: string, exceptions: DemonymPlurals = {}): string[] {
  const listed = Object.hasOwn(exceptions, demonym) ? exceptions[demonym] : undefined;
  if (listed) return listed.filter((plural) => plural !== demonym);
  if (!/^\p{Lu}\p{Ll}/u.test(demonym)) return [];
  return PLURAL_IN_S.test(demonym) ? [`${demonym}s`] : [];
}

/**
 * One `Country` entry per record: id = ISO alpha-3, label = common name, capital,
 * demonyms and names from the dataset, completed and corrected by the supplement.
 * Only UN members, observer states and records named in the supplement are kept.
 * The demonyms are followed by their plural people-nouns ({@link pluralDemonyms}).
 *
 * @example
 * countryEntries(worldCountries, supplement).find((c) => c.id === 'ISR')?.demonyms  // ['Israeli', 'Israelis']
 */
export function countryEntries(
  records: readonly CountryRecord[],
  supplement: Readonly<Record<string, CountrySupplement>>,
  plurals: DemonymPlurals = {},
): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const record of records) {
    const extra = supplement[record.cca3];
    if (!record.unMember && !extra) continue;
    const english = record.demonyms['eng'];
    const singular = [...(english ? [english.m, english.f].flatMap(splitDemonym) : []), ...(extra?.demonyms ?? [])];
    const demonyms = [...new Set([...singular, ...singular.flatMap((d) => pluralDemonyms(d, plurals))])];
    const aliases = dedupe([...datasetAliases(record), ...(extra?.aliases ?? [])], record.name.common);
    const unMember = extra?.unMember ?? record.unMember;
    entries.push({
      id: record.cca3,
      label: record.name.common,
      kind: 'Country',
      ...(extra?.wikidata !== undefined && { wikidata: extra.wikidata }),
      aliases,
      demonyms,
      capital: [...new Set([...record.capital, ...(extra?.capital ?? [])])],
      iso2: record.cca2,
      unMember,
      ...(extra?.note !== undefined && { note: extra.note }),
    });
  }
  return entries;
}

/**
 * An id for a capital city: its name lower-cased without diacritics, apostrophes and
 * full stops, other runs of non-letters made one hyphen (`Washington D.C.` → `washington-dc`,
 * `Sana'a` → `sanaa`).
 */
function citySlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * One `Place` entry (category `capital city`) per capital of the countries
 * {@link countryEntries} keeps: label = the dataset's name of the capital, id = a slug
 * of it, `country` = the ISO alpha-3 id. The supplement's other names of the capital
 * (`Kiev`) become aliases of the first capital, and its `capitalCities` corrects single
 * cities. A capital named as its country (Singapore, Monaco, Vatican City) is the
 * country itself and gets no entry of its own, unless the supplement labels it
 * (`Luxembourg City`); a city whose id is in `taken` is a curated entry and is left out.
 * The country keeps its `capital` metonyms: "Moscow" names both the city and Russia's
 * government, and the linker decides which from context.
 *
 * @example
 * capitalCityEntries(worldCountries, supplement).find((c) => c.country === 'RUS')
 * // { id: 'moscow', label: 'Moscow', kind: 'Place', category: 'capital city', country: 'RUS', aliases: [] }
 */
export function capitalCityEntries(
  records: readonly CountryRecord[],
  supplement: Readonly<Record<string, CountrySupplement>>,
  taken: ReadonlySet<string> = new Set(),
): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const ids = new Set(taken);
  for (const record of records) {
    const extra = supplement[record.cca3];
    if (!record.unMember && !extra) continue;
    record.capital.forEach((name, i) => {
      const override: CapitalCityOverride = extra?.capitalCities?.[name] ?? {};
      if (override.skip || (name === record.name.common && override.label === undefined)) return;
      const label = override.label ?? name;
      const id = override.id ?? citySlug(label);
      if (!id || ids.has(id)) return;
      ids.add(id);
      const otherNames = i === 0 ? (extra?.capital ?? []) : [];
      const aliases = dedupe([{ text: name }, ...otherNames.map((text) => ({ text })), ...(override.aliases ?? [])], label);
      entries.push({
        id,
        label,
        kind: 'Place',
        category: override.category ?? 'capital city',
        ...(override.wikidata !== undefined && { wikidata: override.wikidata }),
        aliases,
        country: record.cca3,
        ...(override.partOf !== undefined && { partOf: override.partOf }),
        ...(override.note !== undefined && { note: override.note }),
      });
    });
  }
  return entries;
}

/** Aliases without repeats (by text and case rule); a flagged duplicate wins over a plain one. */
function dedupe(aliases: LexiconAlias[], label: string): LexiconAlias[] {
  const byText = new Map<string, LexiconAlias>();
  for (const alias of aliases) {
    if (alias.text === label) continue;
    const key = `${alias.caseSensitive ? 'cs' : 'ci'}:${alias.caseSensitive ? alias.text : alias.text.toLowerCase()}`;
    byText.set(key, { ...byText.get(key), ...alias });
  }
  return [...byText.values()];
}

/** The world-countries records, typed as the lexicon reads them. */
export const WORLD_COUNTRIES: readonly CountryRecord[] = countries as unknown as CountryRecord[];
