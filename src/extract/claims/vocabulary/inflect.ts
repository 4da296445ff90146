import nlp from 'compromise';
import type { TriggerTense } from './types';

/** Inflection of trigger words: compromise's conjugation and pluralisation, checked against English spelling rules. */

/** The five forms of a verb, each lower case. */
export type VerbForms = Record<TriggerTense, string>;

/**
 * Past participles compromise gives as the past tense (it knows no participle for
 * them); other verbs' participles are compromise's, or the past tense.
 */
const PARTICIPLES: Readonly<Record<string, string>> = { become: 'become', come: 'come', overcome: 'overcome', overrun: 'overrun', run: 'run' };

const conjugated = new Map<string, VerbForms>();

/** English spelling rules, for when compromise's answer is implausible (it gives `slam` as the gerund of `slam`). */
function ruleForm(verb: string, suffix: 's' | 'ed' | 'ing'): string {
  if (suffix === 's') {
    if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
    return /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  }
  if (suffix === 'ed' && /e$/.test(verb)) return `${verb}d`;
  if (suffix === 'ed' && /[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (suffix === 'ing' && /ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (suffix === 'ing' && /[^aeioy]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  // One syllable ending consonant-vowel-consonant doubles the consonant: slam → slammed, slamming.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.at(-1)}${suffix}`;
  return `${verb}${suffix}`;
}

/** The forms of a one-word verb, from compromise's conjugation (cached). */
function conjugateWord(verb: string): VerbForms {
  const known = conjugated.get(verb);
  if (known) return known;
  const doc = nlp(verb);
  doc.tag('Infinitive'); // a bare word may read as a noun ("veto", "host"): say it is a verb
  const c = (doc.verbs().conjugate()[0] ?? {}) as Partial<Record<'Infinitive' | 'PresentTense' | 'PastTense' | 'Participle' | 'Gerund', string>>;
  const lower = (s: string | undefined) => s?.toLowerCase().trim();
  const present = lower(c.PresentTense);
  const past = lower(c.PastTense);
  const gerund = lower(c.Gerund);
  const forms: VerbForms = {
    base: verb,
    present: present?.endsWith('s') && present !== verb ? present : ruleForm(verb, 's'),
    past: past || ruleForm(verb, 'ed'),
    participle: PARTICIPLES[verb] || lower(c.Participle) || past || ruleForm(verb, 'ed'),
    gerund: gerund?.endsWith('ing') ? gerund : ruleForm(verb, 'ing'),
  };
  conjugated.set(verb, forms);
  return forms;
}

/**
 * The forms of a verb phrase: its first word inflected by compromise, the rest kept.
 *
 * @example
 * verbForms('meet')        // { base: 'meet', present: 'meets', past: 'met', participle: 'met', gerund: 'meeting' }
 * verbForms('hold talks')  // { base: 'hold talks', present: 'holds talks', past: 'held talks', … }
 */
export function verbForms(verb: string): VerbForms {
  const [head = '', ...rest] = verb.toLowerCase().trim().split(/\s+/);
  const forms = conjugateWord(head);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  return {
    base: `${forms.base}${tail}`,
    present: `${forms.present}${tail}`,
    past: `${forms.past}${tail}`,
    participle: `${forms.participle}${tail}`,
    gerund: `${forms.gerund}${tail}`,
  };
}

/**
 * The singular and plural of a noun phrase (its last word pluralised by compromise),
 * or the one form when `plural` is `false`.
 *
 * @example
 * nounForms('air strike')        // ['air strike', 'air strikes']
 * nounForms('talks', false)      // ['talks']
 */
export function nounForms(noun: string, plural?: string | false): string[] {
  const singular = noun.toLowerCase().trim();
  if (plural === false) return [singular];
  if (plural !== undefined) return [singular, plural];
  const words = singular.split(' ');
  const last = words.pop() ?? '';
  const doc = nlp(last);
  doc.tag('Singular');
  const pl = doc.nouns().toPlural().text().toLowerCase().trim();
  return [singular, [...words, pl && pl !== last ? pl : ruleForm(last, 's')].join(' ')];
}
