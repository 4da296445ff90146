import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { GoldError } from '../errors';
import { fieldPath } from '../io/field-path';
import { parseJson } from '../io/json';
import { isTimeSpanString } from '../time/timespan';

/** A calendar day `YYYY-MM-DD` that exists. */
export const daySchema = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isTimeSpanString(value), { message: 'not a calendar day (expected YYYY-MM-DD)' });

/** A span string as `parseTimeSpan` reads it. */
export const spanSchema = z
  .string()
  .refine(isTimeSpanString, { message: 'not a date or span (expected e.g. 2024-03-27, 2024-03 or 2024-03-25/2024-03-31)' });

/** Where an evaluation input comes from, for error messages. */
export interface InputSource {
  /** The public function the user called, which every message starts with. */
  fn: string;
  /** The file the value was read from, when there is one. */
  file: string | undefined;
}

/** A {@link GoldError} about `field` of the input, naming the file and the field. */
export function fieldError(source: InputSource, field: string, message: string): GoldError {
  const where = source.file !== undefined ? `${source.file}: ` : '';
  return new GoldError(`${source.fn}: ${where}${field}: ${message}`, { ...(source.file !== undefined && { file: source.file }), field });
}

/**
 * `schema.parse(value)`, failing with a {@link GoldError} on the first issue, which names
 * the file and the field path (`entities[3].wikidata`).
 */
export function parseWithSchema<T>(schema: z.ZodType<T>, value: unknown, source: InputSource): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = fieldPath(issue?.path ?? []) || '(top level)';
  throw fieldError(source, field, issue?.message ?? 'invalid');
}

/** Reads and parses a JSON input file; a {@link GoldError} names the file (and line:column for bad JSON). */
export async function readJsonInput(file: string, fn: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((cause: unknown) => {
    throw new GoldError(`${fn}: cannot read ${file} (${cause instanceof Error ? cause.message : String(cause)})`, { file }, { cause });
  });
  return parseJson(text, fn, file, GoldError);
}
