/**
 * A seeded synthetic claim graph for the scale benchmark (`bench/scale.ts`): the same
 * seed and size always give the same sources, entities and assertions.
 *
 * - Entities are drawn Zipf-distributed (s = 1): a few hubs take part in a large share
 *   of the claims, most entities in a handful, as in news.
 * - Valid times are a mix of days, months, years and intervals (some open-ended)
 *   between 1990 and 2026; one claim in five is undated.
 * - 5 % of the objects are literals: death tolls with quantity qualifiers (a
 *   functional predicate), casualty figures of a non-functional one, office titles
 *   (`holdsOffice`, checked against dated roles) and free phrases with a language tag.
 * - A known set of contradictions is PLANTED — of every kind `contradictions()` finds —
 *   together with decoys that only look contradictory (a change of stance at ordered
 *   times, "at least 45" vs 47 …), each on entities of its own.
 *
 * The background (everything not planted) is built so that it holds NO contradiction,
 * which makes "the scan finds exactly the planted ones" checkable:
 * - it is all affirmed, except claims with a few predicates that are only ever denied
 *   (no polarity pair can form);
 * - every unordered pair of entities belongs to one "camp" of mutually non-contrary
 *   predicates, derived from the vocabulary's `contrary` lists (no contrary pair);
 * - every death toll of one subject allows the same value v (`exactly v`, `at least
 *   v − k`, `about v` …), so no two figures are disjoint (no numeric clash);
 * - `holdsOffice` claims fall inside the holder's term (no anachronism).
 */
import { PREDICATES } from '../src/extract/claims/vocabulary';
import type { EntityInput, AssertionInput } from '../src/graph/knowledge-graph';
import type { Source } from '../src/graph/source';
import type { LiteralObject, Modality, QuantityQualifier } from '../src/model/assertion';
import type { EntityKind, Role } from '../src/model/entity';
import { DEFAULT_BASE } from '../src/model/iri';
import type { ContradictionKind } from '../src/query/contradictions/types';
import { parseTimeSpan, type TimeSpan } from '../src/time/timespan';
import { mulberry32 } from '../src/util/mulberry32';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

// ── Randomness ──────────────────────────────────────────────────────────────────────


/** Draws ranks 0 … n−1 with P(k) ∝ 1 / (k + 1)^s, by binary search on the cumulative weights. */
export function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / Math.pow(k + 1, s);
    cdf[k] = total;
  }
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// ── Days and spans ──────────────────────────────────────────────────────────────────

const FIRST_YEAR = 1990;
const LAST_YEAR = 2026;

/** Every day from 1990-01-01 to 2026-12-31 as `YYYY-MM-DD`, so a day is an index. */
const DAYS: string[] = (() => {
  const days: string[] = [];
  for (let t = Date.UTC(FIRST_YEAR, 0, 1); t <= Date.UTC(LAST_YEAR, 11, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
})();

/**
 * parseTimeSpan is the library's own parser; spans are parsed once per distinct value
 * and every claim gets its own copy, as claims from an extractor each have their own.
 *
 * Every object the generator hands to the graph is an object literal of one fixed shape
 * (no spreads, no optional keys left out): copies made with `{ ...x }` each get a hidden
 * class of their own in V8, which would make every property read in the library
 * megamorphic and cost some 190 bytes of enumeration cache per object once something
 * enumerates its keys — a cost of this generator, not of the library.
 */
const spanCache = new Map<string, TimeSpan>();
function span(value: string, explicit = true): TimeSpan {
  let parsed = spanCache.get(value);
  if (!parsed) spanCache.set(value, (parsed = parseTimeSpan(value)));
  return { value: parsed.value, granularity: parsed.granularity, earliest: parsed.earliest, latest: parsed.latest, explicit };
}

type Object_ = AssertionInput['object'];

/** An assertion input, always with the same keys in the same order. */
function input(
  subject: string,
  predicate: string,
  object: Object_,
  source: string,
  valid: TimeSpan | null,
  evidence: { start: number; end: number; text: string },
  more: { attributedTo?: string | null; modality?: Modality; polarity?: 'affirmed' | 'denied'; confidence?: number } = {},
): AssertionInput {
  return {
    subject,
    predicate,
    object,
    source,
    valid,
    evidence,
    attributedTo: more.attributedTo ?? null,
    modality: more.modality ?? 'asserted',
    polarity: more.polarity ?? 'affirmed',
    confidence: more.confidence ?? 1,
  };
}

const entityObject = (id: string): Object_ => ({ kind: 'entity', id });
/** A literal object; `language` and `qualifier` are always present (undefined when not used). */
const literalObject = (value: string, datatype: string, qualifier?: QuantityQualifier, language?: string): Object_ => ({ kind: 'literal', value, datatype, language, qualifier });

/** A span around day index `day` at a random granularity: 50 % day, 25 % month, 15 % year, 10 % interval (a fifth of them open-ended). */
function spanAround(day: number, random: () => number): TimeSpan {
  const iso = DAYS[day]!;
  const explicit = random() >= 0.1;
  const g = random();
  if (g < 0.5) return span(iso, explicit);
  if (g < 0.75) return span(iso.slice(0, 7), explicit);
  if (g < 0.9) return span(iso.slice(0, 4), explicit);
  const end = Math.min(DAYS.length - 1, day + 1 + Math.floor(random() * 400));
  if (g < 0.92) return span(`${iso}/..`, explicit);
  // either end a day or a month, as "from March 2022 to 24 February 2023"
  const from = random() < 0.5 ? iso : iso.slice(0, 7);
  const to = random() < 0.5 ? DAYS[end]! : DAYS[end]!.slice(0, 7);
  return span(from === to ? iso : `${from}/${to}`, explicit);
}

// ── Vocabulary split ────────────────────────────────────────────────────────────────

const DENIED_ONLY = ['annexes', 'invades', 'deports'].filter((id) => PREDICATES.some((p) => p.id === id));
const LITERAL_ONLY = new Set(['deathToll', 'holdsOffice']);

/**
 * Two camps of predicates none of which is contrary to another in the same camp
 * (greedy, in vocabulary order): a pair of entities is only ever related by the
 * predicates of its camp, plus the predicates that have no contrary at all. Predicates
 * contrary to something in both camps (`abstainsOn`) are left to the planted claims.
 */
function camps(): { neutral: string[]; camp: [string[], string[]] } {
  const camp: [string[], string[]] = [[], []];
  const neutral: string[] = [];
  const contraryOf = new Map(PREDICATES.map((p) => [p.id, new Set(p.contrary ?? [])]));
  for (const p of PREDICATES) {
    if (LITERAL_ONLY.has(p.id) || DENIED_ONLY.includes(p.id)) continue;
    if (!p.contrary?.length) {
      neutral.push(p.id);
      continue;
    }
    const fits = (c: string[]) => c.every((q) => !contraryOf.get(p.id)!.has(q) && !contraryOf.get(q)!.has(p.id));
    if (fits(camp[0])) camp[0].push(p.id);
    else if (fits(camp[1])) camp[1].push(p.id);
  }
  return { neutral, camp };
}

// ── What the generator returns ──────────────────────────────────────────────────────

/** A contradiction the scan must find: its kind and the assertions (indexes into `assertions`) it involves. */
export interface PlantedContradiction {
  kind: ContradictionKind;
  /** Both claims of a pair; for an anachronism, the anachronistic claim alone (the scan may add corroborating claims after it). */
  assertions: number[];
  /** What was planted, for messages. */
  note: string;
}

export interface SyntheticGraph {
  seed: number;
  base: string;
  sources: Source[];
  /** Entities with explicit ids; countries come first (roles refer to them). */
  entities: EntityInput[];
  /** Exactly `n` assertions, in insertion order, planted ones scattered among them; none carries an id (the graph mints it). */
  assertions: AssertionInput[];
  planted: PlantedContradiction[];
  /** How many decoy groups (claims that only look contradictory) were added; the scan must flag none of them. */
  decoys: number;
  /** IRI of the most-mentioned entity (Zipf rank 1). */
  hub: string;
  /** IRIs of the background entities, by Zipf rank (rank 1 first). */
  ranked: string[];
}

export interface SyntheticOptions {
  /** Planted contradictions, spread evenly over the five kinds (default 100). */
  planted?: number;
  /** Decoys (default 20). */
  decoys?: number;
  /** Zipf exponent of entity popularity (default 1). */
  zipf?: number;
}

const KINDS: Array<[EntityKind, number]> = [
  ['Person', 0.4],
  ['Country', 0.15],
  ['Organization', 0.2],
  ['GovernmentBody', 0.1],
  ['Place', 0.1],
  ['Event', 0.05],
];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'BBC', 'Al Jazeera', 'TASS', 'Haaretz', 'Tehran Times', 'UN News', 'The Guardian', 'Le Monde', 'DW'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Secretary-General'];
const PHRASES = ['a ceasefire in the region', 'the release of the hostages', 'an end to the blockade', 'new elections', 'humanitarian access', 'a return to talks'];
const WORDS = 'the minister said on talks with officials in the capital after a meeting about the ceasefire and aid convoys while forces moved near border towns according to a statement'.split(' ');

/** A text of `sentences` sentences of 10–25 words; claims' evidence are slices of it, as the extractor's are slices of the document. */
function body(random: () => number, sentences: number): { text: string; spans: Array<[number, number]> } {
  let text = '';
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < sentences; i++) {
    const words: string[] = [];
    const count = 10 + Math.floor(random() * 16);
    for (let w = 0; w < count; w++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
    const sentence = words.join(' ');
    const start = text.length;
    text += `${sentence[0]!.toUpperCase()}${sentence.slice(1)}. `;
    spans.push([start, text.length - 1]);
  }
  return { text, spans };
}

/**
 * Generates `n` assertions over `n / 20` entities and `n / 50` sources.
 *
 * @example
 * const g = syntheticGraph(10_000, 42);
 * g.assertions.length // 10000
 * g.planted.length    // 100
 */
export function syntheticGraph(n: number, seed: number, options: SyntheticOptions = {}): SyntheticGraph {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const base = DEFAULT_BASE;
  const plantedCount = options.planted ?? 100;
  const decoyCount = options.decoys ?? 20;

  // Sources: publication days spread over the whole range; a pool of bodies for evidence.
  const bodies = Array.from({ length: 64 }, () => body(random, 128));
  const sourceCount = Math.max(20, Math.ceil(n / 50));
  const sources: Source[] = [];
  const sourceBody: number[] = [];
  const sourceDay: number[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const day = Math.floor(random() * DAYS.length);
    sources.push({
      id: `${base}doc/syn-${i}`,
      file: `syn-${i}.txt`,
      title: `Synthetic article ${i}`,
      outlet: pick(OUTLETS),
      url: null,
      language: 'en',
      published: { time: span(DAYS[day]!), basis: 'manifest', note: 'Synthetic: the manifest gives the date.' },
    });
    sourceBody.push(Math.floor(random() * bodies.length));
    sourceDay.push(day);
  }
  // Claims per source so far: the evidence offsets of every claim of a source differ, so no two claims mint one IRI.
  const claimsIn = new Uint32Array(sourceCount);
  const evidence = (source: number) => {
    const b = bodies[sourceBody[source]!]!;
    const c = claimsIn[source]!++;
    const [start, end] = b.spans[c % b.spans.length]!;
    const shift = Math.floor(c / b.spans.length); // past the last sentence: the same sentence, one character shorter at the front
    return { start: start + shift, end, text: b.text.slice(start + shift, end) };
  };

  // Entities. Countries first: roles point at them.
  const entityCount = Math.max(200, Math.ceil(n / 20));
  const kinds: EntityKind[] = [];
  for (let i = 0; i < entityCount; i++) {
    let x = random();
    kinds.push(KINDS.find(([, share]) => (x -= share) < 0)?.[0] ?? 'Person');
  }
  const ids = kinds.map((kind, i) => `${base}entity/syn-${kind.toLowerCase()}-${i}`);
  const countries = ids.filter((_, i) => kinds[i] === 'Country');
  const entities: EntityInput[] = [];
  const holders: Array<{ id: string; role: Role; from: number; to: number }> = [];
  for (let i = 0; i < entityCount; i++) {
    const roles: Role[] = [];
    if (kinds[i] === 'Person' && random() < 0.1) {
      const from = Math.floor(random() * (DAYS.length - 400));
      const open = random() < 0.2;
      const to = open ? DAYS.length - 1 : Math.min(DAYS.length - 1, from + 365 + Math.floor(random() * 3000));
      const role: Role = { title: pick(TITLES), of: pick(countries), term: span(`${DAYS[from]}/${open ? '..' : DAYS[to]}`) };
      roles.push(role);
      holders.push({ id: ids[i]!, role, from, to });
    }
    entities.push({
      id: ids[i]!,
      kind: kinds[i]!,
      label: `Synthetic ${kinds[i]} ${i}`,
      aliases: random() < 0.3 ? [`Syn ${i}`] : [],
      sameAs: random() < 0.3 ? [`http://www.wikidata.org/entity/Q${1000 + i}`] : [],
      roles,
    });
  }
  entities.sort((a, b) => Number(b.kind === 'Country') - Number(a.kind === 'Country'));
  // Zipf ranks over a shuffled order, so that the hub is not always a country.
  const ranked = [...ids];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j]!, ranked[i]!];
  }
  const zipf = zipfSampler(ranked.length, options.zipf ?? 1, random);
  const rankOf = new Map(ranked.map((id, r) => [id, r]));

  // Planted claims first (they take their positions), then the background fills the rest.
  const { planted, claims: plantedClaims, decoyClaims, plantedEntities } = plant(plantedCount, decoyCount, random, sources, countries, evidence, base);
  entities.push(...plantedEntities);
  const special = [...plantedClaims, ...decoyClaims];
  if (special.length > n) throw new Error(`syntheticGraph: ${n} assertions cannot hold ${special.length} planted and decoy claims`);
  // Scatter them: sorted distinct positions in 0 … n−1.
  const positions = new Set<number>();
  while (positions.size < special.length) positions.add(Math.floor(random() * n));
  const at = [...positions].sort((a, b) => a - b);
  const order = special.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const assertions: AssertionInput[] = new Array(n);
  const indexOfSpecial: number[] = new Array(special.length);
  at.forEach((position, k) => {
    assertions[position] = special[order[k]!]!;
    indexOfSpecial[order[k]!] = position;
  });
  for (const p of planted) p.assertions = p.assertions.map((i) => indexOfSpecial[i]!);

  const { neutral, camp } = camps();
  const MODALITIES: Array<[Modality, number]> = [
    ['asserted', 0.7],
    ['reported', 0.2],
    ['hypothetical', 0.04],
    ['hoped', 0.03],
    ['planned', 0.03],
  ];
  const modality = (): Modality => {
    let x = random();
    return MODALITIES.find(([, share]) => (x -= share) < 0)?.[0] ?? 'asserted';
  };
  const QUALIFIERS: QuantityQualifier[] = ['exactly', 'atLeast', 'moreThan', 'atMost', 'lessThan', 'approximately'];
  const speakers = ids.filter((_, i) => kinds[i] === 'Person');

  for (let i = 0; i < n; i++) {
    if (assertions[i]) continue;
    const source = Math.floor(random() * sourceCount);
    // Valid time: within the three years before publication, or none (20 %).
    const published = sourceDay[source]!;
    const valid = random() < 0.2 ? null : spanAround(Math.max(0, published - Math.floor(random() * 1100)), random);
    const subject = ranked[zipf()]!;
    const sourceId = sources[source]!.id;
    const ev = evidence(source);
    const more = { attributedTo: random() < 0.2 ? pick(speakers) : null, modality: modality(), confidence: Math.round((0.5 + random() * 0.5) * 100) / 100 };
    if (random() < 0.05) {
      // A literal object.
      const l = random();
      if (l < 0.4) {
        // A death toll that allows the subject's own value v, whatever its qualifier.
        const v = 10 + ((rankOf.get(subject)! * 7919) % 5000);
        const k = Math.floor(random() * 5);
        const qualifier = pick(QUALIFIERS);
        const value = { exactly: v, approximately: v, atLeast: v - k, moreThan: v - k - 1, atMost: v + k, lessThan: v + k + 1 }[qualifier];
        assertions[i] = input(subject, 'deathToll', literalObject(String(value), `${XSD}integer`, qualifier), sourceId, valid, ev, more);
      } else if (l < 0.6) {
        // Figures of a non-functional predicate: never compared.
        assertions[i] = input(subject, 'kills', literalObject(String(1 + Math.floor(random() * 500)), `${XSD}integer`), sourceId, valid, ev, more);
      } else if (l < 0.8 && holders.length > 0) {
        // An office claim inside the holder's term.
        const h = pick(holders);
        const day = h.from + Math.floor(random() * (h.to - h.from + 1));
        assertions[i] = input(h.id, 'holdsOffice', literalObject(h.role.title, `${XSD}string`), sourceId, span(DAYS[day]!), ev, more);
      } else {
        // A free phrase (all such phrases of one subject and predicate count as one proposition: all affirmed).
        assertions[i] = input(subject, 'demands', literalObject(pick(PHRASES), LANG_STRING, undefined, random() < 0.5 ? 'en' : 'EN'), sourceId, valid, ev, more);
      }
      continue;
    }
    let object = ranked[zipf()]!;
    while (object === subject) object = ranked[zipf()]!;
    if (random() < 0.02 && DENIED_ONLY.length > 0) {
      assertions[i] = input(subject, pick(DENIED_ONLY), entityObject(object), sourceId, valid, ev, { ...more, polarity: 'denied' });
      continue;
    }
    // The pair's camp: a cheap symmetric hash of the two ranks.
    const c = camp[(rankOf.get(subject)! ^ rankOf.get(object)!) & 1]!;
    const predicate = random() < 0.3 && c.length > 0 ? pick(c) : pick(neutral);
    assertions[i] = input(subject, predicate, entityObject(object), sourceId, valid, ev, more);
  }
  return { seed, base, sources, entities, assertions, planted, decoys: decoyCount, hub: ranked[0]!, ranked };
}

/**
 * The planted contradictions and the decoys, on entities of their own (so nothing in
 * the background can pair with them). Claim indexes in `planted` point into
 * `[...claims, ...decoyClaims]`.
 */
function plant(
  count: number,
  decoyCount: number,
  random: () => number,
  sources: Source[],
  countries: string[],
  evidence: (source: number) => { start: number; end: number; text: string },
  base: string,
) {
  const claims: AssertionInput[] = [];
  const planted: PlantedContradiction[] = [];
  const plantedEntities: EntityInput[] = [];
  const pickSource = () => Math.floor(random() * sources.length);
  const entity = (kind: EntityKind, roles: Role[] = []): string => {
    const id = `${base}entity/planted-${plantedEntities.length}`;
    plantedEntities.push({ id, kind, label: `Planted ${kind} ${plantedEntities.length}`, roles });
    return id;
  };
  const year = () => FIRST_YEAR + 2 + Math.floor(random() * (LAST_YEAR - FIRST_YEAR - 6)); // 1992–2021: every planted date stays before 2027
  type Claim = Pick<AssertionInput, 'subject' | 'predicate' | 'object' | 'valid' | 'attributedTo' | 'modality' | 'polarity'>;
  const claim = (c: Claim, source = pickSource()): number => {
    claims.push(input(c.subject, c.predicate, c.object, sources[source]!.id, c.valid ?? null, evidence(source), c));
    return claims.length - 1;
  };
  const rel = entityObject;
  const integer = (value: number, qualifier?: QuantityQualifier) => literalObject(String(value), `${XSD}integer`, qualifier) as LiteralObject;
  const title = (value: string) => literalObject(value, `${XSD}string`);

  const kinds: ContradictionKind[] = ['polarity', 'attribution', 'contrary', 'numeric', 'anachronism'];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const variant = Math.floor(i / kinds.length) % 4;
    const y = year();
    const a = entity(kind === 'numeric' ? 'Event' : 'Person');
    const b = kind === 'numeric' || kind === 'anachronism' ? '' : entity('Country');
    let pair: number[];
    let note: string;
    switch (kind) {
      case 'polarity': {
        if (variant === 0) {
          pair = [claim({ subject: a, predicate: 'meets', object: rel(b), valid: span(`${y}-05-04`) }), claim({ subject: a, predicate: 'meets', object: rel(b), valid: span(`${y}-05-04`), polarity: 'denied' })];
          note = 'meets affirmed and denied on one day';
        } else if (variant === 1) {
          pair = [claim({ subject: a, predicate: 'visits', object: rel(b), valid: span(`${y}-03`) }), claim({ subject: b, predicate: 'hosts', object: rel(a), valid: span(`${y}-03-12`), polarity: 'denied' })];
          note = 'visits affirmed, the inverse (hosts) denied, overlapping times';
        } else if (variant === 2) {
          // Undated: compared by recorded time, so both from one source.
          const s = pickSource();
          pair = [claim({ subject: a, predicate: 'sanctions', object: rel(b) }, s), claim({ subject: a, predicate: 'sanctions', object: rel(b), polarity: 'denied', modality: 'reported' }, s)];
          note = 'undated sanctions affirmed and denied by one source';
        } else {
          pair = [claim({ subject: a, predicate: 'phoneCall', object: rel(b), valid: span(`${y}`) }), claim({ subject: b, predicate: 'phoneCall', object: rel(a), valid: span(`${y}-11-30`), polarity: 'denied', modality: 'hypothetical' })];
          note = 'symmetric phoneCall, the reverse denied';
        }
        break;
      }
      case 'attribution': {
        const [s1, s2] = [entity('Person'), entity('Person')];
        pair = [
          claim({ subject: a, predicate: 'accuses', object: rel(b), valid: span(`${y}-07`), attributedTo: s1, modality: 'reported' }),
          claim({ subject: a, predicate: 'accuses', object: rel(b), valid: span(`${y}-07-${10 + variant}`), attributedTo: s2, modality: 'reported', polarity: 'denied' }),
        ];
        note = 'two speakers: accuses affirmed and denied';
        break;
      }
      case 'contrary': {
        const [p, q] = ([['praises', 'condemns'], ['supports', 'opposes'], ['cooperatesWith', 'clashesWith'], ['votesFor', 'vetoes']] as const)[variant]!;
        const reversed = p === 'cooperatesWith'; // symmetric: the pair in either order
        pair = [claim({ subject: a, predicate: p, object: rel(b), valid: span(`${y}-02-01/${y}-06-30`) }), claim({ subject: reversed ? b : a, predicate: q, object: rel(reversed ? a : b), valid: span(`${y}-04`) })];
        note = `${p} and ${q} over overlapping times`;
        break;
      }
      case 'numeric': {
        const [x, y2] = ([[integer(100), integer(300, 'atLeast')], [integer(1200, 'approximately'), integer(1400, 'moreThan')], [integer(50, 'atMost'), integer(80)], [integer(45), integer(47)]] as const)[variant]!;
        pair = [claim({ subject: a, predicate: 'deathToll', object: x, valid: span(`${y}-10-07`) }), claim({ subject: a, predicate: 'deathToll', object: y2, valid: span(`${y}-10`) })];
        note = `death toll ${x.value} vs ${y2.value}`;
        break;
      }
      case 'anachronism': {
        const country = countries[Math.floor(random() * countries.length)]!;
        const person = entity('Person', [{ title: 'President', of: country, term: span(`${y - 1}-01-20/${y + 3}-01-20`) }]);
        const gone = variant % 2 === 0;
        pair = [
          gone
            ? claim({ subject: person, predicate: 'holdsOffice', object: title('President'), valid: span(`${y + 4}-06-01`) })
            : claim({ subject: person, predicate: 'holdsOffice', object: title('President'), valid: span(`${y + 1}-03`), polarity: 'denied' }),
        ];
        note = gone ? 'President years after the term ended' : '"former President" during the term';
        break;
      }
    }
    planted.push({ kind, assertions: pair, note });
  }

  // Decoys: things that only look contradictory. None may be flagged.
  const decoyClaims: AssertionInput[] = [];
  for (let i = 0; i < decoyCount; i++) {
    const before = claims.length;
    const y = year();
    const a = entity('Person');
    const b = entity('Country');
    switch (i % 5) {
      case 0: // a change of stance at strictly ordered times
        claim({ subject: a, predicate: 'praises', object: rel(b), valid: span(`${y}-01`) });
        claim({ subject: a, predicate: 'condemns', object: rel(b), valid: span(`${y + 1}-06`) });
        break;
      case 1: // "at least 45" and 47 agree
        claim({ subject: a, predicate: 'deathToll', object: integer(45, 'atLeast'), valid: span(`${y}-10-07`) });
        claim({ subject: a, predicate: 'deathToll', object: integer(47), valid: span(`${y}-10-07`) });
        break;
      case 2: // figures of a non-functional predicate: two strikes
        claim({ subject: a, predicate: 'kills', object: integer(45), valid: span(`${y}-10-07`) });
        claim({ subject: a, predicate: 'kills', object: integer(120), valid: span(`${y}-10-07`) });
        break;
      case 3: // affirmed and denied at disjoint times: a different event
        claim({ subject: a, predicate: 'meets', object: rel(b), valid: span(`${y}-05-01`) });
        claim({ subject: a, predicate: 'meets', object: rel(b), valid: span(`${y}-06-01`), polarity: 'denied' });
        break;
      case 4: {
        // an office read at its own date, and "former" after the term
        const person = entity('Person', [{ title: 'Prime Minister', of: countries[0]!, term: span(`${y - 2}/${y}`) }]);
        claim({ subject: person, predicate: 'holdsOffice', object: title('Prime Minister'), valid: span(`${y - 1}-04`) });
        claim({ subject: person, predicate: 'holdsOffice', object: title('Prime Minister'), valid: span(`${y + 2}-04`), polarity: 'denied' });
        break;
      }
    }
    decoyClaims.push(...claims.splice(before));
  }
  return { planted, claims, decoyClaims, plantedEntities };
}
