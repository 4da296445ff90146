/// <reference lib="dom" />
import type { ReportAssertion, ReportData } from '../data';
import type { ReportPassage } from '../passage';

/* Small DOM helpers. Text from the data only ever goes in as text nodes, never as HTML. */

type Child = Node | string | null | undefined | false;

/** `h('p', { class: 'note' }, 'text', child)`: an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** The element with this id; the page skeleton guarantees it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`claimgraph report: #${id} is missing from the page`);
  return element as T;
}

/** The report's lookups by id. */
export interface Index {
  data: ReportData;
  assertion: (id: string) => ReportAssertion | undefined;
  entityLabel: (id: string) => string;
}

export function indexOf(data: ReportData): Index {
  const assertions = new Map(data.assertions.map((a) => [a.id, a]));
  const labels = new Map(data.entities.map((e) => [e.id, e.label]));
  return { data, assertion: (id) => assertions.get(id), entityLabel: (id) => labels.get(id) ?? id };
}

/** A passage with its evidence in `<mark>`. */
export function passageElement(passage: ReportPassage, testid = 'passage'): HTMLElement {
  return h(
    'blockquote',
    { class: 'passage', 'data-testid': testid },
    h('span', { class: 'context' }, passage.before.trimStart()),
    h('mark', {}, passage.evidence),
    h('span', { class: 'context' }, passage.after.trimEnd()),
  );
}

/** "2024-03 (explicit: “in March”)": a time span for people. */
export function timeText(span: ReportAssertion['valid']): string {
  if (!span) return 'no date';
  const value = span.value.replace('/', ' – ').replaceAll('..', 'open');
  const expression = span.expression ? ` “${span.expression}”` : '';
  return `${value}${span.explicit ? '' : ' (inferred)'}${expression}`;
}

/** Modality and polarity as small badges, plus the speaker when there is one. */
export function assertionMeta(a: ReportAssertion, index: Index): HTMLElement {
  return h(
    'span',
    { class: 'meta' },
    h('span', { class: `badge valence-${a.valence}` }, a.valence),
    a.modality !== 'asserted' && h('span', { class: 'badge' }, a.modality),
    a.polarity === 'denied' && h('span', { class: 'badge denied' }, 'denied'),
    a.attributedTo && h('span', { class: 'speaker' }, `according to ${index.entityLabel(a.attributedTo)}`),
    h('span', { class: 'when' }, timeText(a.valid)),
  );
}

/** A button that opens a claim's document in the document view. */
export function openButton(open: () => void, title: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'link' }, `Open “${title}”`);
  button.addEventListener('click', open);
  return button;
}
