import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { GraphError } from '../errors';
import { writeFileAtomic } from '../io/atomic-write';
import { parseJson } from '../io/json';
import { fieldPath } from '../io/field-path';
import { MODALITIES, POLARITIES, QUANTITY_QUALIFIERS, type Assertion } from '../model/assertion';
import { DATING_BASES } from '../model/document';
import type { Entity } from '../model/entity';
import { parseTimeSpan, type TimeSpan } from '../time/timespan';
import { KnowledgeGraph } from './knowledge-graph';
import type { Source } from './source';

/** The saved form of a {@link KnowledgeGraph}: plain JSON, sorted, versioned. */
export interface KnowledgeGraphJSON {
  format: 'claimgraph';
  version: 1;
  base: string;
  sources: Source[];
  entities: Entity[];
  assertions: Assertion[];
}

/** A span is saved whole for readers; on load only `value`, `explicit` and `expression` count, the rest is recomputed. */
const timeSpan = z
  .object({ value: z.string(), explicit: z.boolean(), expression: z.string().optional() })
  .transform((span, ctx): TimeSpan => {
    try {
      return parseTimeSpan(span.value, span);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

const textSpan = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });
const role = z.object({ title: z.string(), of: z.string().nullable(), term: timeSpan.nullable(), qualifier: z.string().nullable().default(null) });
const entity = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string()),
  sameAs: z.array(z.string()),
  roles: z.array(role),
});
const source = z.object({
  id: z.string().min(1),
  file: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string(),
  published: z.object({ time: timeSpan.nullable(), basis: z.enum(DATING_BASES), note: z.string() }),
});
const object = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entity'), id: z.string().min(1) }),
  z.object({
    kind: z.literal('literal'),
    value: z.string(),
    datatype: z.string().min(1),
    language: z.string().optional(),
    qualifier: z.enum(QUANTITY_QUALIFIERS).optional(),
  }),
]);
const assertion = z.object({
  id: z.string().min(1),
  subject: z.string().min(1),
  predicate: z.string().min(1),
  object,
  valid: timeSpan.nullable(),
  recorded: timeSpan.nullable(),
  source: z.string().min(1),
  evidence: textSpan.nullable(),
  attributedTo: z.string().nullable(),
  modality: z.enum(MODALITIES),
  polarity: z.enum(POLARITIES),
  confidence: z.number().min(0).max(1),
});
const graphSchema = z.object({
  format: z.literal('claimgraph'),
  version: z.literal(1),
  base: z.string(),
  sources: z.array(source),
  entities: z.array(entity),
  assertions: z.array(assertion),
});

/** The graph as sorted, versioned JSON (see {@link KnowledgeGraphJSON}). */
export function graphToJSON(graph: KnowledgeGraph): KnowledgeGraphJSON {
  return {
    format: 'claimgraph',
    version: 1,
    base: graph.base,
    sources: graph.sources(),
    entities: graph.entities(),
    assertions: graph.assertions(),
  };
}

/**
 * Rebuilds a graph from {@link graphToJSON}'s output.
 *
 * @throws {GraphError} naming the field (`assertions[3].valid`) that is wrong, or the
 *   entity or source an assertion names but the file does not hold.
 */
export function graphFromJSON(json: unknown, options: { file?: string } = {}): KnowledgeGraph {
  const where = options.file ? `${options.file}: ` : '';
  const parsed = graphSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = fieldPath(issue.path);
    throw new GraphError(`graphFromJSON: ${where}${field || 'the document'}: ${issue.message}`, { ...options, field });
  }
  const data = parsed.data;
  const graph = new KnowledgeGraph({ base: data.base });
  for (const s of data.sources) graph.addSource(s as Source);
  for (const e of data.entities) graph.addEntity(e);
  data.assertions.forEach((a, i) => {
    try {
      graph.addAssertion(a as Assertion);
    } catch (error) {
      throw new GraphError(`graphFromJSON: ${where}assertions[${i}]: ${(error as Error).message}`, { ...options, field: `assertions[${i}]` });
    }
  });
  return graph;
}

/** Saves the graph as JSON, atomically (a crash never leaves a half-written file). */
export async function saveGraph(graph: KnowledgeGraph, path: string): Promise<void> {
  await writeFileAtomic(path, async (out) => {
    out.write(`${JSON.stringify(graphToJSON(graph), null, 2)}\n`);
  });
}

/** Loads a graph saved by {@link saveGraph}. @throws {GraphError} naming the file, and line or field. */
export async function loadGraph(path: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new GraphError(`loadGraph: cannot read ${path} (${(cause as NodeJS.ErrnoException).code ?? cause})`, { file: path }, { cause });
  }
  return graphFromJSON(parseJson(text, 'loadGraph', path, GraphError), { file: path });
}
