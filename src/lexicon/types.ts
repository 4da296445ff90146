import type { z } from 'zod';
import type { aliasSchema, entrySchema, membershipSchema, qualifierSchema, roleSchema, titleSchema } from './schema';

/** One name an entry goes by; see {@link aliasSchema}. */
export type LexiconAlias = z.infer<typeof aliasSchema>;

/** How a term was held (`acting`, `interim`, …). */
export type RoleQualifier = z.infer<typeof qualifierSchema>;

/** A dated office as written in the data: `term` is a span string, `of` an entry id. */
export type LexiconRole = z.infer<typeof roleSchema>;

/** One lexicon entry as written in the data (after defaults are applied). */
export type LexiconEntry = z.infer<typeof entrySchema>;

/** A lexicon entry as a user may write it (defaults still to apply). */
export type LexiconEntryInput = z.input<typeof entrySchema>;

/** A canonical office title with its synonyms. */
export type TitleDefinition = z.infer<typeof titleSchema>;

/** A dated membership list (NATO, EU, …). */
export type Membership = z.infer<typeof membershipSchema>;
