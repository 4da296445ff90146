/// <reference lib="dom" />
import { DataSet, DataView } from 'vis-data/esnext';
import { Timeline, type DataItem } from 'vis-timeline/esnext';
import type { ReportAssertion } from '../data';
import { assertionMeta, byId, h, openButton, passageElement, type Index } from './dom';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the timeline offers the rest of the page. */
export interface TimelineView {
  /** Shows only the claims naming this entity (subject, object or speaker); `''` for all. */
  filter(entity: string): void;
}

const names = (a: ReportAssertion): string[] => [a.subject, a.object, a.attributedTo].filter((id): id is string => id !== null);

/**
 * The dated claims on a vis-timeline (points for days, ranges for months, years and
 * intervals), an entity filter above it and the selected claim's evidence below it.
 */
export function renderTimeline(index: Index, openDocument: (document: string, assertion?: string) => void): TimelineView {
  const { timeline: data } = index.data;
  const container = byId('timeline');
  const select = byId<HTMLSelectElement>('entity-filter');
  const count = byId('timeline-count');
  const detail = byId('timeline-detail');

  const items = new DataSet<DataItem & { entities: string[] }>(
    data.items.flatMap((item) => {
      const a = index.assertion(item.assertion);
      if (!a) return [];
      const clipped = item.clippedStart || item.clippedEnd ? ' (open-ended, clipped to the data)' : '';
      return [
        {
          id: a.id,
          start: item.start,
          ...(item.end ? { end: item.end, type: 'range' } : { type: 'point' }),
          content: escapeHtml(a.summary),
          title: escapeHtml(`${a.summary} — ${a.valid?.value ?? ''}${clipped}`),
          className: `valence-${a.valence}${a.polarity === 'denied' ? ' denied' : ''}${clipped ? ' clipped' : ''}`,
          entities: names(a),
        },
      ];
    }),
  );
  let wanted = '';
  const view = new DataView(items, { filter: (item) => !wanted || item.entities.includes(wanted) });

  const counts = new Map<string, number>();
  for (const item of items.get()) for (const id of new Set(item.entities)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const options = [...counts.entries()].map(([id, n]) => ({ id, n, label: index.entityLabel(id) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
  select.append(...options.map((o) => h('option', { value: o.id }, `${o.label} (${o.n})`)));

  if (items.length === 0) {
    container.append(h('p', { class: 'empty' }, 'No claim in the data has a date.'));
    count.textContent = '0 dated claims';
    return { filter: () => {} };
  }

  const timeline = new Timeline(container, view as never, {
    start: data.range?.start,
    end: data.range ? nextDay(data.range.end) : undefined,
    stack: true,
    showCurrentTime: false,
    orientation: 'top',
    maxHeight: 520,
    verticalScroll: true,
    zoomKey: 'ctrlKey',
    tooltip: { followMouse: true, overflowMethod: 'cap' },
  });

  const update = () => {
    const shown = view.length;
    container.dataset.items = String(shown);
    count.textContent = wanted ? `${shown} of ${items.length} dated claims naming ${index.entityLabel(wanted)}` : `${items.length} dated claims`;
    showAll();
  };
  /** The window around the shown items, with room on the right for the labels of the last ones. */
  const showAll = () => {
    const times = view.get().flatMap((item) => [new Date(item.start).getTime(), new Date(item.end ?? item.start).getTime()]);
    if (times.length === 0) return;
    const [first, last] = [Math.min(...times), Math.max(...times)];
    const span = Math.max(last - first, 30 * 86_400_000);
    timeline.setWindow(first - span * 0.03, last + span * 0.2, { animation: false });
  };
  const filter = (entity: string) => {
    wanted = counts.has(entity) ? entity : '';
    select.value = wanted;
    view.refresh();
    update();
  };
  select.addEventListener('change', () => filter(select.value));
  byId('timeline-fit').addEventListener('click', showAll);

  timeline.on('select', ({ items: selected }: { items: string[] }) => {
    const a = selected[0] === undefined ? undefined : index.assertion(selected[0]);
    detail.replaceChildren(...(a ? assertionDetail(a, index, openDocument) : []));
  });
  update();
  return { filter };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A claim's summary, badges, evidence and a link to its document. */
export function assertionDetail(a: ReportAssertion, index: Index, openDocument: (document: string, assertion?: string) => void): Node[] {
  const document = a.document;
  return [
    h('p', { class: 'summary' }, h('strong', {}, a.summary), ' ', assertionMeta(a, index)),
    a.passage && passageElement(a.passage),
    document !== null ? openButton(() => openDocument(document, a.id), a.passage?.title ?? document) : null,
  ].filter((n): n is HTMLElement => n !== null);
}
