/** A run of consecutive documents: indices `[start, end)`. */
export interface Chunk {
  start: number;
  end: number;
}

/**
 * Cuts documents (given by their text lengths, in order) into at most `count` runs of
 * consecutive documents of about the same total length: a document goes to the chunk its
 * middle falls in. Consecutive runs keep the merge simple: results concatenate in order.
 *
 * @example
 * balancedChunks([10, 10, 30, 10], 2)  // [{ start: 0, end: 2 }, { start: 2, end: 4 }]
 */
export function balancedChunks(lengths: readonly number[], count: number): Chunk[] {
  const weights = lengths.map((n) => n + 1); // an empty document still costs something
  const total = weights.reduce((sum, n) => sum + n, 0);
  const chunks: Chunk[] = [];
  let before = 0;
  let current = -1; // the chunk index of the last document
  weights.forEach((weight, i) => {
    const index = Math.min(count - 1, Math.floor(((before + weight / 2) * count) / total));
    if (index === current) chunks.at(-1)!.end = i + 1;
    else chunks.push({ start: i, end: i + 1 });
    current = index;
    before += weight;
  });
  return chunks;
}
