import { QueryError } from '../errors';
import { PREDICATES } from '../extract/claims/vocabulary';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { Scan } from '../query/contradictions/shared';
import { CONTRADICTION_KINDS, type Contradiction, type ContradictionKind, type ContradictionSeverity } from '../query/contradictions/types';
import { compareStrings } from '../util/compare-strings';
import { anachronismContextQuery, contradictionQueries, type ContradictionQueryOptions } from './queries';
import { anachronismRecords, contraryRecord, numericRecord, opposedRecord, type FoundPair } from './records';
import type { SparqlBindings, SparqlStore } from './store';
import { fetchSubgraph } from './subgraph';
import { from, iri, PREFIXES } from './syntax';

const FN = 'sparqlContradictions';

/** Options for {@link sparqlContradictions}: those of `contradictions()`, plus the graph to read and the base of record IRIs. */
export interface SparqlContradictionOptions extends ContradictionQueryOptions {
  /** Which kinds to look for (default: all of `CONTRADICTION_KINDS`). */
  kinds?: readonly ContradictionKind[];
  /** Base of the records' IRIs, as the in-memory graph's `base` (default `urn:claimgraph:`). */
  base?: string;
}

/** Contradictions with the part of the store's graph their claims were read from. */
export interface SparqlContradictionAnswer {
  contradictions: Contradiction[];
  graph: KnowledgeGraph;
}

function requireShare(value: number | undefined, field: string, max = Infinity): void {
  if (value !== undefined && !(value >= 0 && value <= max)) {
    throw new QueryError(`${FN}: ${field} must be a number from 0${max === Infinity ? '' : ` to ${max}`}, not ${value}`, { field });
  }
}

/** The checks `contradictions()` makes; reference entities are looked up in the store. */
async function checkOptions(store: SparqlStore, options: SparqlContradictionOptions): Promise<void> {
  options.kinds?.forEach((kind, i) => {
    if (!CONTRADICTION_KINDS.includes(kind)) throw new QueryError(`${FN}: unknown kind "${kind}" (expected one of ${CONTRADICTION_KINDS.join(', ')})`, { field: `kinds[${i}]` });
  });
  requireShare(options.tolerance, 'tolerance');
  requireShare(options.approximateTolerance, 'approximateTolerance');
  requireShare(options.minConfidence, 'minConfidence', 1);
  const wanted = [...new Set((options.reference ?? []).map((fact) => fact.entity))];
  if (wanted.length === 0) return;
  const rows = await store.query(`${PREFIXES}SELECT DISTINCT ?e\n${from(options.graph)}WHERE { VALUES ?e { ${wanted.map(iri).join(' ')} } ?e rdfs:label ?label }`);
  const known = new Set(rows.map((row) => row.e?.value));
  options.reference!.forEach((fact, i) => {
    if (!known.has(fact.entity)) throw new QueryError(`${FN}: reference[${i}] names unknown entity ${fact.entity}`, { field: `reference[${i}].entity` });
  });
}

const value = (row: SparqlBindings, name: string): string => row[name]?.value ?? '';

/** The pairs of a query's rows, `first` and `second` naming the claim variables. */
function pairs(rows: readonly SparqlBindings[], first: string, second: string): FoundPair[] {
  return rows.map((row) => ({
    claims: [value(row, first), value(row, second)],
    severity: value(row, 'severity') as ContradictionSeverity,
    ...(row.basis && { basis: value(row, 'basis') as 'valid' | 'recorded' }),
  }));
}

const kindOrder = (c: Contradiction): number => CONTRADICTION_KINDS.indexOf(c.kind);

/**
 * {@link sparqlContradictions}, with the subgraph of the claims involved (for their
 * files and evidence).
 *
 * @example
 * const { contradictions, graph } = await sparqlContradictionAnswer(store);
 * analysisRecords(graph, { contradictions, changes: [] });
 */
export async function sparqlContradictionAnswer(store: SparqlStore, options: SparqlContradictionOptions = {}): Promise<SparqlContradictionAnswer> {
  await checkOptions(store, options);
  const kinds = new Set(options.kinds ?? CONTRADICTION_KINDS);
  const queries = contradictionQueries(options);
  const [opposed, contrary, numeric, anachronistic] = await Promise.all(
    (['polarity', 'contrary', 'numeric', 'anachronism'] as const).map((k) => (queries[k] === undefined ? [] : store.query(queries[k]))),
  );
  const found = new Set(anachronistic!.map((row) => value(row, 'claim')));
  const context = found.size === 0 ? [] : await store.query(anachronismContextQuery([...found].sort(), options));
  const byKind = {
    polarity: pairs(opposed!.filter((row) => value(row, 'kind') === 'polarity'), 'a', 'b'),
    attribution: pairs(opposed!.filter((row) => value(row, 'kind') === 'attribution'), 'a', 'b'),
    contrary: pairs(contrary!, 'x', 'y'),
    numeric: pairs(numeric!, 'a', 'b'),
  };
  const involved = [...Object.values(byKind).flatMap((list) => list.flatMap((p) => p.claims)), ...found, ...context.map((row) => value(row, 'c'))];
  const reference = options.reference ?? [];
  const graph = await fetchSubgraph(store, involved, {
    ...(options.graph !== undefined && { graph: options.graph }),
    ...(options.base !== undefined && { base: options.base }),
    entities: reference.flatMap((fact) => [fact.entity, ...(fact.role.of ? [fact.role.of] : [])]),
  });
  const scan: Scan = { graph, claims: graph.assertions(), predicates: new Map((options.predicates ?? PREDICATES).map((p) => [p.id, p])) };
  const records = [
    ...(kinds.has('polarity') ? byKind.polarity.map((p) => opposedRecord(scan, 'polarity', p)) : []),
    ...(kinds.has('attribution') ? byKind.attribution.map((p) => opposedRecord(scan, 'attribution', p)) : []),
    ...byKind.contrary.map((p) => contraryRecord(scan, p)),
    ...byKind.numeric.map((p) => numericRecord(scan, p)),
    ...(kinds.has('anachronism') ? anachronismRecords(scan, found, reference) : []),
  ].filter((c): c is Contradiction => c !== undefined);
  records.sort((a, b) => kindOrder(a) - kindOrder(b) || compareStrings(a.assertions.join(' '), b.assertions.join(' ')) || compareStrings(a.id, b.id));
  return { contradictions: records, graph };
}

/**
 * The contradictions among the claims a SPARQL store holds — the same records as
 * `contradictions(graph, options)` gives for the graph the store holds (RDF 1.1 profile,
 * as {@link pushGraph} loads it).
 *
 * The store answers the joins: which claims conflict, of what kind, how hard
 * ({@link contradictionQueries}: polarity and attribution, contrary, numeric,
 * anachronism). JavaScript then reads the claims involved back through the RDF mapping,
 * orders each pair and writes its explanation; for an anachronism it also picks the
 * reference role and the backing claims, by the in-memory rule over the claims of the
 * same sources and holders.
 *
 * @example
 * const store = new EndpointStore('http://localhost:8890/sparql');
 * const found = await sparqlContradictions(store, { graph: 'urn:claimgraph:news', kinds: ['polarity', 'attribution'] });
 * found.map((c) => c.explanation);
 * @throws {QueryError} for the options `contradictions()` refuses (a reference entity
 *   is unknown when the store does not describe it); {@link SparqlError} when the store fails.
 */
export async function sparqlContradictions(store: SparqlStore, options: SparqlContradictionOptions = {}): Promise<Contradiction[]> {
  return (await sparqlContradictionAnswer(store, options)).contradictions;
}
