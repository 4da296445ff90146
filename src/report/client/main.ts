/// <reference lib="dom" />
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './report.css';
import type { ReportData } from '../data';
import { byId, indexOf } from './dom';
import { renderDocuments } from './documents';
import { renderIssues } from './issues';
import { renderNetwork } from './network';
import { renderTimeline } from './timeline';

/*
 * The report page's script, bundled by the build into one IIFE and inlined in the page
 * with the data it renders: `<script type="application/json" id="report-data">`.
 */

function main(): void {
  const data = JSON.parse(byId('report-data').textContent ?? '') as ReportData;
  const index = indexOf(data);
  const s = data.summary;
  byId('summary').textContent =
    `${s.documents} documents · ${s.entities} entities · ${s.assertions} claims (${s.dated} dated) · ` + `${s.contradictions} contradictions · ${s.changes} stance changes`;

  const documents = renderDocuments(index);
  const timeline = renderTimeline(index, documents.open);
  renderNetwork(index, (entity) => {
    timeline.filter(entity);
    byId('timeline-section').scrollIntoView({ behavior: 'smooth', block: 'start' });
  });
  renderIssues(data.contradictions, 'contradiction', index, documents.open);
  renderIssues(data.changes, 'change', index, documents.open);
  document.body.dataset.ready = 'true';
}

main();
