import type { TextSpan } from '../../model/document';
import type { LinkedMention } from '../linking/types';

/** Who a sentence says its claims come from, and whether it reports rather than asserts. */
export interface Attribution {
  /** The entity key of the speaker ("Zakharova said", "according to Reuters"), or `null`. */
  speaker: string | null;
  /** The sentence relays what someone says or what is reported ("it was reported that …"). */
  reported: boolean;
  /** The words that attribute (the speech verb or "according to"), left out of claims. */
  cue: TextSpan | null;
  /**
   * Where what is said starts when the attribution introduces it with "that" ("…, it was
   * reported that Putin asked …"): what comes before is the writer's own. `null`: the
   * whole sentence ("Putin met Raisi, Peskov said").
   */
  from: number | null;
}

const SPEECH = /\b(?:said|says|saying|told|tells|stated|states|added|adds|claimed|claims|asserted|asserts|argued|argues|noted|notes|insisted|insists|reported|reports|wrote|writes|announced|announces|declared|declares|confirmed|confirms|alleged|alleges|believes|believe|warned|warns|quoted|quotes|(?<=\bto )(?:say|assert|claim|insist|argue|stress|state))\b/g;
/**
 * What may stand between a speaker and the speech verb: a head noun ("US officials
 * said", "the US side"), an auxiliary ("has also said"), a verb taking the speech verb ("hastened to assert"), a statement put out
 * ("issued a statement saying").
 */
const SPEAKER_TO_VERB = /^[\s,]*(?:(?:officials?|side|spokes(?:man|woman|person)|sources?|has|have|had|also|then)\s+)*(?:\p{Ll}+ed to\s+|(?:issued|released|put out)\s+an?\s+statement\s+)?$/u;
/** What may stand between "quoted" and the one quoted: "quoted US officials", "quoted a source from Washington". */
const QUOTED_TO_SPEAKER = /^\s+(?:(?:an?|the|two|three|several|unnamed|anonymous|senior)\s+)*(?:(?:sources?|officials?|diplomats?|aides?)\s+(?:from|in|at)\s+)?$/u;
const ACCORDING = /\baccording to\b/gi;
const IMPERSONAL = /\b(?:according to|it (?:was|has been|is) (?:reported|said|claimed|alleged)|reportedly|sources (?:say|said)|reports (?:say|said|suggest)|is said to|are said to|was said to)\b/i;

/**
 * The attribution of a sentence: a speaker named right before a speech verb ("Zakharova
 * said", "American officials claim"), or after "according to"; impersonal reports ("it
 * was reported that", "reportedly") mark it reported without a speaker.
 *
 * @example
 * attributionOf(sentence, mentions)  // { speaker: 'maria-zakharova', reported: true, cue: { text: 'said', … } }
 */
export function attributionOf(sentence: TextSpan, mentions: readonly LinkedMention[], speakers: ReadonlySet<string>): Attribution {
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && speakers.has(m.entity));
  for (const match of sentence.text.matchAll(ACCORDING)) {
    const at = sentence.start + match.index + match[0].length;
    // "according to Reuters", "according to the Israeli daily Maariv" — not a name after a comma ("according to sources, Trump …")
    const speaker = inside.find((m) => m.start >= at && m.start - at <= 40 && !/[,;:]/.test(text(sentence, at, m.start)));
    if (speaker) return attributed(sentence, speaker.entity, match.index, match[0]);
  }
  for (const match of sentence.text.matchAll(SPEECH)) {
    const at = sentence.start + match.index;
    // "AFP quoted a source from Washington": the one quoted speaks, the outlet relays
    const quoted = match[0].startsWith('quote') ? inside.find((m) => m.start > at && QUOTED_TO_SPEAKER.test(text(sentence, at + match[0].length, m.start))) : undefined;
    if (quoted) return attributed(sentence, quoted.entity, match.index, match[0]);
    // "Zakharova said", "the Russian embassy in Cairo asserted", "said Zakharova"
    const before = [...inside].reverse().find((m) => m.end <= at && at - m.end <= 40 && SPEAKER_TO_VERB.test(text(sentence, m.end, at)));
    // "said Zakharova"; but "saying the US would …" names what is said, not who says it
    const after = /ing$|^quote/.test(match[0]) ? undefined : inside.find((m) => m.start >= at + match[0].length && m.start - (at + match[0].length) <= 2);
    const speaker = (before && relativeHead(sentence, inside, before, at)) ?? before ?? after;
    if (speaker) return attributed(sentence, speaker.entity, match.index, match[0]);
  }
  const impersonal = IMPERSONAL.exec(sentence.text);
  return impersonal ? { ...attributed(sentence, null, impersonal.index, impersonal[0]), cue: null } : { speaker: null, reported: false, cue: null, from: null };
}

/**
 * "Qatar, which has mediated between Israel and Hamas, said": when the name before the
 * speech verb closes a relative clause set off by commas, the speaker is the name the
 * clause is about.
 */
function relativeHead(sentence: TextSpan, inside: readonly LinkedMention[], last: LinkedMention, verbAt: number): LinkedMention | undefined {
  if (!/^\s*,/.test(text(sentence, last.end, verbAt))) return undefined;
  const opener = [...text(sentence, sentence.start, last.start).matchAll(/,\s*(?:which|who)\b/g)].at(-1);
  if (!opener) return undefined;
  const at = sentence.start + opener.index;
  return inside.find((m) => m.end <= at && /^\s*$/.test(text(sentence, m.end, at)));
}

/** What is said after "that", within a few words of the cue ("said on Monday that"). */
const THAT_AFTER = /^[^,.;:]{0,30}?\bthat\b/;

function attributed(sentence: TextSpan, speaker: string | null, index: number, words: string): Attribution {
  const at = cue(sentence, index, words);
  const that = THAT_AFTER.exec(text(sentence, at.end, sentence.end));
  return { speaker, reported: true, cue: at, from: that ? at.end + that[0].length : null };
}

const text = (sentence: TextSpan, from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
const cue = (sentence: TextSpan, index: number, words: string): TextSpan => ({ start: sentence.start + index, end: sentence.start + index + words.length, text: words });
