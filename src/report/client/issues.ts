/// <reference lib="dom" />
import type { ReportIssue } from '../data';
import { assertionMeta, byId, h, openButton, passageElement, type Index } from './dom';

/**
 * A list of contradictions or stance changes (kind, severity, explanation); choosing one
 * shows each claim involved with its evidence marked in a few sentences of its document.
 *
 * @param name `contradiction` or `change`: the list is `#<name>s`, the detail `#<name>-detail`.
 */
export function renderIssues(issues: readonly ReportIssue[], name: 'contradiction' | 'change', index: Index, openDocument: (document: string, assertion?: string) => void): void {
  const list = byId(`${name}s`);
  const detail = byId(`${name}-detail`);
  if (issues.length === 0) {
    list.append(h('li', { class: 'empty' }, name === 'contradiction' ? 'No contradictions found.' : 'No stance changes found.'));
    return;
  }
  const buttons = issues.map((issue) => {
    const button = h(
      'button',
      { type: 'button', class: 'issue', 'data-testid': name, 'data-id': issue.id, 'aria-pressed': 'false', 'aria-controls': detail.id },
      h('span', { class: 'kind' }, issue.kind),
      issue.severity !== null && h('span', { class: `badge severity-${issue.severity}` }, issue.severity),
      h('span', { class: 'explanation' }, issue.explanation),
    );
    button.addEventListener('click', () => {
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      detail.replaceChildren(...issueDetail(issue, index, openDocument));
    });
    return button;
  });
  list.append(...buttons.map((button) => h('li', {}, button)));
}

function issueDetail(issue: ReportIssue, index: Index, openDocument: (document: string, assertion?: string) => void): HTMLElement[] {
  const heading = h('p', { class: 'explanation' }, issue.explanation);
  const claims = issue.assertions.map((id, i) => {
    const a = index.assertion(id);
    if (!a) return h('section', { class: 'claim' }, h('p', { class: 'empty' }, `Claim ${id} is not in the graph.`));
    return h(
      'section',
      { class: 'claim', 'aria-label': `claim ${i + 1}` },
      h('h4', {}, a.passage?.title ?? a.document ?? 'unknown source'),
      h('p', { class: 'summary' }, h('strong', {}, a.summary), ' ', assertionMeta(a, index)),
      a.passage ? passageElement(a.passage) : h('p', { class: 'empty' }, 'No evidence recorded.'),
      a.document !== null && openButton(() => openDocument(a.document!, a.id), a.passage?.title ?? a.document),
    );
  });
  return [heading, h('div', { class: 'claims' }, ...claims)];
}
