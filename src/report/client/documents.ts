/// <reference lib="dom" />
import type { ReportDocument } from '../data';
import { assertionMeta, byId, h, type Index } from './dom';

/** What the document view offers the rest of the page. */
export interface DocumentsView {
  /** Shows the document and, when given, scrolls to the evidence of that claim. */
  open(document: string, assertion?: string): void;
}

/**
 * One document at a time, chosen from a list: its title, outlet, publication date with
 * its basis, the text with every claim's evidence in `<mark>` (boilerplate dimmed), and
 * its claims; choosing a claim scrolls to its evidence.
 */
export function renderDocuments(index: Index): DocumentsView {
  const { documents } = index.data;
  const select = byId<HTMLSelectElement>('document-select');
  const view = byId('document-view');
  select.append(...documents.map((d) => h('option', { value: d.id }, d.title ?? d.file)));
  const byDocId = new Map(documents.map((d) => [d.id, d]));

  const show = (id: string, assertion?: string) => {
    const doc = byDocId.get(id);
    if (!doc) return;
    select.value = id;
    view.replaceChildren(...documentView(doc, index, (a) => focusMark(view, a)));
    if (assertion) focusMark(view, assertion);
  };
  select.addEventListener('change', () => show(select.value));
  if (documents[0]) show(documents[0].id);
  else view.append(h('p', { class: 'empty' }, 'No documents.'));

  return {
    open(id, assertion) {
      show(id, assertion);
      if (!assertion) byId('documents-section').scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
  };
}

function focusMark(view: HTMLElement, assertion: string): void {
  for (const old of Array.from(view.querySelectorAll('mark.current'))) old.classList.remove('current');
  const marks = Array.from(view.querySelectorAll<HTMLElement>('mark[data-assertions]')).filter((m) => m.dataset.assertions!.split(' ').includes(assertion));
  for (const mark of marks) mark.classList.add('current');
  marks[0]?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

function documentView(d: ReportDocument, index: Index, focus: (assertion: string) => void): HTMLElement[] {
  const basis = d.published.basis;
  const header = h(
    'header',
    {},
    h('h3', { id: 'document-title' }, d.title ?? `${d.file} (no headline)`),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Outlet'),
      h('dd', {}, d.outlet ?? 'unknown'),
      h('dt', {}, 'Published'),
      h('dd', { 'data-testid': 'document-published' }, d.published.value ?? 'unknown', ' ', h('span', { class: `badge basis-${basis}` }, basis), h('span', { class: 'note' }, d.published.note)),
      h('dt', {}, 'File'),
      h('dd', {}, h('code', {}, d.file)),
      d.url !== null && h('dt', {}, 'URL'),
      d.url !== null && h('dd', {}, h('code', {}, d.url)),
    ),
  );
  const claims = d.assertions.map((id) => {
    const a = index.assertion(id);
    if (!a) return h('li', {}, id);
    const button = h('button', { type: 'button', class: 'claim-link', title: 'show the evidence in the text' }, a.summary);
    button.addEventListener('click', () => focus(id));
    return h('li', {}, button, ' ', assertionMeta(a, index));
  });
  return [
    header,
    h(
      'div',
      { class: 'document-body' },
      h('div', { class: 'text', 'data-testid': 'document-text', tabindex: '0', 'aria-label': 'document text' }, ...markedText(d)),
      h('aside', { class: 'document-claims' }, h('h4', {}, `${d.assertions.length} claims`), h('ol', { 'data-testid': 'document-claims' }, ...claims)),
    ),
  ];
}

/** The text as nodes: evidence in `<mark>`, boilerplate lines in dimmed spans. */
function markedText(d: ReportDocument): Node[] {
  const cuts = new Set([0, d.text.length]);
  for (const r of [...d.marks, ...d.removed]) cuts.add(r.start).add(r.end);
  const points = [...cuts].filter((n) => n >= 0 && n <= d.text.length).sort((a, b) => a - b);
  const nodes: Node[] = [];
  let m = 0;
  let r = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (d.marks[m] && d.marks[m]!.end <= start) m++;
    while (d.removed[r] && d.removed[r]!.end <= start) r++;
    const mark = d.marks[m] && d.marks[m]!.start <= start ? d.marks[m] : undefined;
    const removed = d.removed[r] && d.removed[r]!.start <= start ? d.removed[r] : undefined;
    let node: Node = document.createTextNode(d.text.slice(start, end));
    if (mark) node = h('mark', { 'data-assertions': mark.assertions.join(' ') }, node);
    if (removed) node = h('span', { class: 'removed', title: `set aside as ${removed.reason}` }, node);
    nodes.push(node);
  }
  return nodes;
}
