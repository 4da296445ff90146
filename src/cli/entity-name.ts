import { ClaimgraphError } from '../errors';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { Entity } from '../model/entity';

const words = (name: string): string[] => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The entity a user names on the command line: its IRI, its label or an alias (any
 * case), or words that only one entity's names — or only one label — hold ("Netanyahu", "Biden"). Otherwise a
 * {@link ClaimgraphError} that suggests the nearest names: `did you mean "Benjamin Netanyahu"?`.
 */
export function resolveEntity(graph: KnowledgeGraph, name: string): Entity {
  const byId = graph.entity(name);
  if (byId) return byId;
  const exact = graph.findEntities(name);
  if (exact.length === 1) return exact[0]!;
  const wanted = words(name);
  const names = (e: Entity) => [e.label, ...e.aliases];
  const holding = graph.entities().filter((e) => names(e).some((n) => wanted.every((w) => words(n).includes(w))));
  // "Biden": Joe Biden, whose label holds the word, before the government called "the Biden administration"
  const byLabel = holding.filter((e) => wanted.every((w) => words(e.label).includes(w)));
  if (exact.length === 0 && (holding.length === 1 || byLabel.length === 1)) return (holding.length === 1 ? holding : byLabel)[0]!;
  const candidates = exact.length > 1 ? exact : holding.length > 1 ? holding : graph.entities();
  const nearest = candidates
    // nearest by a whole name or by one of its words ("Netanyahoo" → "Benjamin Netanyahu")
    .map((e) => ({ e, d: Math.min(...names(e).flatMap((n) => [n.toLowerCase(), ...words(n)]).map((n) => distance(n, name.toLowerCase()))) }))
    .sort((x, y) => x.d - y.d || x.e.label.localeCompare(y.e.label))
    .slice(0, 3)
    .map(({ e }) => `"${e.label}"`);
  const what = exact.length > 1 || holding.length > 1 ? `"${name}" names ${Math.max(exact.length, holding.length)} entities` : `unknown entity "${name}"`;
  throw new ClaimgraphError(`${what}; did you mean ${nearest.join(' or ')}?`, { field: 'entity' });
}
