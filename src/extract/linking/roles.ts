import type { Lexicon, ResolvedRole } from '../../lexicon/lexicon';
import type { LexiconEntry } from '../../lexicon/types';
import type { TimeSpan } from '../../time/timespan';
import { GOVERNMENT_NOUNS, ROLE_QUALIFIERS } from '../data/cues';
import type { RoleMention, TitleQualifier } from './types';

/** A title word found in the text, with its canonical title. */
export interface TitleHit {
  start: number;
  end: number;
  title: string;
}

/** A name found in the text: a lexicon entry, or an unknown name (`entry: null`). */
export interface NameSpan {
  start: number;
  end: number;
  entry: LexiconEntry | null;
}

/** The title used for "<person>'s administration / government / regime". */
export const HEAD_OF_GOVERNMENT = 'Head of government';

/** Offices whose holder leads a government: what "<person>'s administration" presupposes. */
const HEAD_TITLES = ['President', 'Prime Minister', 'Chancellor', 'Monarch', 'Emir', 'Supreme Leader'];

/**
 * The holder's dated offices an office phrase names: those with its title (any head of
 * government's for "<person>'s administration") and, when the phrase says whose office,
 * of that country or body.
 */
export function rolesNamedBy(role: RoleMention, lexicon: Lexicon): ResolvedRole[] {
  if (role.holder === null) return [];
  const titles = role.title === HEAD_OF_GOVERNMENT ? HEAD_TITLES : [role.title];
  return lexicon.rolesOf(role.holder).filter((r) => titles.some((t) => lexicon.titles.same(r.title, t)) && (role.of === null || r.of === null || r.of === role.of));
}

const OFFICE_HOLDERS = new Set(['Country', 'Organization', 'GovernmentBody']);
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}])(${Object.keys(ROLE_QUALIFIERS).join('|')})[\\s-]+$`, 'iu');
const GOVERNMENT_AFTER = new RegExp(`^(?:'s?)?\\s+(?:(previous|former|current|new|first|second)\\s+)?(?:${GOVERNMENT_NOUNS.join('|')})\\b`, 'i');
const PROSPECTIVE_BEFORE = /\b(?:an?|another|any|future|potential|possible|second|new)\s+$/i;
const HISTORICAL_BEFORE = /\b(?:throughout|during|under|since|until|before|after)\s+(?:the\s+)?$/i;
const THE_BEFORE = /(?<![\p{L}])the\s+$/iu;

/** What {@link RoleReader} needs to know about the document. */
export interface RoleContext {
  lexicon: Lexicon;
  date: TimeSpan | null;
  sentenceOf: (at: number) => number;
}

/** An office phrase read around one title word. */
export interface RolePhrase {
  role: RoleMention;
  /** The name after the title ("Prime Minister Yair Lapid"), if any. */
  name: NameSpan | null;
}

/**
 * Reads office phrases around title words in a folded text, given the names already
 * found: `[the] [qualifier] [Israeli|Israel's] <title> [of <country>] [,] [<name>]`.
 */
export class RoleReader {
  private readonly byEnd = new Map<number, NameSpan>();
  private readonly byStart = new Map<number, NameSpan>();

  /**
   * @param text the folded text (see `foldForMatching`) the patterns read
   * @param original the document's text, same offsets, that mentions quote
   */
  constructor(
    private readonly text: string,
    private readonly original: string,
    names: readonly NameSpan[],
    private readonly context: RoleContext,
  ) {
    for (const name of names) {
      this.byEnd.set(name.end, name);
      this.byStart.set(name.start, name);
    }
  }

  /** The office phrase around `hit`. */
  read(hit: TitleHit): RolePhrase {
    const { text } = this;
    let start = hit.start;
    let qualifier: TitleQualifier | null = null;
    let of: LexiconEntry | null = null;

    const takeQualifier = () => {
      const match = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
      if (match && qualifier === null) {
        qualifier = ROLE_QUALIFIERS[match[1]!.toLowerCase()] ?? null;
        start -= match[0].length;
      }
    };
    takeQualifier();
    const before = this.nameEndingBefore(start);
    if (before?.entry && OFFICE_HOLDERS.has(before.entry.kind)) {
      of = before.entry;
      start = before.start;
      takeQualifier();
    }
    const the = THE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
    if (the) start -= the[0].length;

    let end = hit.end;
    const ofAfter = /^\s+of\s+/.exec(text.slice(end, end + 12));
    const afterOf = ofAfter ? this.byStart.get(end + ofAfter[0].length) : undefined;
    if (of === null && afterOf?.entry && OFFICE_HOLDERS.has(afterOf.entry.kind)) {
      of = afterOf.entry;
      end = afterOf.end;
    }
    const gap = /^[\s,]+/.exec(text.slice(end, end + 4))?.[0] ?? '';
    const next = gap.length > 0 ? this.byStart.get(end + gap.length) : undefined;
    const name = next && (next.entry === null || next.entry.kind === 'Person') ? next : null;

    const title = hit.title;
    const holder = name?.entry ?? null;
    if (name) end = name.end;
    const ofId = of?.id ?? (holder ? this.officeOf(holder, title) : null);
    return {
      role: {
        start,
        end,
        text: this.original.slice(start, end),
        title,
        of: ofId,
        holder: holder?.id ?? null,
        named: holder !== null,
        qualifier,
        sentence: this.context.sentenceOf(hit.start),
      },
      name,
    };
  }

  /** "<person>['s] [previous] administration|government|regime|cabinet", for a person named at `name`. */
  readGovernment(name: NameSpan): RoleMention | null {
    if (name.entry?.kind !== 'Person') return null;
    const match = GOVERNMENT_AFTER.exec(this.text.slice(name.end, name.end + 40));
    if (!match) return null;
    const word = match[1]?.toLowerCase();
    const preceding = this.text.slice(Math.max(0, name.start - 24), name.start);
    const before = QUALIFIER_BEFORE.exec(preceding);
    const qualifier: TitleQualifier | null =
      word === 'previous' || word === 'former'
        ? 'former'
        : PROSPECTIVE_BEFORE.test(preceding)
          ? 'incoming' // "a Trump administration could …" imagines one
          : HISTORICAL_BEFORE.test(preceding)
          ? 'then' // "during the Obama administration" tells of that time
          : word === 'current'
            ? 'current'
            : before
              ? (ROLE_QUALIFIERS[before[1]!.toLowerCase()] ?? null)
              : null;
    const end = name.end + match[0].length;
    return {
      start: name.start,
      end,
      text: this.original.slice(name.start, end),
      title: HEAD_OF_GOVERNMENT,
      of: null,
      holder: name.entry.id,
      named: true,
      qualifier,
      sentence: this.context.sentenceOf(name.start),
    };
  }

  /**
   * The holder of a title at the document's date: the one person the lexicon gives at
   * both ends of the date window, or `undefined`.
   */
  holderAt(title: string, of: string | null, qualifier: TitleQualifier | null): LexiconEntry | undefined {
    const { date, lexicon } = this.context;
    if (of === null || date === null || qualifier === 'former' || qualifier === 'then' || qualifier === 'incoming') return undefined;
    const days = [date.earliest, date.latest].filter((d): d is string => d !== null);
    if (days.length === 0) return undefined;
    const found = new Set(days.map((day) => lexicon.holdersOf(title, of, day, { assumeStillHeld: true })[0]?.holder.id));
    const [id] = found;
    return found.size === 1 && id !== undefined ? lexicon.get(id) : undefined;
  }

  private officeOf(holder: LexiconEntry, title: string): string | null {
    const titles = this.context.lexicon.titles;
    return this.context.lexicon.rolesOf(holder.id).find((r) => titles.same(r.title, title))?.of ?? null;
  }

  private nameEndingBefore(at: number): NameSpan | undefined {
    const gap = /(?:'s?)?\s+$/.exec(this.text.slice(Math.max(0, at - 4), at));
    return gap ? this.byEnd.get(at - gap[0].length) : undefined;
  }
}
