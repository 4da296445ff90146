import countries from 'world-countries';
import type { LexiconAlias, LexiconEntry } from './types';
import type { z } from 'zod';
import type { countrySupplementSchema } from './schema';

/** What `data/countries.json` adds to a world-countries record, keyed by ISO alpha-3. */
export type CountrySupplement = z.infer<typeof countrySupplementSchema>;

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

/**
 * One `Country` entry per record: id = ISO alpha-3, label = common name, capital,
 * demonyms and names from the dataset, completed and corrected by the supplement.
 * Only UN members, observer states and records named in the supplement are kept.
 *
 * @example
 * countryEntries(worldCountries, supplement).find((c) => c.id === 'ISR')?.demonyms  // ['Israeli']
 */
export function countryEntries(records: readonly CountryRecord[], supplement: Readonly<Record<string, CountrySupplement>>): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const record of records) {
    const extra = supplement[record.cca3];
    if (!record.unMember && !extra) continue;
    const english = record.demonyms['eng'];
    const demonyms = [...new Set([...(english ? [english.m, english.f].flatMap(splitDemonym) : []), ...(extra?.demonyms ?? [])])];
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
