import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { Assertion, Modality, Polarity } from '../model/assertion';
import type { DatingBasis, Document } from '../model/document';
import { documentIri } from '../model/iri';
import type { PredicateDefinition, Valence } from '../model/predicate';
import { PREDICATES } from '../extract/claims/vocabulary/predicates';
import type { TimeSpan } from '../time/timespan';
import { compareStrings } from '../util/compare-strings';
import { passageAround, type ReportPassage } from './passage';

/** A contradiction as the report shows it: what `contradictions()` returns fits. */
export interface ContradictionLike {
  id: string;
  kind: string;
  severity?: string;
  explanation: string;
  /** IRIs of the assertions involved. */
  assertions: string[];
}

/** A stance change as the report shows it: what `stanceChanges()` returns fits. */
export interface ChangeLike {
  id: string;
  kind: string;
  explanation: string;
  /** IRIs of the assertions involved. */
  assertions: string[];
}

/** What the report lists beside the graph: the results of the analysis helpers. */
export interface ReportAnalysis {
  contradictions: readonly ContradictionLike[];
  changes: readonly ChangeLike[];
}

/** Options for {@link reportData}. */
export interface ReportDataOptions {
  /** The vocabulary giving predicates their labels and valences (default: the built-in `PREDICATES`). */
  predicates?: readonly PredicateDefinition[];
}

/** An entity that takes part in at least one assertion (as subject, object or speaker). */
export interface ReportEntity {
  id: string;
  label: string;
  kind: string;
  /** How many assertions it takes part in: the size of its node. */
  assertions: number;
}

/** One claim, with the labels and the evidence passage the page shows. */
export interface ReportAssertion {
  id: string;
  subject: string;
  predicate: string;
  predicateLabel: string;
  valence: Valence;
  /** IRI of the object entity, `null` for a literal object. */
  object: string | null;
  /** The object entity's label, or the literal's value. */
  objectLabel: string;
  /** "Vladimir Putin phones Benjamin Netanyahu" (with "not" for a denied claim). */
  summary: string;
  valid: TimeSpan | null;
  recorded: TimeSpan | null;
  /** Id of the report document it comes from (`null` when the documents do not include its source). */
  document: string | null;
  /** Its evidence with a few sentences around it; `null` when it has no evidence. */
  passage: ReportPassage | null;
  attributedTo: string | null;
  modality: Modality;
  polarity: Polarity;
  confidence: number;
}

/**
 * A dated assertion on the timeline, in whole days: a point (`end: null`) for a day, a
 * range `[start, end)` for a month, a year or an interval. Open ends are clipped to the
 * range of all the dates in the data and flagged.
 */
export interface ReportTimelineItem {
  assertion: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** The day after the last one (`YYYY-MM-DD`, exclusive), `null` for a point. */
  end: string | null;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** An edge of the entity network: the assertions of one predicate from one entity to another. */
export interface ReportEdge {
  source: string;
  target: string;
  predicate: string;
  label: string;
  valence: Valence;
  /** IRIs of the assertions it stands for. */
  assertions: string[];
}

/** A highlighted span of a document's text: the evidence of one or more assertions. */
export interface ReportMark {
  start: number;
  end: number;
  assertions: string[];
}

/** A source document with its text and the evidence of its assertions. */
export interface ReportDocument {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: { value: string | null; basis: DatingBasis; note: string };
  text: string;
  /** Evidence spans, sorted and not overlapping (overlapping evidence is merged). */
  marks: ReportMark[];
  /** Lines the loader set aside as boilerplate, shown dimmed. */
  removed: { start: number; end: number; reason: string }[];
  /** IRIs of its assertions, in text order. */
  assertions: string[];
}

/** A contradiction or a stance change. */
export interface ReportIssue {
  id: string;
  kind: string;
  severity: string | null;
  explanation: string;
  assertions: string[];
}

/** Everything the report page renders: plain JSON. */
export interface ReportData {
  summary: { documents: number; entities: number; assertions: number; dated: number; contradictions: number; changes: number };
  entities: ReportEntity[];
  assertions: ReportAssertion[];
  timeline: { range: { start: string; end: string } | null; items: ReportTimelineItem[] };
  edges: ReportEdge[];
  contradictions: ReportIssue[];
  changes: ReportIssue[];
  documents: ReportDocument[];
}

/**
 * The data of an HTML report: the graph's entities and assertions with labels, the
 * dated assertions as timeline items, the network's edges, the contradictions and stance
 * changes, and each document's text with its evidence. Deterministic: the same input
 * gives the same data (entities and assertions sorted by IRI; documents, contradictions
 * and changes in the order given).
 *
 * @example
 * const graph = buildGraph(documents);
 * const data = reportData(graph, documents, { contradictions: contradictions(graph), changes: stanceChanges(graph) });
 * writeFileSync('report.html', renderReport(data));
 */
export function reportData(graph: KnowledgeGraph, documents: readonly Document[], analysis: ReportAnalysis, options: ReportDataOptions = {}): ReportData {
  const predicates = new Map((options.predicates ?? PREDICATES).map((p) => [p.id, p]));
  const byIri = new Map(documents.map((d) => [documentIri(d.id, graph.base), d]));
  const label = (id: string) => graph.entity(id)?.label ?? id;
  const all = graph.assertions();

  const assertions = all.map((a): ReportAssertion => {
    const definition = predicates.get(a.predicate);
    const predicateLabel = definition?.label ?? a.predicate;
    const objectLabel = a.object.kind === 'entity' ? label(a.object.id) : a.object.value;
    const document = byIri.get(a.source);
    return {
      id: a.id,
      subject: a.subject,
      predicate: a.predicate,
      predicateLabel,
      valence: definition?.valence ?? 'neutral',
      object: a.object.kind === 'entity' ? a.object.id : null,
      objectLabel,
      summary: `${label(a.subject)} ${a.polarity === 'denied' ? 'not ' : ''}${predicateLabel} ${objectLabel}`,
      valid: a.valid,
      recorded: a.recorded,
      document: document?.id ?? null,
      passage: a.evidence ? passageAround(a.evidence, document, graph.source(a.source)?.title ?? graph.source(a.source)?.file ?? a.source) : null,
      attributedTo: a.attributedTo,
      modality: a.modality,
      polarity: a.polarity,
      confidence: a.confidence,
    };
  });

  const issue = (x: ContradictionLike | ChangeLike): ReportIssue => ({
    id: x.id,
    kind: x.kind,
    severity: 'severity' in x && x.severity !== undefined ? x.severity : null,
    explanation: x.explanation,
    assertions: [...x.assertions],
  });
  const timeline = timelineOf(all);

  return {
    summary: {
      documents: documents.length,
      entities: graph.size.entities,
      assertions: all.length,
      dated: timeline.items.length,
      contradictions: analysis.contradictions.length,
      changes: analysis.changes.length,
    },
    entities: entitiesOf(graph, all),
    assertions,
    timeline,
    edges: edgesOf(all, predicates),
    contradictions: analysis.contradictions.map(issue),
    changes: analysis.changes.map(issue),
    documents: documents.map((d) => documentOf(d, graph, all)),
  };
}

/** The entities that take part in an assertion, sorted by IRI, with how many. */
function entitiesOf(graph: KnowledgeGraph, assertions: readonly Assertion[]): ReportEntity[] {
  const counts = new Map<string, number>();
  for (const a of assertions) {
    const ids = new Set([a.subject]);
    if (a.object.kind === 'entity') ids.add(a.object.id);
    if (a.attributedTo) ids.add(a.attributedTo);
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.keys()].sort(compareStrings).map((id) => {
    const entity = graph.entity(id);
    return { id, label: entity?.label ?? id, kind: entity?.kind ?? 'Thing', assertions: counts.get(id)! };
  });
}

const nextDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** Dated assertions as items of whole days; open ends clipped to the range of all known dates. */
function timelineOf(assertions: readonly Assertion[]): ReportData['timeline'] {
  const dated = assertions.filter((a): a is Assertion & { valid: TimeSpan } => a.valid !== null);
  const days = dated.flatMap((a) => [a.valid.earliest, a.valid.latest]).filter((d): d is string => d !== null).sort(compareStrings);
  if (days.length === 0) return { range: null, items: [] };
  const range = { start: days[0]!, end: days[days.length - 1]! };
  const items = dated.map((a): ReportTimelineItem => {
    const first = a.valid.earliest ?? range.start;
    const last = a.valid.latest ?? range.end;
    const point = a.valid.granularity === 'day' || first === last;
    return { assertion: a.id, start: first, end: point ? null : nextDay(last), clippedStart: a.valid.earliest === null, clippedEnd: a.valid.latest === null };
  });
  return { range, items };
}

/** One edge per (subject, predicate, object entity), sorted. */
function edgesOf(assertions: readonly Assertion[], predicates: ReadonlyMap<string, PredicateDefinition>): ReportEdge[] {
  const edges = new Map<string, ReportEdge>();
  for (const a of assertions) {
    if (a.object.kind !== 'entity') continue;
    const key = JSON.stringify([a.subject, a.predicate, a.object.id]);
    const edge = edges.get(key);
    if (edge) edge.assertions.push(a.id);
    else {
      const definition = predicates.get(a.predicate);
      edges.set(key, { source: a.subject, target: a.object.id, predicate: a.predicate, label: definition?.label ?? a.predicate, valence: definition?.valence ?? 'neutral', assertions: [a.id] });
    }
  }
  return [...edges.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, edge]) => edge);
}

/** Merges overlapping evidence spans into sorted, disjoint marks. */
export function evidenceMarks(spans: readonly { start: number; end: number; assertion: string }[]): ReportMark[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.assertion, b.assertion));
  const marks: ReportMark[] = [];
  for (const span of sorted) {
    const last = marks[marks.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.assertions.includes(span.assertion)) last.assertions.push(span.assertion);
    } else marks.push({ start: span.start, end: span.end, assertions: [span.assertion] });
  }
  return marks;
}

function documentOf(document: Document, graph: KnowledgeGraph, assertions: readonly Assertion[]): ReportDocument {
  const iri = documentIri(document.id, graph.base);
  const source = graph.source(iri);
  const own = assertions
    .filter((a) => a.source === iri)
    .sort((a, b) => (a.evidence?.start ?? Infinity) - (b.evidence?.start ?? Infinity) || compareStrings(a.id, b.id));
  const fits = (e: Assertion['evidence']): e is NonNullable<Assertion['evidence']> => e !== null && e.end <= document.text.length;
  const published = source?.published ?? document.published;
  return {
    id: document.id,
    file: document.file,
    title: document.title,
    outlet: document.outlet,
    url: document.url,
    published: { value: published.time?.value ?? null, basis: published.basis, note: published.note },
    text: document.text,
    marks: evidenceMarks(own.filter((a) => fits(a.evidence)).map((a) => ({ start: a.evidence!.start, end: a.evidence!.end, assertion: a.id }))),
    removed: document.removed.map((r) => ({ start: r.start, end: r.end, reason: r.reason })),
    assertions: own.map((a) => a.id),
  };
}
