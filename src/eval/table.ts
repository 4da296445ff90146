/** How a column's cells line up. */
export type ColumnAlign = 'left' | 'right';

/** Options for {@link formatTable}. */
export interface FormatTableOptions {
  /** Alignment per column (default `left`); numbers read best `right`. */
  align?: readonly ColumnAlign[];
  /** Spaces between columns (default 2). */
  gap?: number;
  /** Put a line of dashes under the first row, the header (default `true`). */
  rule?: boolean;
}

/** Width as a reader sees it: code points of the NFC form, so `Quốc` is 4 wide. */
const width = (text: string): number => [...text.normalize('NFC')].length;

/**
 * Lays rows of cells out as plain-text columns, each as wide as its widest cell, with no
 * trailing spaces. The first row is the header.
 *
 * @example
 * formatTable([['type', 'recall'], ['Person', '0.750']], { align: ['left', 'right'] })
 * // 'type    recall\n' +
 * // '------  ------\n' +
 * // 'Person   0.750\n'
 */
export function formatTable(rows: ReadonlyArray<readonly string[]>, options: FormatTableOptions = {}): string {
  const gap = ' '.repeat(options.gap ?? 2);
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(0, ...rows.map((row) => width(row[c] ?? ''))));
  const line = (row: readonly string[]) =>
    widths
      .map((w, c) => {
        const cell = row[c] ?? '';
        const pad = ' '.repeat(w - width(cell));
        return options.align?.[c] === 'right' ? pad + cell : cell + pad;
      })
      .join(gap)
      .trimEnd();
  const lines = rows.map(line);
  if ((options.rule ?? true) && lines.length > 0) lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join(gap));
  return lines.map((text) => `${text}\n`).join('');
}
