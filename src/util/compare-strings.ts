/**
 * Code-unit order: unlike `localeCompare`, the same on every machine and in every
 * locale, so sorted output (JSON, RDF) is byte-identical everywhere.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order by `id` (an IRI or key), as {@link compareStrings} orders strings. */
export const compareIds = (a: { id: string }, b: { id: string }): number => compareStrings(a.id, b.id);
