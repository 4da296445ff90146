import { aliasKey } from './normalize';
import type { TitleDefinition } from './types';

/**
 * Maps the words news uses for an office ("PM", "premier", "Secretary of State",
 * "defense minister") to one canonical title, so that roles written with an office's
 * own name and questions asked with a common one meet.
 */
export class TitleTable {
  readonly definitions: readonly TitleDefinition[];
  private readonly byKey = new Map<string, TitleDefinition>();

  constructor(definitions: readonly TitleDefinition[]) {
    this.definitions = definitions;
    for (const definition of definitions) {
      for (const word of [definition.title, ...definition.synonyms]) this.byKey.set(aliasKey(word), definition);
    }
  }

  /**
   * The canonical title of `title`; an unknown title is its own canonical form (trimmed,
   * case kept as given by the table's first sight of it).
   *
   * @example
   * titles.canonical('PM')                 // 'Prime Minister'
   * titles.canonical('Secretary of State') // 'Foreign Minister'
   */
  canonical(title: string): string {
    return this.byKey.get(aliasKey(title))?.title ?? title.trim();
  }

  /** Whether two titles name the same office. @example titles.same('premier', 'Prime Minister') // true */
  same(a: string, b: string): boolean {
    return aliasKey(this.canonical(a)) === aliasKey(this.canonical(b));
  }

  /**
   * Whether one person at a time holds `title` for a given organisation or country.
   * Unknown titles are not assumed single.
   *
   * @example
   * titles.isSingle('President')    // true
   * titles.isSingle('Spokesperson') // false
   */
  isSingle(title: string): boolean {
    return this.byKey.get(aliasKey(title))?.single ?? false;
  }

  /** Every word for the office `title` names, canonical first. @example titles.wordsFor('PM') // ['Prime Minister', 'PM', 'premier', …] */
  wordsFor(title: string): string[] {
    const definition = this.byKey.get(aliasKey(title));
    return definition ? [definition.title, ...definition.synonyms] : [title.trim()];
  }
}
