import type { Modality, Polarity } from '../../model/assertion';

/** Conditions, and threats or warnings of an act, which is then not done: "warned of vetoing", "threatened to strike". */
const HYPOTHETICAL = /\b(?:could|might|may|would|if|unless|potential(?:ly)?|possible|possibility|prospect|threat(?:en(?:s|ed|ing)?)? (?:to|of)|warn(?:s|ed|ing)? of)\b/i;
const HOPED = /\b(?:hope|hopes|hoped|hoping|hopeful|wish|wishes|wants?|eager)\b/i;
const PLANNED = /\b(?:will|shall|intends?|intended|plans?|planned|planning|expected to|set to|is to|are to|going to|aims? to|prepares? to|preparing to|vows?|vowed)\b/i;
/** Negation, and calling off what was planned ("cancelled a planned visit"): the event did not happen. */
const NEGATION = /\b(?:not|no|n't|never|no longer|neither|nor|denied|denies|deny|refused|refuses|refuse|failed to|fails to|without|cancel(?:l?ed|s|l?ing)?|called off|calls off|postpone[sd]?|scrapped|scraps)\b|n't\b/i;

/**
 * How a clause puts its claim, read from the words before the trigger (and the clause's
 * own "if"): hoped, planned, hypothetical, else reported when the sentence is attributed,
 * else asserted. Polarity is denied when a negation stands within a few words before the
 * trigger ("did not veto", "refused to meet").
 *
 * @example
 * modalityOf('Netanyahu is hopeful that Trump could', false)   // 'hoped'
 */
export function modalityOf(before: string, reported: boolean): Modality {
  if (HOPED.test(before)) return 'hoped';
  if (PLANNED.test(before)) return 'planned';
  if (HYPOTHETICAL.test(before)) return 'hypothetical';
  return reported ? 'reported' : 'asserted';
}

/** Denied when one of the last few words before the trigger negates it. */
export function polarityOf(before: string): Polarity {
  const lastWords = before.split(/\s+/).slice(-4).join(' ');
  return NEGATION.test(lastWords) ? 'denied' : 'affirmed';
}
