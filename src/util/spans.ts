/** Something with offsets into a text. */
export interface Spanned {
  start: number;
  end: number;
}

/** The index of the first item of `sorted` for which `before(item)` is false: a binary search. */
function firstNotBefore<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(sorted[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Items by position, for the lookups extraction makes once per sentence or claim: a
 * long document has tens of thousands of mentions, so no lookup scans them all.
 */
export class SpanIndex<T extends Spanned> {
  readonly #byStart: readonly T[];
  /** Sorted by end on the first {@link lastWithin}: most indexes are only asked {@link within}. */
  #byEnd: readonly T[] | null = null;

  constructor(items: Iterable<T>) {
    this.#byStart = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The items lying wholly within `from`–`to`, by start. */
  within(from: number, to: number): T[] {
    const found: T[] = [];
    for (let i = firstNotBefore(this.#byStart, (item) => item.start < from); i < this.#byStart.length && this.#byStart[i]!.start < to; i++) {
      if (this.#byStart[i]!.end <= to) found.push(this.#byStart[i]!);
    }
    return found;
  }

  /** The item ending last at or before `to`, if it starts at or after `from`. */
  lastWithin(from: number, to: number): T | undefined {
    const byEnd = (this.#byEnd ??= [...this.#byStart].sort((a, b) => a.end - b.end || a.start - b.start));
    const last = byEnd[firstNotBefore(byEnd, (item) => item.end <= to) - 1];
    return last && last.start >= from ? last : undefined;
  }
}
