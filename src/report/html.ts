import { reportAssets, type ReportAssets } from './assets';
import type { ReportData } from './data';

/** Options for {@link renderReport}. */
export interface RenderReportOptions {
  /** The page title (default `claimgraph report`). */
  title?: string;
  /** The page's script and stylesheet (default: the ones `npm run build` made, see {@link reportAssets}). */
  assets?: ReportAssets;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * JSON that can stand inside `<script>`: `<`, `>` and `&` escaped (so no `</script>` or
 * `<!--` can end or confuse the element), and U+2028 / U+2029 too. `JSON.parse` reads
 * it back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Bundled code inside `<script>`: `<!--`, `<script` and `</script` (which esbuild only
 * leaves inside string, template and regular-expression literals) written as `\x3C…`,
 * which means the same there.
 */
function inlineScript(code: string): string {
  return code.replace(/<(!--|\/?script)/gi, '\\x3C$1');
}

/** A stylesheet inside `<style>`: `</style` written as `<\/style`, the same in CSS. */
function inlineStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/**
 * A self-contained HTML page for the report data: the data as JSON, the page's script
 * (vis-timeline, sigma.js, graphology, ForceAtlas2) and its stylesheet inlined. It opens
 * offline and makes no network request: its Content-Security-Policy allows none. The
 * same data gives the same bytes.
 *
 * @example
 * writeFileSync('report.html', renderReport(reportData(graph, documents, { contradictions: [], changes: [] })));
 * @throws {ClaimgraphError} `report assets not built: run npm run build` when the page's script is missing.
 */
export function renderReport(data: ReportData, options: RenderReportOptions = {}): string {
  const { script, style } = options.assets ?? reportAssets();
  const title = escapeHtml(options.title ?? 'claimgraph report');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">
<meta name="generator" content="claimgraph">
<title>${title}</title>
<style>${inlineStyle(style)}</style>
</head>
<body>
<header class="top">
<h1>${title}</h1>
<p id="summary" data-testid="summary"></p>
<nav aria-label="sections"><a href="#timeline-section">Timeline</a><a href="#network-section">Network</a><a href="#contradictions-section">Contradictions</a><a href="#changes-section">Stance changes</a><a href="#documents-section">Documents</a></nav>
</header>
<main>
<noscript><p>This report needs JavaScript to draw its timeline and network.</p></noscript>
<section id="timeline-section" class="card" aria-labelledby="timeline-heading">
<h2 id="timeline-heading">Timeline</h2>
<p class="hint">Dated claims by valid time: points for a day, bars for a month, a year or an interval (dashed where an open end is cut at the edge of the data). Drag to pan, Ctrl + wheel to zoom, click a claim for its evidence.</p>
<div class="toolbar">
<label for="entity-filter">Entity</label>
<select id="entity-filter" data-testid="entity-filter"><option value="">All entities</option></select>
<button type="button" id="timeline-fit" class="secondary">Fit</button>
<span id="timeline-count" class="count" data-testid="timeline-count" aria-live="polite"></span>
</div>
<div id="timeline" data-testid="timeline" role="region" aria-label="timeline of dated claims"></div>
<div id="timeline-detail" class="detail" data-testid="timeline-detail" aria-live="polite"></div>
</section>
<section id="network-section" class="card" aria-labelledby="network-heading">
<h2 id="network-heading">Entity network</h2>
<p class="hint">Entities that take part in claims, sized by how many; edges coloured by the predicate's valence. Hover an entity for its relations, click it to filter the timeline.</p>
<div class="network-layout">
<div id="network" data-testid="network" role="img" aria-label="entity network"></div>
<ul id="network-legend" class="legend" aria-label="legend"></ul>
</div>
</section>
<section id="contradictions-section" class="card" aria-labelledby="contradictions-heading">
<h2 id="contradictions-heading">Contradictions</h2>
<p class="hint">Claims that cannot all be true. Both are kept; choose one to read the claims in their text.</p>
<div class="issues">
<ul id="contradictions" data-testid="contradictions" aria-label="contradictions"></ul>
<div id="contradiction-detail" class="issue-detail" data-testid="contradiction-detail" aria-live="polite"></div>
</div>
</section>
<section id="changes-section" class="card" aria-labelledby="changes-heading">
<h2 id="changes-heading">Stance changes</h2>
<p class="hint">A relationship that turned from cooperative to hostile or back, between two claims in a known order.</p>
<div class="issues">
<ul id="changes" data-testid="changes" aria-label="stance changes"></ul>
<div id="change-detail" class="issue-detail" data-testid="change-detail" aria-live="polite"></div>
</div>
</section>
<section id="documents-section" class="card" aria-labelledby="documents-heading">
<h2 id="documents-heading">Documents</h2>
<div class="toolbar"><label for="document-select">Document</label><select id="document-select" data-testid="document-select"></select></div>
<article id="document-view" data-testid="document-view" aria-labelledby="document-title"></article>
</section>
</main>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${inlineScript(script)}</script>
</body>
</html>
`;
}
