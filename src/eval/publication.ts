import type { DatingBasis } from '../model/document';
import { parseTimeSpan } from '../time/timespan';
import { documentKey, matchDocuments } from './documents';
import type { Gold, GoldPublication } from './gold';
import type { ScorablePublication, ScorableResult } from './scorable';

/** How one document's predicted publication time compares with the gold. */
export interface PublicationRow {
  /** Base name of the document's file. */
  document: string;
  gold: { value: string; earliest: string; latest: string };
  predicted: { value: string | null; earliest: string | null; latest: string | null; basis: DatingBasis };
  /** Whether a time was predicted at all (`predicted.value` is not `null`). */
  known: boolean;
  /** The predicted window shares at least one day with the days of the gold `value`. */
  overlaps: boolean;
  /** The predicted window contains the whole gold window `[earliest, latest]`. */
  coversGoldWindow: boolean;
  /** The predicted value is the gold value, character for character. */
  exact: boolean;
  /** Days in the predicted window, both ends included; `null` when an end is open or nothing was predicted. */
  widthDays: number | null;
}

/** Publication dating over the scored documents. */
export interface PublicationScore {
  /** Documents scored (in both the gold and the result). */
  documents: number;
  /** Documents with a predicted time. */
  known: number;
  overlapping: number;
  covering: number;
  exact: number;
  /** One row per scored document, sorted by document. */
  rows: PublicationRow[];
}

const DAY_MS = 86_400_000;

/** Days from `earliest` to `latest`, both included (`YYYY-MM-DD` strings parse as UTC). */
function daysBetween(earliest: string, latest: string): number {
  return Math.round((Date.parse(latest) - Date.parse(earliest)) / DAY_MS) + 1;
}

function row(document: string, gold: GoldPublication, predicted: ScorablePublication): PublicationRow {
  const { value, earliest, latest, basis } = predicted;
  const known = value !== null;
  // The gold value's own days (`2024-05` is the whole of May), which may differ from the gold window.
  const goldDays = parseTimeSpan(gold.value);
  const startsInTime = earliest === null || goldDays.latest === null || earliest <= goldDays.latest;
  const endsInTime = latest === null || goldDays.earliest === null || goldDays.earliest <= latest;
  return {
    document,
    gold: { value: gold.value, earliest: gold.earliest, latest: gold.latest },
    predicted: { value, earliest, latest, basis },
    known,
    overlaps: known && startsInTime && endsInTime,
    coversGoldWindow: known && (earliest === null || earliest <= gold.earliest) && (latest === null || gold.latest <= latest),
    exact: known && value === gold.value,
    widthDays: known && earliest !== null && latest !== null ? daysBetween(earliest, latest) : null,
  };
}

/**
 * Scores each scored document's predicted publication time against the gold, reading the
 * prediction as the window of days `[earliest, latest]` (a `null` bound is open):
 *
 * - `overlaps`: the window shares at least one day with the days the gold `value` names
 *   (`2024-05` is 2024-05-01..2024-05-31, read with `parseTimeSpan`);
 * - `coversGoldWindow`: the window contains every day of `[gold.earliest, gold.latest]`;
 * - `exact`: the predicted `value` equals the gold `value` as a string;
 * - `widthDays`: the window's length in days, `null` when a bound is open.
 *
 * A prediction whose `value` is `null` is unknown: it overlaps, covers and equals nothing,
 * and has no width. Documents are paired by file base name; only those in both are scored.
 *
 * @example
 * const score = scorePublication(extract(documents), gold);
 * score.rows.filter((row) => !row.overlaps).map((row) => row.document)  // documents dated wrongly or not at all
 * @throws {TimeSpanError} only if a gold value is not a span (a validated {@link Gold} never has one).
 */
export function scorePublication(result: ScorableResult, gold: Gold): PublicationScore {
  const { scored } = matchDocuments(result, gold);
  const predicted = new Map(result.documents.map((document) => [documentKey(document.file), document.published]));
  const golden = new Map(gold.documents.map((document) => [documentKey(document.file), document.published]));
  const rows = scored.map((document) => row(document, golden.get(document)!, predicted.get(document)!));
  const count = (test: (row: PublicationRow) => boolean) => rows.filter(test).length;
  return {
    documents: rows.length,
    known: count((r) => r.known),
    overlapping: count((r) => r.overlaps),
    covering: count((r) => r.coversGoldWindow),
    exact: count((r) => r.exact),
    rows,
  };
}
