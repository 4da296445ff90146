import type { EntityLinkingScore } from './entity-linking';
import type { EvalReport } from './evaluate';
import type { EventScore } from './events';
import type { PublicationRow, PublicationScore } from './publication';
import { formatTable } from './table';

/** Options for {@link formatEvalReport}. */
export interface FormatEvalReportOptions {
  /** List the missed and spurious pairs under the figures (default `true`). */
  details?: boolean;
  /** At most this many lines per list, then a count of the rest (default: all). */
  limit?: number;
}

const fixed = (ratio: number): string => ratio.toFixed(3);
const yesNo = (flag: boolean): string => (flag ? 'yes' : 'no');
const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function entityTable(score: EntityLinkingScore): string {
  const rows = [
    ['type', 'gold', 'found', 'recall', 'predicted', 'correct', 'precision', 'F1'],
    [
      'all',
      String(score.goldPairs),
      String(score.foundPairs),
      fixed(score.recall),
      String(score.predictedPairs),
      String(score.correctPairs),
      fixed(score.precision),
      fixed(score.f1),
    ],
    ...score.byType.map((row) => [row.type, String(row.goldPairs), String(row.foundPairs), fixed(row.recall)]),
  ];
  return formatTable(rows, { align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] });
}

function entityNotes(score: EntityLinkingScore): string {
  const notes: string[] = [];
  if (score.ignoredPairs > 0) {
    notes.push(`${plural(score.ignoredPairs, 'predicted pair')} matching only gold entities of other types ignored`);
  }
  if (score.unknownTypes.length > 0) notes.push(`no gold entity has type ${score.unknownTypes.join(', ')}`);
  return notes.map((note) => `note: ${note}\n`).join('');
}

/** One line of at most `max` characters: runs of whitespace made one space, an ellipsis where cut. */
function snippet(text: string, max = 60): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** A titled table of at most `limit` rows, with a count of the rows left out. */
function list(title: string, header: string[], rows: string[][], limit: number): string {
  if (rows.length === 0) return `\n${title}: none\n`;
  const shown = rows.slice(0, limit);
  const rest = rows.length - shown.length;
  return `\n${title} (${rows.length})\n${formatTable([header, ...shown])}${rest > 0 ? `… and ${rest} more (all are in --json)\n` : ''}`;
}

function entityDetails(score: EntityLinkingScore, limit: number): string {
  // The widest, most variable cells go last, so that they pad nothing.
  const missed = score.missed.map((pair) => [pair.document, pair.type, pair.entity, pair.label]);
  const spurious = score.spurious.map((pair) => [pair.document, pair.kind, pair.entity, pair.label, pair.mentions.join(' | ')]);
  return (
    list('Missed gold pairs', ['document', 'type', 'gold id', 'label'], missed, limit) +
    list('Spurious predicted pairs', ['document', 'kind', 'predicted id', 'label', 'mentions'], spurious, limit)
  );
}

const window = (earliest: string | null, latest: string | null): string => `${earliest ?? '..'}/${latest ?? '..'}`;

function publicationCells(row: PublicationRow): string[] {
  const { gold, predicted } = row;
  return [
    row.document,
    gold.value,
    window(gold.earliest, gold.latest),
    predicted.value ?? '-',
    row.known ? window(predicted.earliest, predicted.latest) : '-',
    predicted.basis,
    row.widthDays === null ? '-' : String(row.widthDays),
    yesNo(row.overlaps),
    yesNo(row.coversGoldWindow),
    yesNo(row.exact),
  ];
}

function publicationSection(score: PublicationScore): string {
  const title =
    `Publication date: ${plural(score.documents, 'document')}, ${score.known} dated, ${score.overlapping} overlap the gold date, ` +
    `${score.covering} cover the gold window, ${score.exact} exact\n`;
  if (score.rows.length === 0) return title;
  const header = ['document', 'gold', 'gold window', 'predicted', 'predicted window', 'basis', 'days', 'overlaps', 'covers', 'exact'];
  return title + formatTable([header, ...score.rows.map(publicationCells)], { align: header.map((name) => (name === 'days' ? 'right' : 'left')) });
}

const EVENTS_NOT_SCORED: Record<Exclude<EventScore['status'], 'scored'>, string> = {
  'no assertions': 'not scored: the result has no assertions',
  'no texts': 'not scored: no document texts were given to locate the gold evidence in',
};

function eventTable(score: EventScore): string {
  const header = ['document', 'gold', 'found', 'recall', 'assertions', 'correct', 'precision', 'F1'];
  const rows = [
    header,
    [
      'all',
      String(score.goldEvents),
      String(score.foundEvents),
      fixed(score.recall),
      String(score.assertions),
      String(score.correctAssertions),
      fixed(score.precision),
      fixed(score.f1),
    ],
    ...score.byDocument.map((row) => [
      row.document,
      String(row.goldEvents),
      String(row.foundEvents),
      fixed(row.recall),
      String(row.assertions),
      String(row.correctAssertions),
      fixed(row.precision),
    ]),
  ];
  const judged = [
    ['on found events', 'judged', 'correct', 'accuracy'],
    ...(['date', 'attribution', 'modality'] as const).map((name) => [name, String(score[name].scored), String(score[name].correct), fixed(score[name].accuracy)]),
  ];
  return (
    formatTable(rows, { align: header.map((_, c) => (c === 0 ? 'left' : 'right')) }) +
    '\n' +
    formatTable(judged, { align: ['left', 'right', 'right', 'right'] })
  );
}

function eventNotes(score: EventScore): string {
  const notes: string[] = [];
  if (score.withoutText.length > 0) notes.push(`not scored, no text given: ${score.withoutText.join(', ')}`);
  for (const event of score.unlocatable) notes.push(`gold event ${event.id} not scored: its evidence is not in ${event.document}: "${snippet(event.evidence)}"`);
  return notes.map((note) => `note: ${note}\n`).join('');
}

function eventDetails(score: EventScore, limit: number): string {
  const missed = score.missed.map((event) => [event.document, event.id, snippet(event.evidence)]);
  const spurious = score.spurious.map((assertion) => [
    assertion.document,
    assertion.predicate,
    assertion.subjectLabel ?? assertion.subject,
    snippet(assertion.evidence.text),
  ]);
  return (
    list('Missed gold events', ['document', 'gold id', 'evidence'], missed, limit) +
    list('Spurious assertions', ['document', 'predicate', 'subject', 'evidence'], spurious, limit)
  );
}

function eventSection(score: EventScore, options: FormatEvalReportOptions): string {
  if (score.status !== 'scored') return `Events: ${EVENTS_NOT_SCORED[score.status]}\n`;
  return [
    `Events: gold events found by assertions in ${plural(score.documents, 'document')}\n`,
    eventTable(score),
    eventNotes(score),
    options.details === false ? '' : eventDetails(score, options.limit ?? Infinity),
  ].join('');
}

function coverage(report: EvalReport): string {
  const { goldOnly, predictedOnly } = report.documents;
  const lines: string[] = [];
  if (goldOnly.length > 0) lines.push(`not scored, missing from the result: ${goldOnly.join(', ')}`);
  if (predictedOnly.length > 0) lines.push(`not scored, not in the gold: ${predictedOnly.join(', ')}`);
  return lines.length > 0 ? `${lines.map((line) => `note: ${line}\n`).join('')}\n` : '';
}

/**
 * The report as plain text for a terminal: the entity linking figures (overall, then
 * recall by gold type) and, unless `details` is `false`, the missed and spurious pairs;
 * then the publication date of each document against the gold; then the events (recall and
 * precision overall and per document, the date, attribution and modality accuracy on the
 * events found and, unless `details` is `false`, the missed gold events and the spurious
 * assertions) — or one line saying why they were not scored.
 *
 * @example
 * process.stdout.write(formatEvalReport(evaluate(result, gold), { limit: 20 }));
 * // Entity linking: (document, entity) pairs in 5 documents, all types
 * // type    gold  found  recall  predicted  correct  precision     F1
 * // ------  ----  -----  ------  ---------  -------  ---------  -----
 * // all      231    180   0.779        200      170      0.850  0.813
 * // …
 */
export function formatEvalReport(report: EvalReport, options: FormatEvalReportOptions = {}): string {
  const score = report.entityLinking;
  const scope = score.types === null ? 'all types' : `types ${score.types.join(', ')}`;
  return [
    coverage(report),
    `Entity linking: (document, entity) pairs in ${plural(score.documents, 'document')}, ${scope}\n`,
    entityTable(score),
    entityNotes(score),
    options.details === false ? '' : entityDetails(score, options.limit ?? Infinity),
    '\n',
    publicationSection(report.publication),
    '\n',
    eventSection(report.events, options),
  ].join('');
}

/**
 * The report as JSON (two-space indented, ending in a newline): the {@link EvalReport}
 * object itself, with every figure and list the text report shows.
 *
 * @example
 * writeFileSync('eval.json', formatEvalJson(evaluate(result, gold)));
 */
export function formatEvalJson(report: EvalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
