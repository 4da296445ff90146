/// <reference lib="dom" />
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { Valence } from '../../model/predicate';
import { byId, h, type Index } from './dom';

/** Edge colours by predicate valence. */
export const VALENCE_COLORS: Record<Valence, string> = { cooperative: '#2f9e5b', hostile: '#d9463b', neutral: '#a3a9b1' };

const KIND_COLORS: Record<string, string> = {
  Person: '#3867d6',
  Country: '#8854d0',
  Organization: '#f7b731',
  GovernmentBody: '#0fb9b1',
  Place: '#a5673f',
  Event: '#eb3b5a',
};
const OTHER_KIND = '#778ca3';

/**
 * The entities that take part in claims as a sigma.js network: node size by how many
 * claims name the entity, one edge per (subject, predicate, object) coloured by the
 * predicate's valence, laid out by ForceAtlas2 from a circle (so always the same way).
 * Clicking an entity filters the timeline by it.
 */
export function renderNetwork(index: Index, onEntity: (entity: string) => void): void {
  const container = byId('network');
  const { entities, edges } = index.data;
  const graph = new MultiDirectedGraph();
  entities.forEach((e, i) => {
    const angle = (2 * Math.PI * i) / entities.length;
    graph.addNode(e.id, {
      label: e.label,
      kind: e.kind,
      x: 100 * Math.cos(angle),
      y: 100 * Math.sin(angle),
      size: 4 + 2.5 * Math.sqrt(e.assertions),
      color: KIND_COLORS[e.kind] ?? OTHER_KIND,
    });
  });
  for (const edge of edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdge(edge.source, edge.target, {
      label: `${edge.label} (${edge.assertions.length})`,
      size: 1 + Math.log2(edge.assertions.length),
      color: VALENCE_COLORS[edge.valence],
      weight: edge.assertions.length,
    });
  }
  container.dataset.nodes = String(graph.order);
  container.dataset.edges = String(graph.size);
  container.setAttribute('aria-label', `Entity network: ${graph.order} entities, ${graph.size} relations`);
  legend(entities.map((e) => e.kind));
  if (graph.order === 0) {
    container.append(h('p', { class: 'empty' }, 'No claim relates two entities.'));
    return;
  }

  forceAtlas2.assign(graph, { iterations: graph.order > 1000 ? 50 : 300, settings: { ...forceAtlas2.inferSettings(graph), gravity: 1.5 } });
  const renderer = new Sigma(graph, container, {
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    labelRenderedSizeThreshold: 6,
    labelFont: 'system-ui, sans-serif',
    zIndex: true,
  });

  // Hovering a node fades everything it is not connected to.
  let hovered: string | null = null;
  renderer.setSetting('nodeReducer', (node, attributes) =>
    hovered && node !== hovered && !graph.areNeighbors(node, hovered) ? { ...attributes, color: '#dfe3e8', label: '' } : attributes,
  );
  renderer.setSetting('edgeReducer', (edge, attributes) => {
    if (hovered === null) return { ...attributes, label: '' }; // edge labels only around the hovered node
    return graph.hasExtremity(edge, hovered) ? { ...attributes, forceLabel: true } : { ...attributes, hidden: true };
  });
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    container.style.cursor = 'pointer';
    renderer.refresh();
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    container.style.cursor = '';
    renderer.refresh();
  });
  renderer.on('clickNode', ({ node }) => onEntity(node));
}

function legend(kinds: string[]): void {
  const used = [...new Set(kinds)].sort();
  byId('network-legend').append(
    ...used.map((kind) => h('li', {}, h('span', { class: 'swatch round', style: `background:${KIND_COLORS[kind] ?? OTHER_KIND}` }), kind)),
    ...(Object.entries(VALENCE_COLORS) as [Valence, string][]).map(([valence, color]) => h('li', {}, h('span', { class: 'swatch line', style: `background:${color}` }), `${valence} relation`)),
  );
}
