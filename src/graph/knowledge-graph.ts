import { MultiDirectedGraph } from 'graphology';
import { GraphError } from '../errors';
import type { Assertion, AssertionObject } from '../model/assertion';
import type { Entity, EntityKind, Role } from '../model/entity';
import { DEFAULT_BASE, assertionIri, entityIri } from '../model/iri';
import { overlaps } from '../time/allen';
import type { TimeSpan } from '../time/timespan';
import { compareIds, compareStrings } from '../util/compare-strings';
import type { Source } from './source';

/** What {@link KnowledgeGraph.addEntity} takes: an entity whose id, aliases, sameAs and roles may be left out. */
export interface EntityInput {
  /** Defaults to {@link entityIri} of the label under the graph's base. */
  id?: string;
  kind: EntityKind;
  label: string;
  aliases?: string[];
  sameAs?: string[];
  roles?: Role[];
}

/**
 * What {@link KnowledgeGraph.addAssertion} takes. Only subject, predicate, object and
 * source are required; the rest default to an asserted, affirmed, undated claim with
 * confidence 1, recorded at the source's publication time.
 */
export type AssertionInput = Pick<Assertion, 'subject' | 'predicate' | 'object' | 'source'> &
  Partial<Omit<Assertion, 'subject' | 'predicate' | 'object' | 'source'>>;

/** Options for {@link KnowledgeGraph}. */
export interface KnowledgeGraphOptions {
  /** Base for minted IRIs (default {@link DEFAULT_BASE}). */
  base?: string;
}

/** Which end of an assertion an entity must stand at in {@link KnowledgeGraph.assertionsOf}. */
export type EntityPosition = 'subject' | 'object' | 'either';

const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** A UTF-16 surrogate not paired with its other half: no Unicode text, no UTF-8 file and no RDF syntax can hold one. */
const LONE_SURROGATE = /\p{Cs}/u;

/** The path (`roles[0].title`) of the first string in `value` with a lone surrogate, if any. */
function illFormedText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, v] of Object.entries(value)) {
    const found = illFormedText(v, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether `text` holds no lone surrogate: `String.prototype.isWellFormed` (ES2024, in Node 20; the compiler's lib is ES2022), else the regex. */
const wellFormed: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (text) => (text as string & { isWellFormed(): boolean }).isWellFormed()
    : (text) => !LONE_SURROGATE.test(text);

/**
 * Whether every string in `value` is well formed: the check every input pays, with no key
 * paths, entry arrays or regex. `for…in` sees at least the keys {@link illFormedText}
 * walks (inherited ones too), so `true` means that one would find nothing.
 */
function allWellFormed(value: object): boolean {
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'string') {
      if (!wellFormed(v)) return false;
    } else if (typeof v === 'object' && v !== null && !allWellFormed(v)) return false;
  }
  return true;
}

/**
 * Refuses input holding a lone surrogate, which JavaScript strings allow (e.g. a slice
 * that cuts an emoji in half) but which could not be exported: the graph holds only
 * well-formed text, so everything it holds can be written as RDF.
 */
function requireWellFormed(method: string, input: object): void {
  if (allWellFormed(input)) return;
  const field = illFormedText(input);
  if (field !== undefined) throw new GraphError(`KnowledgeGraph.${method}: ${field} has a lone surrogate (half of a UTF-16 pair), which is not Unicode text`, { field });
}

/**
 * Refuses an assertion the model does not allow — an empty id, predicate or datatype, a confidence outside
 * 0–1, evidence offsets that are not whole character positions in order — so that every
 * graph saved as JSON loads back.
 */
function requireInModel(input: AssertionInput): void {
  if (!input.predicate.trim()) fail('predicate', 'is empty');
  if (input.id === '') fail('id', 'is empty');
  if (input.object.kind === 'literal' && !input.object.datatype) fail('object.datatype', 'is empty');
  if (input.confidence !== undefined && !(input.confidence >= 0 && input.confidence <= 1)) fail('confidence', `must be between 0 and 1, not ${input.confidence}`);
  const evidence = input.evidence;
  if (evidence && !(Number.isSafeInteger(evidence.start) && Number.isSafeInteger(evidence.end) && evidence.start >= 0 && evidence.start <= evidence.end)) {
    fail('evidence', `must be character offsets 0 ≤ start ≤ end, not ${evidence.start}–${evidence.end}`);
  }
}

function fail(field: string, what: string): never {
  throw new GraphError(`KnowledgeGraph.addAssertion: ${field} ${what}`, { field });
}

/** RDF language tags are case-insensitive, and RDF stores keep them in lower case: so does the graph, so that a round trip gives back the same tag. */
function normalizeObject(object: AssertionObject): AssertionObject {
  if (object.kind !== 'literal' || object.language === undefined || object.language === object.language.toLowerCase()) return object;
  return { ...object, language: object.language.toLowerCase() };
}
const roleKey = (role: Role): string => JSON.stringify([role.title, role.of ?? '', role.term?.value ?? '']);
const byStart = (a: Assertion, b: Assertion): number =>
  compareStrings(a.valid?.earliest ?? '', b.valid?.earliest ?? '') || compareStrings(a.id, b.id);

/**
 * Assertion IRIs by subject, speaker, predicate or source. Arrays, not sets: an IRI is
 * stored once (adding it again keeps the first), and an array is cheaper to add to and to hold.
 */
type Index = Map<string, string[]>;

function addTo(index: Index, key: string, id: string): void {
  const ids = index.get(key);
  if (ids) ids.push(id);
  else index.set(key, [id]);
}

/**
 * Entities, sources and dated assertions, with the indexes queries need.
 *
 * Entities are the nodes of a graphology `MultiDirectedGraph` ({@link network}) and every
 * assertion whose object is an entity is an edge keyed by the assertion's IRI, so
 * graphology's algorithms and renderers work on it directly. An assertion whose object is
 * a literal (a casualty count, a date, a phrase) describes its subject rather than
 * relating two things: it is kept in the assertion store and indexes — it is returned by
 * every query here — but adds no edge, so the network holds only relations between
 * entities. Speakers (`attributedTo`) are indexed but are not edges either.
 *
 * @example
 * const kg = new KnowledgeGraph();
 * kg.addSource(sourceFromDocument(doc));
 * const putin = kg.addEntity({ kind: 'Person', label: 'Vladimir Putin', sameAs: [wikidataIri('Q7747')] });
 * const bibi = kg.addEntity({ kind: 'Person', label: 'Benjamin Netanyahu' });
 * kg.addAssertion({ subject: putin.id, predicate: 'phoneCall', object: { kind: 'entity', id: bibi.id }, source: doc.id });
 * kg.assertionsBetween(putin.id, bibi.id);
 */
export class KnowledgeGraph {
  readonly base: string;
  /** Entities as nodes, entity-to-entity assertions as edges. Read it; change the graph through the methods. */
  readonly network = new MultiDirectedGraph<Entity, Assertion>({ allowSelfLoops: true });

  readonly #sources = new Map<string, Source>();
  /** Assertions whose object is a literal. The others are the network's edges, with the assertion as attributes: not held twice. */
  readonly #literals = new Map<string, Assertion>();
  /** Literal-object assertions by subject. The network's adjacency finds the others of an entity: no index of its own to keep. */
  readonly #literalsOf: Index = new Map();
  /** Rarely queried: each is built on first use (`null` until then) and kept up to date after. */
  #bySpeaker: Index | null = null;
  #byPredicate: Index | null = null;
  #bySource: Index | null = null;
  /** Dated assertions sorted by earliest valid day; rebuilt lazily after changes. */
  #byTime: Assertion[] | null = null;

  constructor(options: KnowledgeGraphOptions = {}) {
    this.base = options.base ?? DEFAULT_BASE;
  }

  /** Counts of what the graph holds. */
  get size(): { sources: number; entities: number; assertions: number } {
    return { sources: this.#sources.size, entities: this.network.order, assertions: this.network.size + this.#literals.size };
  }

  /**
   * Adds a source, or replaces the one with the same IRI.
   *
   * @throws {GraphError} naming the field that holds a lone surrogate.
   */
  addSource(source: Source): Source {
    requireWellFormed('addSource', source);
    if (!source.id) throw new GraphError('KnowledgeGraph.addSource: the id is empty', { field: 'id' });
    this.#sources.set(source.id, source);
    return source;
  }

  /**
   * Adds an entity; if one with the same IRI exists, merges into it (aliases, sameAs and
   * roles are united; the existing label and kind stay, a new label becomes an alias).
   *
   * @throws {GraphError} when the label is blank, or naming the field that holds a lone surrogate.
   */
  addEntity(input: EntityInput): Entity {
    requireWellFormed('addEntity', input);
    if (!input.label.trim()) throw new GraphError('KnowledgeGraph.addEntity: the label is empty', { field: 'label' });
    if (!input.kind.trim()) throw new GraphError('KnowledgeGraph.addEntity: the kind is empty', { field: 'kind' });
    if (input.id === '') throw new GraphError('KnowledgeGraph.addEntity: the id is empty', { field: 'id' });
    const id = input.id ?? entityIri(input.label, this.base);
    const existing = this.network.hasNode(id) ? this.network.getNodeAttributes(id) : undefined;
    const entity = normalizeEntity({
      id,
      kind: existing?.kind ?? input.kind,
      label: existing?.label ?? input.label,
      aliases: [...(existing?.aliases ?? []), ...(existing ? [input.label] : []), ...(input.aliases ?? [])],
      sameAs: [...(existing?.sameAs ?? []), ...(input.sameAs ?? [])],
      roles: [...(existing?.roles ?? []), ...(input.roles ?? [])],
    });
    if (existing) this.network.replaceNodeAttributes(id, entity);
    else this.network.addNode(id, entity);
    return entity;
  }

  /**
   * Adds an assertion and returns it with its defaults filled in. Its subject, entity
   * object, speaker and source must already be in the graph. Adding the same claim twice
   * (same IRI) keeps the first. A literal's language tag is kept in lower case, as RDF
   * stores keep it.
   *
   * @throws {GraphError} naming the missing entity or source, or the field that holds a lone surrogate.
   */
  addAssertion(input: AssertionInput): Assertion {
    requireWellFormed('addAssertion', input);
    requireInModel(input);
    const source = this.#sources.get(input.source);
    if (!source) throw new GraphError(`KnowledgeGraph.addAssertion: unknown source ${input.source}; add it with addSource first`, { field: 'source' });
    this.#requireNode(input.subject, 'subject');
    if (input.object.kind === 'entity') this.#requireNode(input.object.id, 'object');
    if (input.attributedTo) this.#requireNode(input.attributedTo, 'attributedTo');
    // Built once, in its final key order; the id is minted from the object itself.
    const assertion: Assertion = {
      id: input.id ?? '',
      subject: input.subject,
      predicate: input.predicate,
      object: normalizeObject(input.object),
      source: input.source,
      valid: input.valid ?? null,
      evidence: input.evidence ? { ...input.evidence, start: input.evidence.start + 0, end: input.evidence.end + 0 } : null,
      attributedTo: input.attributedTo ?? null,
      modality: input.modality ?? 'asserted',
      polarity: input.polarity ?? 'affirmed',
      recorded: input.recorded !== undefined ? input.recorded : source.published.time,
      confidence: (input.confidence ?? 1) + 0, // + 0: no negative zero, which JSON cannot keep
    };
    if (input.id === undefined) assertion.id = assertionIri(assertion, this.base);
    const kept = this.#get(assertion.id);
    if (kept) return kept;
    this.#store(assertion);
    return assertion;
  }

  /**
   * Merges entity `otherId` into `targetId`: the target gains the other's label (as an
   * alias), aliases, sameAs and roles; every assertion that named the other now names the
   * target. Assertion IRIs do not change, so references to them stay valid.
   */
  mergeEntities(targetId: string, otherId: string): Entity {
    const target = this.#requireEntity('mergeEntities', targetId, 'target');
    const other = this.#requireEntity('mergeEntities', otherId, 'other');
    if (targetId === otherId) return target;
    const merged = this.addEntity({ ...other, id: targetId, aliases: [other.label, ...other.aliases] });
    const speakers = this.#speakers();
    const touched = new Set([...this.network.edges(otherId), ...(this.#literalsOf.get(otherId) ?? []), ...(speakers.get(otherId) ?? [])]);
    const rename = (id: string | null) => (id === otherId ? targetId : id);
    for (const id of touched) {
      const old = this.#get(id)!;
      const oldObject = old.object.kind === 'entity' ? old.object.id : null;
      const renamed: Assertion = {
        ...old,
        subject: rename(old.subject)!,
        object: oldObject !== null ? { kind: 'entity', id: rename(oldObject)! } : old.object,
        attributedTo: rename(old.attributedTo),
      };
      if (oldObject !== null) {
        this.network.dropEdge(id);
        this.network.addDirectedEdgeWithKey(id, renamed.subject, rename(oldObject)!, renamed);
      } else {
        this.#literals.delete(id);
        this.#literals.set(id, renamed);
        if (old.subject === otherId) addTo(this.#literalsOf, targetId, id);
      }
      // IRIs, predicates and sources stay: those indexes need no change.
      if (old.attributedTo === otherId) addTo(speakers, targetId, id);
    }
    this.#literalsOf.delete(otherId);
    speakers.delete(otherId);
    this.network.dropNode(otherId);
    this.#byTime = null;
    return merged;
  }

  entity(id: string): Entity | undefined {
    return this.network.hasNode(id) ? this.network.getNodeAttributes(id) : undefined;
  }

  /** All entities, sorted by IRI. */
  entities(): Entity[] {
    return this.network.nodes().sort(compareStrings).map((id) => this.network.getNodeAttributes(id));
  }

  /** Entities whose label or an alias equals `name`, ignoring case. */
  findEntities(name: string): Entity[] {
    const wanted = name.trim().toLowerCase();
    return this.entities().filter((e) => [e.label, ...e.aliases].some((n) => n.toLowerCase() === wanted));
  }

  source(id: string): Source | undefined {
    return this.#sources.get(id);
  }

  /** All sources, sorted by IRI. */
  sources(): Source[] {
    return [...this.#sources.keys()].sort(compareStrings).map((id) => this.#sources.get(id)!);
  }

  assertion(id: string): Assertion | undefined {
    return this.#get(id);
  }

  /** All assertions, sorted by IRI. */
  assertions(): Assertion[] {
    return this.#all().sort(compareIds);
  }

  /**
   * All assertions in no particular order (the same order for the same additions): for a
   * pass over every claim that groups or filters them, and need not pay for sorting.
   */
  allAssertions(): Assertion[] {
    return this.#all();
  }

  /** Assertions in which the entity is subject, object, or either (default). */
  assertionsOf(entityId: string, position: EntityPosition = 'either'): Assertion[] {
    const all = (this.#literalsOf.get(entityId) ?? []).map((id) => this.#literals.get(id)!);
    if (this.network.hasNode(entityId)) {
      this.network.forEachEdge(entityId, (_id, a) => {
        all.push(a);
      });
    }
    all.sort(compareIds);
    if (position === 'either') return all;
    return all.filter((a) => (position === 'subject' ? a.subject === entityId : a.object.kind === 'entity' && a.object.id === entityId));
  }

  /** Assertions relating two entities, in either direction. */
  assertionsBetween(a: string, b: string): Assertion[] {
    const relates = (x: Assertion, from: string, to: string) => x.subject === from && x.object.kind === 'entity' && x.object.id === to;
    return this.assertionsOf(a).filter((x) => relates(x, a, b) || relates(x, b, a));
  }

  /** Assertions the sources attribute to this speaker. */
  assertionsBy(speakerId: string): Assertion[] {
    return this.#sorted(this.#speakers().get(speakerId) ?? []);
  }

  assertionsWithPredicate(predicate: string): Assertion[] {
    return this.#sorted((this.#byPredicate ??= this.#group((a) => a.predicate)).get(predicate) ?? []);
  }

  /** Assertions made by one source document. */
  assertionsFrom(sourceId: string): Assertion[] {
    return this.#sorted((this.#bySource ??= this.#group((a) => a.source)).get(sourceId) ?? []);
  }

  /** Dated assertions whose valid time shares at least one day with `span`, by earliest day. */
  assertionsDuring(span: TimeSpan): Assertion[] {
    this.#byTime ??= this.#all().filter((a) => a.valid).sort(byStart);
    const result: Assertion[] = [];
    for (const a of this.#byTime) {
      if (span.latest !== null && a.valid!.earliest !== null && a.valid!.earliest > span.latest) break;
      if (overlaps(a.valid!, span)) result.push(a);
    }
    return result;
  }

  #requireEntity(method: string, id: string, field: string): Entity {
    const entity = this.entity(id);
    if (!entity) throw unknownEntity(method, id, field);
    return entity;
  }

  /** {@link #requireEntity} for addAssertion, which needs no attributes: one lookup, not two. */
  #requireNode(id: string, field: string): void {
    if (!this.network.hasNode(id)) throw unknownEntity('addAssertion', id, field);
  }

  /**
   * The assertions of `ids`, sorted by IRI. Sorts `ids` in place: an index list, once
   * sorted, stays nearly so, and the next query sorts it in linear time.
   */
  #sorted(ids: string[]): Assertion[] {
    return ids.sort(compareStrings).map((id) => this.#get(id)!);
  }

  #get(id: string): Assertion | undefined {
    return this.network.hasEdge(id) ? this.network.getEdgeAttributes(id) : this.#literals.get(id);
  }

  /** Every assertion, in no particular order. */
  #all(): Assertion[] {
    const all = [...this.#literals.values()];
    this.network.forEachEdge((_id, a) => {
      all.push(a);
    });
    return all;
  }

  #speakers(): Index {
    return (this.#bySpeaker ??= this.#group((a) => a.attributedTo || null));
  }

  /** An index of every assertion by `key` (none where it gives `null`), built in one pass. */
  #group(key: (a: Assertion) => string | null): Index {
    const index: Index = new Map();
    for (const a of this.#all()) {
      const k = key(a);
      if (k !== null) addTo(index, k, a.id);
    }
    return index;
  }

  /** Stores a new assertion (its IRI is not yet in the graph). */
  #store(a: Assertion): void {
    if (a.object.kind === 'entity') this.network.addDirectedEdgeWithKey(a.id, a.subject, a.object.id, a);
    else {
      this.#literals.set(a.id, a);
      addTo(this.#literalsOf, a.subject, a.id);
    }
    if (this.#bySpeaker && a.attributedTo) addTo(this.#bySpeaker, a.attributedTo, a.id);
    if (this.#byPredicate) addTo(this.#byPredicate, a.predicate, a.id);
    if (this.#bySource) addTo(this.#bySource, a.source, a.id);
    this.#byTime = null;
  }
}

function unknownEntity(method: string, id: string, field: string): GraphError {
  return new GraphError(`KnowledgeGraph.${method}: unknown entity ${id} (${field}); add it with addEntity first`, { field });
}

/** Sorted, de-duplicated aliases (without the label), sameAs and roles. */
function normalizeEntity(entity: Entity): Entity {
  const roles = new Map(entity.roles.map((r) => [roleKey(r), { ...r, qualifier: r.qualifier ?? null }]));
  return {
    ...entity,
    aliases: sortedUnique(entity.aliases.filter((a) => a !== entity.label && a.trim() !== '')),
    sameAs: sortedUnique(entity.sameAs),
    roles: [...roles.keys()].sort().map((k) => roles.get(k)!),
  };
}
