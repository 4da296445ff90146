/**
 * Lowercase words a byline or dateline may hold besides names and the date itself
 * ("By Jane Doe | Published on March 5, 2024 at 10:32 am GMT"). A short line whose other
 * words are all capitalised names or these is a dateline, not a headline.
 */
export const DATELINE_WORDS: readonly string[] = [
  'by', 'and', 'on', 'at', 'of', 'from', 'in', 'published', 'updated', 'posted', 'modified',
  'last', 'first', 'date', 'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'ago', 'min', 'read',
];

/**
 * Words that put a sentence in the future ("will", "next", "scheduled"): a date stated
 * in such a sentence is not a past event and gives no lower bound for publication.
 */
export const FUTURE_CUES = /\b(?:will|won't|shall|'ll|scheduled|upcoming|next|forthcoming|planned for|(?:is|are) (?:set|due) to)\b/i;
