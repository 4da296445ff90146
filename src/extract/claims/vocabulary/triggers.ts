import { readFileSync } from 'node:fs';
import { ClaimgraphError } from '../../../errors';
import { parseJson } from '../../../io/json';
import type { PredicateDefinition } from '../../../model/predicate';
import { compareStrings } from '../../../util/compare-strings';
import { PREDICATES } from './predicates';
import { parseField, predicateTriggersSchema, TRIGGER_TENSES, triggerFileSchema, vocabularyError } from './schema';
import triggerData from './triggers.json';
import { nounForms, verbForms } from './inflect';
import type { NounTrigger, PredicateTriggers, PredicateTriggersInput, TriggerForm, TriggerTable, VerbTrigger } from './types';

/** The name errors give the shipped file. */
const BUILT_IN_FILE = 'vocabulary/triggers.json';

/** A trigger entry without its note, as a string: two entries are duplicates when these are equal. */
function entryKey(entry: VerbTrigger | NounTrigger): string {
  const { note: _note, ...rest } = entry;
  return JSON.stringify(rest, Object.keys(rest).sort(compareStrings));
}

/**
 * Schema-checks a triggers file against the predicate ids it may name; an entry may
 * not occur twice for one predicate.
 */
function parseTriggerFile(fn: string, file: string, json: unknown, known: ReadonlySet<string>): Record<string, PredicateTriggers> {
  const { triggers } = parseField(triggerFileSchema, json, fn, file, '');
  const table: Record<string, PredicateTriggers> = {};
  for (const [id, raw] of Object.entries(triggers)) {
    const field = `triggers.${id}`;
    if (!known.has(id)) throw vocabularyError(fn, { file, field }, `unknown predicate "${id}"`);
    const parsed = parseField(predicateTriggersSchema, raw, fn, file, field);
    for (const kind of ['verbs', 'nouns'] as const) {
      const seen = new Map<string, number>();
      parsed[kind].forEach((entry, i) => {
        const key = entryKey(entry);
        const first = seen.get(key);
        if (first !== undefined) throw vocabularyError(fn, { file, field: `${field}.${kind}[${i}]` }, `same as ${kind}[${first}]`);
        seen.set(key, i);
      });
    }
    table[id] = parsed;
  }
  return table;
}

function freezeTable(table: Record<string, PredicateTriggers>): TriggerTable {
  for (const t of Object.values(table)) {
    t.verbs.forEach((v) => Object.freeze(v));
    t.nouns.forEach((n) => Object.freeze(n));
    Object.freeze(t.verbs);
    Object.freeze(t.nouns);
    Object.freeze(t);
  }
  return Object.freeze(table);
}

/**
 * The trigger words of the built-in predicates (`triggers.json`), by predicate id.
 * Validated once, when the module loads.
 *
 * @example
 * TRIGGERS.meets?.verbs  // [{ verb: 'meet' }, { verb: 'meet', preposition: 'with' }, …]
 */
export const TRIGGERS: TriggerTable = freezeTable(parseTriggerFile('TRIGGERS', BUILT_IN_FILE, triggerData, new Set(PREDICATES.map((p) => p.id))));

/** Options for {@link loadTriggers}. */
export interface LoadTriggersOptions {
  /**
   * The user's triggers, `{ "triggers": { "<predicate id>": { "verbs": [...], "nouns": [...] } } }`,
   * or the path of a JSON file holding that. Entries are added to the built-in ones of the same predicate.
   */
  extend?: { note?: string; triggers: Record<string, PredicateTriggersInput> } | string;
  /** Use only the user's triggers, none of the built-in ones (default `false`). */
  replace?: boolean;
  /** The predicates the triggers may name (default {@link PREDICATES}; pass the result of `loadPredicates` when extending both). */
  predicates?: readonly PredicateDefinition[];
}

/**
 * The built-in triggers extended by the user's (entries added per predicate; one equal
 * to a built-in entry is dropped), or the user's alone with `replace: true`. Every
 * predicate named must be in `options.predicates`.
 *
 * @example
 * loadTriggers({ extend: { triggers: { meets: { verbs: [{ verb: 'huddle', preposition: 'with' }] } } } })
 * @throws {ClaimgraphError} naming the file and the field, e.g.
 *   `loadTriggers: <extend>: triggers.meets.verbs[0].verb: must be lower-case words separated by single spaces`.
 */
export function loadTriggers(options: LoadTriggersOptions = {}): TriggerTable {
  const fn = 'loadTriggers';
  const known = new Set((options.predicates ?? PREDICATES).map((p) => p.id));
  let user: Record<string, PredicateTriggers> = {};
  if (typeof options.extend === 'string') {
    const path = options.extend;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw vocabularyError(fn, { file: path }, `cannot read (${(error as Error).message})`, error);
    }
    user = parseTriggerFile(fn, path, parseJson(text, fn, path, ClaimgraphError), known);
  } else if (options.extend !== undefined) {
    user = parseTriggerFile(fn, '<extend>', options.extend, known);
  }
  const table: Record<string, PredicateTriggers> = {};
  if (!options.replace) {
    for (const [id, t] of Object.entries(TRIGGERS)) {
      if (!known.has(id)) continue; // a predicate left out of options.predicates takes its triggers with it
      table[id] = { verbs: [...t.verbs], nouns: [...t.nouns] };
    }
  }
  for (const [id, t] of Object.entries(user)) {
    const base = table[id] ?? { verbs: [], nouns: [] };
    const has = new Set([...base.verbs, ...base.nouns].map(entryKey));
    table[id] = {
      verbs: [...base.verbs, ...t.verbs.filter((v) => !has.has(entryKey(v)))],
      nouns: [...base.nouns, ...t.nouns.filter((n) => !has.has(entryKey(n)))],
    };
  }
  return freezeTable(table);
}

function formsOf(predicate: string, triggers: PredicateTriggers): Array<TriggerForm & { bare?: true }> {
  const out: Array<TriggerForm & { bare?: true }> = [];
  for (const v of triggers.verbs) {
    const forms = verbForms(v.verb);
    // a preposition right after the verb is part of the phrase ("met with"); a separated one is looked for after the verb's own object
    const attached = v.preposition !== undefined && !v.separated ? ` ${v.preposition}` : '';
    for (const tense of v.tenses ?? TRIGGER_TENSES) {
      const form = {
        predicate,
        kind: 'verb' as const,
        tense,
        lemma: v.verb,
        ...(v.complement !== undefined && { complement: v.complement }),
        ...(v.reversed && { reversed: true as const }),
        ...(v.together && { together: true as const }),
      };
      out.push({ form: `${forms[tense]}${attached}`, ...form, ...(v.separated && { preposition: v.preposition }) });
      // a verb and its noun take a possessive between them: "strengthen [its] ties with", "voiced [their] concern over"
      for (const inner of possessiveForms(forms[tense], v.verb)) out.push({ form: `${inner}${attached}`, ...form, ...(v.separated && { preposition: v.preposition }) });
      // the verb alone too ("with the US abstaining"), its preposition still introducing the object when present
      if (attached && tense !== 'base') out.push({ form: forms[tense], ...form, preposition: v.preposition, bare: true });
    }
  }
  for (const n of triggers.nouns) {
    // a noun often stands without its preposition ("an Israeli strike killed"), so the form is the noun alone
    for (const form of nounForms(n.noun, n.plural)) {
      out.push({
        form,
        predicate,
        kind: 'noun',
        tense: 'base',
        lemma: n.noun,
        ...(n.preposition !== undefined && { preposition: n.preposition }),
        ...(n.reversed && { reversed: true as const }),
        ...(n.phrase && { phrase: true as const }),
        ...(n.about && { about: n.about }),
        ...(n.adjective && { adjective: true as const }),
        ...(n.state && { state: true as const }),
      });
    }
  }
  return out;
}

const POSSESSIVES = ['its', 'their', 'his', 'her', 'our'];
/** Words after a verb that are not its noun object: particles and articles ("carry out", "launch an attack"). */
const NOT_A_NOUN = /^(?:out|down|up|off|in|on|under|a|an|the|fire)$/;

/** `inflected` ("strengthened ties") with each possessive after the verb ("strengthened its ties"), when the phrase is a verb and its noun. */
function possessiveForms(inflected: string, lemma: string): string[] {
  const words = lemma.trim().split(/\s+/);
  if (words.length < 2 || NOT_A_NOUN.test(words[1]!.toLowerCase())) return [];
  const tail = words.slice(1).join(' ').toLowerCase();
  const head = inflected.slice(0, inflected.length - tail.length - 1);
  return POSSESSIVES.map((p) => `${head} ${p} ${tail}`);
}

/** By form; for one form, verbs before nouns, then by tense, predicate and lemma. */
function compareForms(a: TriggerForm, b: TriggerForm): number {
  return (
    compareStrings(a.form, b.form) ||
    compareStrings(b.kind, a.kind) ||
    TRIGGER_TENSES.indexOf(a.tense) - TRIGGER_TENSES.indexOf(b.tense) ||
    compareStrings(a.predicate, b.predicate) ||
    compareStrings(a.lemma, b.lemma) ||
    compareStrings(JSON.stringify(a), JSON.stringify(b))
  );
}

const expanded = new WeakMap<TriggerTable, readonly TriggerForm[]>();

/**
 * Every inflected form of every trigger, sorted by form: verbs in five tenses
 * (`meet`, `meets`, `met` as participle and as past, `meeting`), followed by their
 * preposition unless it is separated from the verb (`met with`); nouns singular and
 * plural, their preposition apart (`strikes` … `on`). Computed once per table and cached.
 *
 * @example
 * triggerForms().filter((f) => f.form === 'met with')
 * // [{ form: 'met with', predicate: 'meets', kind: 'verb', tense: 'participle', lemma: 'meet' }, { … tense: 'past' … }]
 * triggerForms(loadTriggers({ extend: { triggers: { meets: { verbs: [{ verb: 'huddle', preposition: 'with' }] } } } }))
 */
export function triggerForms(triggers: TriggerTable = TRIGGERS): readonly TriggerForm[] {
  const cached = expanded.get(triggers);
  if (cached) return cached;
  const seen = new Set<string>();
  const all = Object.entries(triggers).flatMap(([predicate, t]) => formsOf(predicate, t));
  // a verb without its preposition is kept only where it names one predicate ("voted" could be for or against)
  const predicatesOf = new Map<string, Set<string>>();
  for (const f of all) predicatesOf.set(f.form, (predicatesOf.get(f.form) ?? new Set()).add(f.predicate));
  const forms = all
    .filter((f) => !f.bare || (predicatesOf.get(f.form)!.size === 1 && !all.some((g) => !g.bare && g.form === f.form)))
    .map(({ bare: _bare, ...f }) => f)
    .filter((f) => {
      const key = JSON.stringify(f);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareForms)
    .map((f) => Object.freeze(f));
  const result = Object.freeze(forms);
  expanded.set(triggers, result);
  return result;
}
