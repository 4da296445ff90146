import type { z } from 'zod';
import type { nounTriggerSchema, predicateSchema, predicateTriggersSchema, TRIGGER_TENSES, verbTriggerSchema } from './schema';

/** A predicate as a user may write it: `functional` and `symmetric` default to `false`. */
export type PredicateInput = z.input<typeof predicateSchema>;

/** A verb that signals a predicate; see {@link verbTriggerSchema}. */
export type VerbTrigger = z.output<typeof verbTriggerSchema>;

/** A noun that signals a predicate; see {@link nounTriggerSchema}. */
export type NounTrigger = z.output<typeof nounTriggerSchema>;

/** The trigger words of one predicate. */
export type PredicateTriggers = z.output<typeof predicateTriggersSchema>;

/** The trigger words of one predicate as a user may write them (`verbs`, `nouns` optional). */
export type PredicateTriggersInput = z.input<typeof predicateTriggersSchema>;

/** Predicate id → its trigger words. */
export type TriggerTable = Readonly<Record<string, PredicateTriggers>>;

/** Which inflection a trigger form is. Nouns, singular and plural, are `base`. */
export type TriggerTense = (typeof TRIGGER_TENSES)[number];

/**
 * One inflected trigger, ready for matching: `met with` → `meets`. A form may occur more
 * than once: `accused` is both `participle` and `past`, `strikes` is a verb and a noun.
 * In the passive ("was accused by X") subject and object swap, for every verb.
 */
export interface TriggerForm {
  /** Lower case, one or more words: `met`, `met with`, `held talks with`, `air strikes`. */
  form: string;
  /** Predicate id. */
  predicate: string;
  kind: 'verb' | 'noun';
  tense: TriggerTense;
  /** The verb or noun as the data writes it: `hold talks`, `phone call`. */
  lemma: string;
  /**
   * The word introducing the predicate's object when `form` does not end with it: after
   * a noun ("strikes" … `on`), or after a verb's own object ("discussed" [the war] `with`).
   */
  preposition?: string;
  /** The word introducing a further argument that is not the object (`of` after "accused X"). */
  complement?: string;
  /** The grammatical subject is the predicate's object ("X received aid from Y": Y provides aid to X). */
  reversed?: true;
  /** The parties are the names listed after the verb, each related to each ("brought together X, Y and Z"). */
  together?: true;
  /** An adjective said of the relationship between two parties named before it ("relations between X and Y are [strained]"). */
  state?: true;
  /** A noun whose object is the phrase after its preposition ("a change in [its policy]"). */
  phrase?: true;
  /** An adjective ("supportive"): a trigger only with its preposition after it. */
  adjective?: true;
  /** Words one of which the phrase must hold (`policy`, `stance` …). */
  about?: readonly string[];
}
