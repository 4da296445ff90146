import { z } from 'zod';

/**
 * zod schemas of the lexicon's data files. The TypeScript types in `./types` are
 * inferred from these, so the JSON shipped with the package and a user's own lexicon
 * are checked against one definition.
 */

const QID = /^Q[1-9]\d*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One name an entry goes by. */
export const aliasSchema = z.strictObject({
  /** The name as news writes it: `Netanyahu`, `the Kremlin`, `ISIS`. */
  text: z.string().trim().min(1, 'must not be empty'),
  /** A partisan or loaded name ("the Zionist regime", "the Kyiv regime"); using it signals a stance. */
  loaded: z.literal(true).optional(),
  /** Short or ambiguous (`US`, `IS`, `PA`): matches only with exactly this case. */
  caseSensitive: z.literal(true).optional(),
  /** A place or building standing for an institution ("Tel Aviv" for Israel's government). */
  metonym: z.literal(true).optional(),
  /** Why the name is flagged, who uses it, until when it was current. */
  note: z.string().optional(),
});

/** How a term was held, when not in the ordinary way. */
export const qualifierSchema = z.enum(['acting', 'interim', 'caretaker', 'de facto', 'transitional']);

/** An office held for a time. `of` names another entry by id. */
export const roleSchema = z.strictObject({
  /** The office as it is called: `Prime Minister`, `Secretary of State`, `Spokesperson`. */
  title: z.string().trim().min(1, 'must not be empty'),
  /** Id of the country or organisation the office belongs to; `null` for none. */
  of: z.string().min(1).nullable(),
  /**
   * When it was held, a span string for `parseTimeSpan` (`2022-07-01/2022-12-29`,
   * `2017-04/2019`, `2012-05-07/..`). The granularity states how precisely it is known.
   * The end is the last day in office; a successor may start on that same day.
   */
  term: z.string().min(1),
  qualifier: qualifierSchema.optional(),
  /**
   * The holder still held the office on the term's end date, which is only the last
   * date this data vouches for: the real end is later or unknown.
   */
  stillHeld: z.literal(true).optional(),
  note: z.string().optional(),
});

/** One lexicon entry: a person, country, organisation, government body, outlet, place or event. */
export const entrySchema = z.strictObject({
  /** Stable id, unique in the lexicon: ISO alpha-3 for countries (`ISR`), a slug otherwise (`yair-lapid`). */
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-"'),
  /** Preferred name. */
  label: z.string().trim().min(1, 'must not be empty'),
  /** `Person`, `Country`, `Organization`, `GovernmentBody`, `Place`, `Event`, `Agreement` … */
  kind: z.string().min(1),
  /** A finer class: `news agency`, `armed group`, `political party`, `alliance`, `UN body` … */
  category: z.string().optional(),
  /** Wikidata QID, only where certain. */
  wikidata: z.string().regex(QID, 'must look like Q1234').optional(),
  aliases: z.array(aliasSchema).default([]),
  /** For persons: the name used after a title ("Mr. Lapid", "President Xi"), when it is not the label's last word. */
  surname: z.string().min(1).optional(),
  roles: z.array(roleSchema).optional(),
  /** For countries: people nouns and adjectives (`Israeli`), and their plurals (`Israelis`). */
  demonyms: z.array(z.string().min(1)).optional(),
  /** For countries: the capital(s), and the other names they go by. */
  capital: z.array(z.string().min(1)).optional(),
  /** For countries: ISO 3166-1 alpha-2 code. */
  iso2: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** For countries: member of the United Nations. */
  unMember: z.boolean().optional(),
  /** Id of the country an organisation, body, outlet or place belongs to. */
  country: z.string().min(1).optional(),
  /** Id of a larger entry this one is part of (the Quds Force of the IRGC). */
  partOf: z.string().min(1).optional(),
  /** When it existed or happened, a span string (`1987/..`, `2023-10-07`, `../2024-12-08`). */
  span: z.string().min(1).optional(),
  note: z.string().optional(),
});

/** A canonical office title and the words news uses for it. */
export const titleSchema = z.strictObject({
  title: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
  /** Whether one person at a time holds it for a given `of` (checked over the data). */
  single: z.boolean().default(true),
});

/** A file of entries: a bare array, or an object with `entries`. */
export const entryFileSchema = z.union([z.array(z.unknown()), z.strictObject({ entries: z.array(z.unknown()), note: z.string().optional() })]);

/**
 * How the `Place` entry of a capital city differs from what world-countries gives (its
 * name as label, a slug of it as id, category `capital city`), keyed by the dataset's name.
 */
export const capitalCitySchema = z.strictObject({
  /** Leave the city out: a curated entry or the country itself stands for it. */
  skip: z.literal(true).optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug').optional(),
  /** The name news uses when the dataset's is the country's too (`Luxembourg City`). */
  label: z.string().trim().min(1).optional(),
  category: z.string().min(1).optional(),
  wikidata: z.string().regex(QID, 'must look like Q1234').optional(),
  aliases: z.array(aliasSchema).optional(),
  partOf: z.string().min(1).optional(),
  note: z.string().optional(),
});

/** The supplement to world-countries: what the package lacks, keyed by ISO alpha-3. */
export const countrySupplementSchema = z.strictObject({
  wikidata: z.string().regex(QID).optional(),
  aliases: z.array(aliasSchema).optional(),
  demonyms: z.array(z.string().min(1)).optional(),
  /** Other names of the capital (`Kiev`, `Washington DC`): metonyms of the country, aliases of the city. */
  capital: z.array(z.string().min(1)).optional(),
  /** Corrections to the capital city entries, keyed by the dataset's name of the capital. */
  capitalCities: z.record(z.string(), capitalCitySchema).optional(),
  unMember: z.boolean().optional(),
  note: z.string().optional(),
});

/**
 * Plurals of people-demonyms that the English rule in `pluralDemonyms` gets wrong or
 * misses, keyed by the singular: `"Turk": ["Turks"]`, `"Swiss": []` (no plural form of
 * its own), `"Motswana": ["Batswana"]`.
 */
/** The plurals of one demonym in `demonymPluralsSchema`. */
export const demonymPluralListSchema = z.array(z.string().trim().min(1, 'must not be empty'));

export const demonymPluralsSchema = z.record(z.string().min(1), demonymPluralListSchema);

/** A membership list: countries (or other entries) in an alliance or body, with dates. */
export const membershipSchema = z.strictObject({
  of: z.string().min(1),
  title: z.string().min(1).default('Member'),
  members: z.array(z.strictObject({ id: z.string().min(1), term: z.string().min(1), note: z.string().optional() })),
});

export { ISO_DAY };
