import { z } from 'zod';
import { ClaimgraphError, type ErrorLocation } from '../../../errors';
import { fieldPath } from '../../../io/field-path';

/**
 * zod schemas of the predicate vocabulary's two data files, `predicates.json` and
 * `triggers.json`. The shipped files and a user's extensions are checked against the
 * same definitions.
 */

/** The event types of PLOVER (as used by POLECAT). */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

/**
 * The forms a verb trigger expands to (nouns are all `base`), in sort order: a participle
 * before the past it looks like, so that a reader keeping one entry per form still sees passives.
 */
export const TRIGGER_TENSES = ['base', 'present', 'participle', 'past', 'gerund'] as const;

const predicateId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase: a lower-case letter, then letters and digits');
const text = z.string().trim().min(1, 'must not be empty');
/** Lower-case words separated by single spaces or hyphens: `meet`, `hold talks`, `air strike`. */
const phrase = z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/, 'must be lower-case words separated by single spaces');
const word = z.string().regex(/^[a-z]+$/, 'must be one lower-case word');

/** One predicate: a {@link PredicateDefinition} as written in the data. */
export const predicateSchema = z.strictObject({
  id: predicateId,
  label: text,
  comment: text,
  /** CAMEO event code, two to four digits under a root 01–20: `042`, `0841`. */
  cameo: z
    .string()
    .regex(/^(?:0[1-9]|1\d|20)\d{0,2}$/, 'must be a CAMEO code such as "042"')
    .optional(),
  plover: z.enum(PLOVER_TYPES).optional(),
  valence: z.enum(['cooperative', 'hostile', 'neutral']),
  inverse: predicateId.optional(),
  contrary: z.array(predicateId).optional(),
  functional: z.boolean().default(false),
  symmetric: z.boolean().default(false),
});

/** A file of predicates: a bare array, or an object with `predicates`. */
export const predicateFileSchema = z.union([z.array(z.unknown()), z.strictObject({ predicates: z.array(z.unknown()), note: z.string().optional() })]);

/**
 * A verb that signals a predicate. Grammatical subject → the predicate's subject, and
 * the object (see `preposition`) → the predicate's object, unless `reversed`. The
 * passive ("was accused by") swaps the two for every verb and is not marked.
 */
export const verbTriggerSchema = z
  .strictObject({
    /** Base form; only the first word is inflected: `meet`, `hold talks` → `held talks`, `lash out`. */
    verb: phrase,
    /**
     * The word that introduces the predicate's object (`with` in "met with X"). It is
     * part of every form ("met with") unless `separated`. Absent: the direct object.
     */
    preposition: word.optional(),
    /**
     * The preposition comes after the verb's own object, which is then not the
     * predicate's object: "discussed [the war] with X", "pledged [aid] to X". Forms are the verb alone.
     */
    separated: z.literal(true).optional(),
    /**
     * The word introducing a further argument that is not the object: `of` in "accused X of Y",
     * `to` in "urged X to". After `for` or `of`, what X is said to have done is the subject's claim.
     */
    complement: word.optional(),
    /** The grammatical subject is the predicate's object, and the object its subject: "X received aid from Y". */
    reversed: z.literal(true).optional(),
    /** The parties are the names listed after the verb, related each to each: "the summit brought together X, Y and Z". For symmetric predicates. */
    together: z.literal(true).optional(),
    /** Only these forms, when the others are common other words: `back` (the adverb) → `['present', 'past', 'participle', 'gerund']`. */
    tenses: z.array(z.enum(TRIGGER_TENSES)).min(1, 'must name at least one tense').optional(),
    note: z.string().optional(),
  })
  .refine((v) => !v.separated || v.preposition !== undefined, { message: 'separated needs a preposition', path: ['separated'] });

/** A noun that signals a predicate ("meeting", "airstrike"); its subject is usually a possessive, an adjective or a `by` phrase. */
export const nounTriggerSchema = z.strictObject({
  /** Singular; only the last word is pluralised: `phone call` → `phone calls`. */
  noun: phrase,
  /** The plural when the rule gets it wrong, or `false` for a noun used in one number only (`aid`, `talks`). */
  plural: z.union([phrase, z.literal(false)]).optional(),
  /** The word that introduces the predicate's object: `on` in "strikes on X", `of` in "invasion of X". */
  preposition: word.optional(),
  /** The preposition introduces the predicate's subject instead: `from` in "the death toll from X". */
  reversed: z.literal(true).optional(),
  /**
   * The object is the phrase the preposition introduces, not a named party: "a change in
   * [its policy]". The noun counts only with that preposition after it, or as a definite
   * "the change" taking up one the document spoke of just before.
   */
  phrase: z.literal(true).optional(),
  /** An adjective read like a noun ("was notably supportive of X", "critical of X"): it counts only with its preposition after it. */
  adjective: z.literal(true).optional(),
  /** For a `phrase` noun: the phrase must hold one of these words ("a shift in [policy]", not "a shift in the weather"). */
  about: z.array(word).min(1).optional(),
  /**
   * An adjective said of a relationship named before it: "relations between X and Y have
   * been [strained]", "the relationship between X and Y could be [tense]". It counts only so.
   */
  state: z.literal(true).optional(),
  note: z.string().optional(),
})
  .refine((n) => !n.phrase || n.preposition !== undefined, { message: 'phrase needs a preposition', path: ['phrase'] })
  .refine((n) => !n.about || n.phrase, { message: 'about needs phrase', path: ['about'] })
  .refine((n) => !n.adjective || n.preposition !== undefined, { message: 'adjective needs a preposition', path: ['adjective'] });

/** The trigger words of one predicate. */
export const predicateTriggersSchema = z
  .strictObject({
    verbs: z.array(verbTriggerSchema).default([]),
    nouns: z.array(nounTriggerSchema).default([]),
  })
  .refine((t) => t.verbs.length + t.nouns.length > 0, { message: 'needs at least one verb or noun' });

/** A triggers file: predicate id → its trigger words. */
export const triggerFileSchema = z.strictObject({
  note: z.string().optional(),
  triggers: z.record(predicateId, z.unknown()),
});

/**
 * Builds the error the vocabulary throws: `fn: file: field: message`, carrying `file`
 * and `field`. (One place, so that a dedicated error class can be swapped in.)
 */
export function vocabularyError(fn: string, location: { file: string; field?: string }, message: string, cause?: unknown): ClaimgraphError {
  const where = [location.file, location.field].filter((p) => p !== undefined).join(': ');
  const loc: ErrorLocation = { file: location.file, ...(location.field !== undefined && { field: location.field }) };
  return new ClaimgraphError(`${fn}: ${where}: ${message}`, loc, cause === undefined ? undefined : { cause });
}

/** `schema.parse(raw)`, failing with an error that names the file and the field. */
export function parseField<S extends z.ZodType>(schema: S, raw: unknown, fn: string, file: string, field: string): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = fieldPath([field, ...(issue?.path ?? [])].filter((k): k is string | number => typeof k !== 'symbol' && k !== ''));
    throw vocabularyError(fn, { file, field: at }, issue?.message ?? 'invalid');
  }
  return result.data;
}
