/**
 * Code-unit order: unlike `localeCompare`, the same on every machine and in every
 * locale, so sorted output (JSON, RDF) is byte-identical everywhere.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
