import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ManifestError } from '../errors';
import { parseJson } from '../io/json';
import { fieldPath } from '../io/field-path';
import { isTimeSpanString } from '../time/timespan';

const entrySchema = z.strictObject({
  file: z.string().min(1),
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  published: z.string().refine(isTimeSpanString, { message: 'not a date or span (expected e.g. 2024-03-27, 2024-03 or 2024-03-25/2024-03-31)' }).optional(),
  language: z.string().min(1).optional(),
});

/**
 * What a manifest says about one corpus file. `file` is a path relative to the manifest's
 * directory; `published` is a span string (`2024-03-27`, `2024-03`, `2024-03-25/..`).
 */
export type ManifestEntry = z.infer<typeof entrySchema>;

/** Options for {@link parseManifest} and {@link validateManifest}. */
export interface ParseManifestOptions {
  /** Path of the manifest, named in errors. */
  file?: string;
}

/**
 * Checks that a value is a manifest: an array of entries, or `{ documents: [...] }`.
 * Fields in errors are counted in the list of entries (`[2].published`).
 *
 * @example
 * validateManifest([{ file: '003.txt', outlet: 'Báo Quốc Tế', published: '2024-03-27' }])
 * @throws {ManifestError} naming the file and the field (`[2].published`) at fault.
 */
export function validateManifest(value: unknown, options: ParseManifestOptions = {}): ManifestEntry[] {
  const where = { ...(options.file !== undefined && { file: options.file }) };
  const wrapped = value !== null && typeof value === 'object' && !Array.isArray(value) && 'documents' in value;
  const entries = wrapped ? value.documents : value;
  if (!Array.isArray(entries)) {
    throw new ManifestError(`validateManifest: ${options.file ?? 'the manifest'} must be an array of entries or { "documents": [...] }`, where);
  }
  const parsed = z.array(entrySchema).safeParse(entries);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
    const field = fieldPath([...(issue?.path ?? []), ...keys.slice(0, 1)]);
    throw new ManifestError(`validateManifest: ${options.file ?? 'manifest'} ${field}: ${issue?.message ?? 'invalid'}`, { ...where, field });
  }
  const seen = new Set<string>();
  parsed.data.forEach((entry, index) => {
    if (seen.has(entry.file)) {
      const field = fieldPath([index, 'file']);
      throw new ManifestError(`validateManifest: ${options.file ?? 'manifest'} ${field}: "${entry.file}" is listed twice`, { ...where, field });
    }
    seen.add(entry.file);
  });
  return parsed.data;
}

/**
 * Parses and validates the JSON text of a manifest.
 *
 * @example
 * parseManifest('{ "documents": [{ "file": "003.txt", "published": "2024-03-27" }] }', { file: 'manifest.json' })
 * @throws {ManifestError} for invalid JSON (with line and column) or an invalid entry.
 */
export function parseManifest(json: string, options: ParseManifestOptions = {}): ManifestEntry[] {
  return validateManifest(parseJson(json, 'parseManifest', options.file, ManifestError), options);
}

/**
 * Resolves each entry's `file` against `baseDir` and checks that the file exists.
 *
 * @example
 * await resolveManifestFiles([{ file: '003.txt' }], 'examples/corpus') // [{ file: '/…/examples/corpus/003.txt' }]
 * @throws {ManifestError} naming the entry (`[1].file`) whose file is missing.
 */
export async function resolveManifestFiles(entries: readonly ManifestEntry[], baseDir: string, options: ParseManifestOptions = {}): Promise<ManifestEntry[]> {
  return Promise.all(
    entries.map(async (entry, index) => {
      const file = resolve(baseDir, entry.file);
      const found = await stat(file).then((s) => s.isFile(), () => false);
      if (!found) {
        const field = fieldPath([index, 'file']);
        throw new ManifestError(`resolveManifestFiles: ${options.file ?? 'manifest'} ${field}: no file ${file}`, {
          ...(options.file !== undefined && { file: options.file }),
          field,
        });
      }
      return { ...entry, file };
    }),
  );
}

/**
 * Reads a manifest file (a JSON array of `{ file, title?, outlet?, url?, published?, language? }`,
 * or `{ "documents": [...] }`). Each `file` is resolved against the manifest's directory and
 * must exist; the entries come back with absolute paths.
 *
 * @example
 * const entries = await loadManifest('corpus/manifest.json');
 * @throws {ManifestError} when the manifest cannot be read, is not valid JSON, has an invalid
 * entry or names a missing file — always naming the manifest and, where there is one, the field.
 */
export async function loadManifest(path: string): Promise<ManifestEntry[]> {
  const json = await readFile(path, 'utf8').catch((cause: unknown) => {
    throw new ManifestError(`loadManifest: cannot read ${path} (${cause instanceof Error ? cause.message : String(cause)})`, { file: path }, { cause });
  });
  return resolveManifestFiles(parseManifest(json, { file: path }), dirname(path), { file: path });
}
