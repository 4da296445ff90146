import { readFileSync } from 'node:fs';
import { ClaimgraphError } from '../../../errors';
import { parseJson } from '../../../io/json';
import type { PredicateDefinition } from '../../../model/predicate';
import predicateData from './predicates.json';
import { parseField, predicateFileSchema, predicateSchema, vocabularyError } from './schema';
import type { PredicateInput } from './types';

/** The name errors give the shipped file. */
const BUILT_IN_FILE = 'vocabulary/predicates.json';

/** A parsed predicate and where it was read, for messages. */
interface Sourced {
  def: PredicateDefinition;
  file: string;
  index: number;
}

function predicatesOf(fn: string, file: string, json: unknown): unknown[] {
  const parsed = predicateFileSchema.safeParse(json);
  if (!parsed.success) throw vocabularyError(fn, { file }, 'expected an array of predicates or { "predicates": [...] }');
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.predicates;
}

/** Schema-checks one file's predicates; ids must be unique within it. */
function parsePredicates(fn: string, file: string, raw: readonly unknown[]): Sourced[] {
  const seen = new Map<string, number>();
  return raw.map((item, index) => {
    const def: PredicateDefinition = parseField(predicateSchema, item, fn, file, `predicates[${index}]`);
    const first = seen.get(def.id);
    if (first !== undefined) throw vocabularyError(fn, { file, field: `predicates[${index}].id` }, `duplicate id "${def.id}" (also predicates[${first}])`);
    seen.set(def.id, index);
    return { def, file, index };
  });
}

/**
 * Checks what the schema cannot: every `inverse` and `contrary` names a predicate of
 * the vocabulary, inverses and contraries are mutual, and a symmetric predicate has no
 * inverse (it is its own).
 */
function checkReferences(fn: string, vocabulary: readonly Sourced[]): void {
  const byId = new Map(vocabulary.map((s) => [s.def.id, s.def]));
  for (const { def: p, file, index } of vocabulary) {
    const fail = (field: string, message: string) => vocabularyError(fn, { file, field: `predicates[${index}].${field}` }, `${message} (predicate "${p.id}")`);
    if (p.inverse !== undefined) {
      if (p.symmetric) throw fail('inverse', 'a symmetric predicate is its own inverse: leave inverse out');
      if (p.inverse === p.id) throw fail('inverse', 'a predicate that is its own inverse is symmetric: write symmetric: true');
      const other = byId.get(p.inverse);
      if (!other) throw fail('inverse', `unknown predicate "${p.inverse}"`);
      if (other.inverse !== p.id) throw fail('inverse', `not mutual: "${p.inverse}" does not name "${p.id}" as its inverse`);
    }
    (p.contrary ?? []).forEach((c, i) => {
      if (c === p.id) throw fail(`contrary[${i}]`, 'a predicate cannot be its own contrary');
      if (p.contrary!.indexOf(c) !== i) throw fail(`contrary[${i}]`, `"${c}" is listed twice`);
      const other = byId.get(c);
      if (!other) throw fail(`contrary[${i}]`, `unknown predicate "${c}"`);
      if (!other.contrary?.includes(p.id)) throw fail(`contrary[${i}]`, `not mutual: "${c}" does not list "${p.id}" as contrary`);
    });
  }
}

function freeze(def: PredicateDefinition): PredicateDefinition {
  if (def.contrary) Object.freeze(def.contrary);
  return Object.freeze(def);
}

function builtIn(): PredicateDefinition[] {
  const fn = 'PREDICATES';
  const sourced = parsePredicates(fn, BUILT_IN_FILE, predicatesOf(fn, BUILT_IN_FILE, predicateData));
  checkReferences(fn, sourced);
  return sourced.map((s) => freeze(s.def));
}

/**
 * The predicates of the vocabulary (`predicates.json`): who met, praised, accused,
 * sanctioned, struck or vetoed whom. Validated once, when the module loads.
 *
 * @example
 * import { vocabularyTurtle } from 'claimgraph';
 * vocabularyTurtle({ predicates: PREDICATES })  // declares cg:meets, cg:vetoes …
 */
export const PREDICATES: readonly PredicateDefinition[] = Object.freeze(builtIn());

const BY_ID = new Map(PREDICATES.map((p) => [p.id, p]));

/**
 * The built-in predicate with this id, or `undefined`.
 *
 * @example
 * predicate('visits')?.inverse  // 'hosts'
 * predicate('vetoes')?.cameo    // '129'
 */
export function predicate(id: string): PredicateDefinition | undefined {
  return BY_ID.get(id);
}

/** Options for {@link loadPredicates}. */
export interface LoadPredicatesOptions {
  /**
   * The user's predicates: an array, or the path of a JSON file holding an array or
   * `{ "predicates": [...] }`. A predicate whose id is built in replaces the built-in one.
   */
  extend?: ReadonlyArray<PredicateInput | PredicateDefinition> | string;
  /** Use only the user's predicates, none of the built-in ones (default `false`). */
  replace?: boolean;
}

function readUserFile(fn: string, path: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw vocabularyError(fn, { file: path }, `cannot read (${(error as Error).message})`, error);
  }
  return predicatesOf(fn, path, parseJson(text, fn, path, ClaimgraphError));
}

/**
 * The built-in predicates extended by the user's (same id: the user's replaces the
 * built-in one), or the user's alone with `replace: true`. The result is checked as a
 * whole: schema, unique ids, and that inverses and contraries exist and are mutual, so
 * a new contrary of a built-in predicate means redefining that predicate too.
 *
 * @example
 * loadPredicates({ extend: [{ id: 'evacuates', label: 'evacuates', comment: 'Moves the object out of danger.', valence: 'cooperative' }] })
 * loadPredicates({ extend: 'my-predicates.json' })
 * @throws {ClaimgraphError} naming the file and the field, e.g.
 *   `loadPredicates: <extend>: predicates[0].valence: Invalid option: expected one of …`.
 */
export function loadPredicates(options: LoadPredicatesOptions = {}): PredicateDefinition[] {
  const fn = 'loadPredicates';
  const user =
    options.extend === undefined
      ? []
      : typeof options.extend === 'string'
        ? parsePredicates(fn, options.extend, readUserFile(fn, options.extend))
        : parsePredicates(fn, '<extend>', options.extend);
  const merged = new Map<string, Sourced>();
  if (!options.replace) PREDICATES.forEach((def, index) => merged.set(def.id, { def, file: BUILT_IN_FILE, index }));
  for (const s of user) merged.set(s.def.id, s);
  const vocabulary = [...merged.values()];
  checkReferences(fn, vocabulary);
  return vocabulary.map((s) => s.def);
}
