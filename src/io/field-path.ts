/**
 * A validation issue's path as people write it: `['entries', 2, 'roles', 0]` →
 * `entries[2].roles[0]`; `[2, 'published']` → `[2].published`.
 */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}
