import { SurfaceMatcher } from '../linking/surface-matcher';
import { COMPOUND_HEADS } from '../data/cues';
import type { TriggerForm } from './vocabulary';

/** A trigger found in a text, with every reading of its form (`accused`: past and participle). */
export interface TriggerHit {
  start: number;
  end: number;
  /** The reading used for roles: the first verb reading, else the first. */
  trigger: TriggerForm;
  /** The form can be a past participle, so it may stand in the passive ("was condemned by"). */
  participle: boolean;
}

/** The words that make what follows a noun: a determiner ("the", "its") or a possessive ("Israel's"). */
const ARTICLE = String.raw`(?:^|\s)(?:the|a|an|his|her|its|their|our)`;
const POSSESSIVE = String.raw`\p{L}['’]s?`;
/** Right after either: "a [proposed] plan", where a participle is an adjective. */
const DETERMINER_RIGHT_BEFORE = new RegExp(`(?:${ARTICLE}|${POSSESSIVE})\\s+$`, 'iu');
/** After either, a determiner maybe with one word between: "the [recent] visit", "the regime's [attacks]". */
const DETERMINER_BEFORE = new RegExp(`(?:${ARTICLE}\\s+(?:\\p{Ll}+(?:['’]s?)?\\s+)?|${POSSESSIVE}\\s+)$`, 'iu');
const GERUND_BEFORE = /(?:^|\s)\p{Ll}{3,}ing\s+$/u;

const key = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Every trigger form in one matcher (one pass over a sentence, longest form first: "met
 * with" before "met").
 *
 * @example
 * new TriggerIndex(triggerForms()).find('Putin met with Raisi').map((h) => h.trigger.predicate)  // ['meets']
 */
export class TriggerIndex {
  private readonly matcher: SurfaceMatcher;
  private readonly byForm = new Map<string, TriggerForm[]>();

  constructor(triggers: Iterable<TriggerForm>) {
    for (const trigger of triggers) {
      const forms = this.byForm.get(key(trigger.form));
      if (forms) forms.push(trigger);
      else this.byForm.set(key(trigger.form), [trigger]);
    }
    this.matcher = new SurfaceMatcher([...this.byForm.keys()].map((text) => ({ text, caseSensitive: false })));
  }

  /** The triggers in `text`, offsets shifted by `offset`. */
  find(text: string, offset = 0): TriggerHit[] {
    return this.matcher.find(text).flatMap((hit) => {
      // "Iran-backed", "US-led", "Qatar-brokered": a compound adjective, not the verb
      if (/[-–]$/.test(text.slice(Math.max(0, hit.start - 1), hit.start))) return [];
      const the = /^the\s+/i.exec(hit.text)?.[0].length ?? 0;
      const forms = this.byForm.get(key(hit.text.slice(the))) ?? this.byForm.get(key(hit.text));
      if (!forms) return [];
      const before = text.slice(Math.max(0, hit.start - 24), hit.start);
      // "the visit of", "a strike on": after a determiner the form is a noun
      const determined = the > 0 || DETERMINER_BEFORE.test(before);
      // "a proposed plan", "the planned visit": a participle right after a determiner is an adjective ("the president criticized" is a verb)
      const adjective = the > 0 || DETERMINER_RIGHT_BEFORE.test(before);
      if (adjective && forms.every((f) => f.kind === 'verb' && (f.tense === 'past' || f.tense === 'participle'))) return [];
      // of several readings, the one whose preposition comes next: "alarmed [by]" rather than "alarmed [about]"
      const next = /^\s+(\p{L}+)/u.exec(text.slice(hit.end, hit.end + 24))?.[1]?.toLowerCase();
      // "veto power", "attack helicopters": the word names a kind of thing
      if (next !== undefined && COMPOUND_HEADS.has(next)) return [];
      const reading = (kind: TriggerForm['kind']) => forms.find((f) => f.kind === kind && f.preposition === next) ?? forms.find((f) => f.kind === kind);
      // "staging attacks", "imposing sanctions": after a gerund, a noun when the form can be one
      const afterGerund = GERUND_BEFORE.test(before);
      const trigger = ((determined || afterGerund) && reading('noun')) || reading('verb') || reading('noun')!;
      return [{ start: offset + hit.start + the, end: offset + hit.end, trigger, participle: forms.some((f) => f.tense === 'participle') }];
    });
  }
}
