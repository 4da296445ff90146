import type { z } from 'zod';
import { LexiconError } from '../errors';
import { fieldPath } from '../io/field-path';
import { entrySchema } from './schema';
import { parseTerm } from './terms';
import type { LexiconEntry } from './types';

/** A batch of entries and where it came from, for error messages. */
export interface EntrySource {
  /** File path, or a name such as `<extend>` for entries given in code. */
  file: string;
  entries: readonly unknown[];
}

/** An entry that passed validation, with where it came from. */
export interface SourcedEntry {
  entry: LexiconEntry;
  file: string;
  index: number;
}

function fail(fn: string, file: string, field: string, id: string | undefined, message: string, cause?: unknown): never {
  const who = id === undefined ? '' : ` (entry "${id}")`;
  throw new LexiconError(`${fn}: ${file}: ${field}${who}: ${message}`, { file, field }, cause === undefined ? undefined : { cause });
}

const idOf = (raw: unknown): string | undefined =>
  typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;

/**
 * Checks each entry of one source against the schema, its role terms and span with
 * `parseTimeSpan`, and that no id repeats within the source.
 *
 * @example
 * validateSource({ file: 'mine.json', entries: [{ id: 'x', label: '', kind: 'Person' }] }, 'loadLexicon')
 * // throws LexiconError: loadLexicon: mine.json: entries[0].label (entry "x"): must not be empty
 * @throws {LexiconError} naming the file, the entry's index and id, and the field.
 */
export function validateSource(source: EntrySource, fn: string): SourcedEntry[] {
  const seen = new Map<string, number>();
  return source.entries.map((raw, index) => {
    const result = entrySchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0] as z.core.$ZodIssue;
      fail(fn, source.file, fieldPath(['entries', index, ...issue.path]), idOf(raw), issue.message);
    }
    const entry = result.data;
    const previous = seen.get(entry.id);
    if (previous !== undefined) fail(fn, source.file, `entries[${index}].id`, entry.id, `duplicate id (also entries[${previous}])`);
    seen.set(entry.id, index);
    entry.roles?.forEach((role, r) => {
      try {
        parseTerm(role.term);
      } catch (error) {
        fail(fn, source.file, `entries[${index}].roles[${r}].term`, entry.id, (error as Error).message, error);
      }
    });
    if (entry.span !== undefined) {
      try {
        parseTerm(entry.span);
      } catch (error) {
        fail(fn, source.file, `entries[${index}].span`, entry.id, (error as Error).message, error);
      }
    }
    return { entry, file: source.file, index };
  });
}

/**
 * Checks that every id an entry refers to (`roles[].of`, `country`, `partOf`) names an
 * entry of the merged lexicon.
 *
 * @example
 * checkReferences(sourced, 'loadLexicon')
 * // throws LexiconError: loadLexicon: mine.json: entries[3].roles[0].of (entry "x"): unknown id "NOPE"
 * @throws {LexiconError} naming the file, the entry and the field.
 */
export function checkReferences(entries: readonly SourcedEntry[], fn: string): void {
  const ids = new Set(entries.map((s) => s.entry.id));
  for (const { entry, file, index } of entries) {
    const check = (field: string, id: string | null | undefined): void => {
      if (id !== null && id !== undefined && !ids.has(id)) fail(fn, file, `entries[${index}].${field}`, entry.id, `unknown id "${id}"`);
    };
    entry.roles?.forEach((role, r) => check(`roles[${r}].of`, role.of));
    check('country', entry.country);
    check('partOf', entry.partOf);
  }
}
