import type { MatchVia } from '../../lexicon/lexicon';

/** How a mention was linked. */
export type LinkVia = MatchVia | 'title' | 'provisional' | 'coreference';

/** Words before a title that say how the office is held ("former", "interim"); see `ROLE_QUALIFIERS`. */
export type TitleQualifier = 'former' | 'interim' | 'acting' | 'caretaker' | 'current' | 'then' | 'incoming' | 'outgoing';

/** One mention of an entity in a document's text. */
export interface LinkedMention {
  /** Offsets into the document's original text. */
  start: number;
  end: number;
  text: string;
  /** A lexicon entry id, or the key of a provisional entity (`provisional:…`). */
  entity: string;
  via: LinkVia;
}

/**
 * An office named in the text, with its holder when the text names one or the lexicon
 * knows who held it at the document's date: "interim Prime Minister Yair Lapid",
 * "the Iranian president", "former President Donald Trump", "the Biden administration".
 */
export interface RoleMention {
  start: number;
  end: number;
  text: string;
  /** Canonical title (`Prime Minister`); `Head of government` for "<person>'s administration/government/regime". */
  title: string;
  /** Lexicon id of the country or organisation the office belongs to, when the text says or the holder's roles tell. */
  of: string | null;
  /** Lexicon id of the holder; `null` when neither the text nor the lexicon decides. */
  holder: string | null;
  /** `true` when the text names the holder; `false` when the holder was resolved from the title at the date. */
  named: boolean;
  qualifier: TitleQualifier | null;
  /** Index of the sentence it stands in. */
  sentence: number;
}

/** A name the lexicon does not know, kept as an entity of its own with a guessed kind. */
export interface ProvisionalEntity {
  /** `provisional:` + the folded name. */
  key: string;
  label: string;
  kind: string;
  /** Other forms seen (an acronym given in parentheses). */
  aliases: string[];
}

/** What the linker found in one document. */
export interface DocumentLinks {
  mentions: LinkedMention[];
  roles: RoleMention[];
  provisional: ProvisionalEntity[];
}
