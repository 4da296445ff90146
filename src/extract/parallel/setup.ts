import { Lexicon } from '../../lexicon/lexicon';
import type { LexiconEntry, TitleDefinition } from '../../lexicon/types';
import type { TriggerForm } from '../claims/vocabulary';
import { RuleExtractor, type RuleExtractorOptions } from '../extractor';

/**
 * The options of a {@link RuleExtractor} as plain data, to send to a worker thread: a
 * lexicon (or a linker) is a class with indexes, but it is built from its entries and
 * title definitions alone, so those are what crosses.
 */
export interface ExtractorSetup {
  base?: string;
  lexicon?: { entries: readonly LexiconEntry[]; titles: readonly TitleDefinition[] };
  triggers?: TriggerForm[];
}

/** The data to rebuild, in another thread, the extractor `new RuleExtractor(options)` builds here. */
export function extractorSetup(options: RuleExtractorOptions): ExtractorSetup {
  const lexicon = options.linker?.lexicon ?? options.lexicon; // a linker is built from its lexicon alone
  return {
    ...(options.base !== undefined && { base: options.base }),
    ...(lexicon && { lexicon: { entries: lexicon.entries, titles: lexicon.titles.definitions } }),
    ...(options.triggers && { triggers: [...options.triggers] }),
  };
}

/** The extractor an {@link ExtractorSetup} describes. */
export function extractorFrom(setup: ExtractorSetup): RuleExtractor {
  const { base, triggers } = setup;
  const lexicon = setup.lexicon && new Lexicon(setup.lexicon.entries, { titles: setup.lexicon.titles });
  return new RuleExtractor({ base, lexicon, triggers });
}
