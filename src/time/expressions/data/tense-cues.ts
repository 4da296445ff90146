/**
 * Words that tell whether a clause speaks of the future ("will", "is set to",
 * "scheduled"), the present perfect ("has been", "have fought") or the past ("said",
 * "was", irregular past forms; regular "-ed" forms are found by rule, not listed).
 * Regular-expression sources, matched case-insensitively; each starts on a word boundary
 * of its own, since clitics ("they'll", "we've") start inside a word. "Would" is no cue:
 * in reported speech ("said they would abstain") it looks ahead from a past time, which
 * may lie on either side of the reference.
 */
export const FUTURE_WORDS =
  "(?:(?<![\\w'’])(?:will|won['’]t|shall|going to|(?:set|due|scheduled|slated|poised|expected|planning|plans?|planned|intends?|aims?|hopes?) to|scheduled|slated|upcoming|(?:the|this) coming|next|later|soon|tomorrow)|['’]ll)";

export const PERFECT_WORDS =
  "(?:(?<![\\w'’])(?:has|have|hasn['’]t|haven['’]t)|['’]ve)\\s+(?:(?:not|also|already|now|since|long|just|recently|repeatedly|so far)\\s+)?(?:been|[a-z]+ed|[a-z]+en|met|held|said|told|fought|made|led|left|sent|won|lost|taken|given|begun|become|brought|found|kept|struck|built|paid|spent|sought)";

export const PAST_WORDS =
  "(?:said|told|was|were|wasn['’]t|weren['’]t|had|hadn['’]t|did|didn['’]t|ago|earlier|previously|met|took|went|came|made|began|fell|left|held|saw|gave|spoke|sent|struck|fought|won|lost|led|brought|found|became|broke|ran|wrote|paid|built|shot|stood|thought|kept|sought|drew|flew|grew|knew|threw|rose|chose|spent|felt|heard|meant|sold|got|fled)";

/**
 * Words in "-ed" that are not past verbs in news prose: adjectives ("united", "armed",
 * "so-called"), numbers ("hundred") and forms that look ahead ("expected", "planned").
 */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'united', 'hundred', 'armed', 'based', 'related', 'limited', 'advanced', 'concerned', 'interested',
  'detailed', 'supposed', 'called', 'expected', 'planned', 'scheduled', 'slated', 'proposed', 'shared',
  'coordinated', 'sophisticated', 'wounded', 'occupied', 'displaced', 'talented', 'experienced', 'skilled', 'balanced', 'unprecedented',
  'isolated', 'dedicated', 'sacred', 'naked', 'wicked', 'beloved', 'learned', 'aged', 'ragged',
]);

/** Auxiliaries after which an "-ed" form is a participle, not a past tense ("will be held", "is expected"). */
export const PARTICIPLE_AFTER = /\b(?:be|been|being|is|are|am|get|gets|getting)\s+$/i;
