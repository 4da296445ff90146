import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Assertion } from '../../model/assertion';
import { isTentative } from './points';
import type { StancePoint } from './types';

/** What an explanation needs of a claim: the assertion and where it sits in time. */
export type Timed = Pick<StancePoint, 'assertion' | 'time' | 'timeBasis'>;

const MAX_QUOTE = 120;

const objectOf = (a: Assertion): string => (a.object.kind === 'entity' ? a.object.id : a.object.value);

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/** Builds the sentences of change records from the graph's labels and sources. */
export class Explainer {
  constructor(private readonly graph: KnowledgeGraph) {}

  #label(id: string): string {
    return this.graph.entity(id)?.label ?? id;
  }

  /** The source's file name (not its whole path), else its title, else its IRI. */
  #source(id: string): string {
    const source = this.graph.source(id);
    return source?.file.split(/[\\/]/).pop() || source?.title || id;
  }

  /** `A → B` when both claims go the same way, `A ↔ B` when their directions differ. */
  #head(x: Assertion, y: Assertion): { text: string; directed: boolean } {
    const directed = x.subject === y.subject && objectOf(x) === objectOf(y);
    return { text: `${this.#label(x.subject)} ${directed ? '→' : '↔'} ${this.#label(objectOf(x))}`, directed };
  }

  /** The claim itself: its predicate (with the direction when the head has none), modality and speaker. */
  #claim(t: Timed, directed: boolean): string {
    const a = t.assertion;
    const predicate = isTentative(a) ? `${a.predicate} [${a.modality}]` : a.predicate;
    const what = directed ? predicate : `${this.#label(a.subject)} ${predicate} ${this.#label(objectOf(a))}`;
    return `${what}${a.attributedTo ? ` according to ${this.#label(a.attributedTo)}` : ''}`;
  }

  /** Where it was said and when: `002_y.txt: "…", 2025-12`. */
  #where(t: Timed): string {
    const evidence = t.assertion.evidence ? `: "${quote(t.assertion.evidence.text)}"` : '';
    const time = t.timeBasis === 'recorded' ? `published ${t.time.value}` : t.time.value;
    return `${this.#source(t.assertion.source)}${evidence}, ${time}`;
  }

  /** `A → B went from cooperative (supports, 000_x.txt: "…", 2017) to hostile (criticizes, 002_y.txt: "…", 2025-12)`. */
  stance(from: Timed & { valence: string }, to: Timed & { valence: string }): string {
    const { text, directed } = this.#head(from.assertion, to.assertion);
    const side = (t: Timed) => `${this.#claim(t, directed)}, ${this.#where(t)}`;
    return `${text} went from ${from.valence} (${side(from)}) to ${to.valence} (${side(to)})`;
  }

  /** `A → B went from vetoes (…) to the contrary abstainsOn (…), at ordered times: a change, not a contradiction`. */
  contrary(from: Timed, to: Timed): string {
    const { text, directed } = this.#head(from.assertion, to.assertion);
    const side = (t: Timed) => `${this.#claim(t, directed)} (${this.#where(t)})`;
    return `${text} went from ${side(from)} to the contrary ${side(to)}, at ordered times: a change, not a contradiction`;
  }
}
