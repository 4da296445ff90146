/**
 * Words that make a four-digit number a year. A bare number is a year only in such a
 * context: after a preposition of time ("in 2005", "since 2014"), or before a noun of an
 * event ("the 2014 talks", "the 1973 war"). Counts ("2000 people") and codes
 * ("Resolution 2728") have neither.
 */

/** Prepositions after which a four-digit number is a year, lower-case. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'from', 'before', 'after', 'circa', 'year',
]);

/** Nouns before "of" that make the next number a year ("the end of 2023", "the summer of 1969"). */
export const OF_YEAR_NOUNS: ReadonlySet<string> = new Set([
  'end', 'beginning', 'start', 'middle', 'half', 'summer', 'spring', 'autumn', 'fall', 'winter', 'class', 'course', 'part', 'quarter',
]);

/** Determiners before an event-noun phrase ("the 2014 talks", "a 2019 report"). */
export const EVENT_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'whose',
]);

/** Nouns of events and documents a year can name, lower-case ("the 2014 talks", "the 2008 financial crisis"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'war', 'wars', 'election', 'elections', 'talks', 'agreement', 'agreements', 'accord', 'accords', 'deal', 'invasion',
  'revolution', 'crisis', 'attack', 'attacks', 'olympics', 'games', 'cup', 'census', 'budget', 'campaign', 'ceasefire',
  'cease-fire', 'truce', 'summit', 'treaty', 'uprising', 'coup', 'protests', 'protest', 'earthquake', 'tsunami', 'floods',
  'flood', 'pandemic', 'race', 'season', 'vote', 'referendum', 'law', 'act', 'report', 'survey', 'study', 'offensive',
  'massacre', 'bombing', 'bombings', 'riots', 'annexation', 'withdrawal', 'merger', 'crash', 'final', 'finals',
  'tournament', 'conference', 'plan', 'resolution', 'constitution', 'strike', 'strikes', 'polls', 'midterms', 'primary',
  'primaries', 'edition', 'contest', 'memorandum', 'sanctions', 'visit', 'raid', 'operation', 'incursion', 'assault',
  'siege', 'clashes', 'conflict', 'standoff', 'peace', 'intifada', 'blockade', 'disengagement', 'decision', 'ruling',
  'order', 'accession', 'convention', 'declaration', 'communique', 'framework', 'roadmap', 'initiative', 'deadline',
  'famine', 'outbreak', 'recession', 'depression', 'collapse', 'meeting', 'visits', 'trip', 'speech', 'interview',
]);

/** Lower-case words after a number that show it counts something ("2000 people"). */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'km', 'kg', 'mm', 'cm', 'm', 'ft', 'mph',
  'lb', 'feet', 'yuan', 'yen', 'per', 'percent', 'more', 'additional', 'extra', 'other',
]);

/** Lower-case words in "-s" that are not plural nouns, so may follow a year ("since 2014 has"). */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'has', 'was', 'is', 'as', 'its', 'his', 'this', 'thus', 'plus', 'versus', 'across', 'unless', 'whereas', 'perhaps',
  'always', 'besides', 'towards', 'hundreds', 'thousands', 'millions', 'dozens', 'tens', 'yes', 'less',
  'does', 'goes', 'says', 'onwards', 'afterwards',
]);

/** Verbs of change before "by" or "from" that make the number an amount ("fell by 2000"). */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'increased', 'increase', 'increases',
  'decreased', 'decrease', 'decreases', 'cut', 'cuts', 'reduced', 'reduce', 'grew', 'grow', 'grown', 'dropped',
  'drop', 'drops', 'raised', 'raise', 'lowered', 'declined', 'decline', 'jumped', 'jump', 'climbed', 'climb',
  'up', 'down', 'surged', 'plunged', 'slipped', 'gained', 'lost', 'went', 'multiplied', 'divided', 'numbering',
]);
