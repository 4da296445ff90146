import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderReport, reportData, type ReportData } from '../../src/report';
import { root, runCli } from '../cli/run-cli';
import { syntheticReport } from './fixture';

/*
 * The report as a reader sees it: built by the CLI (`npm run build` must have run), opened
 * from a file in headless Chromium (Debian's `chromium`, or CHROMIUM_PATH).
 */

jest.setTimeout(60_000);

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'cg-report-'));
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
});
afterAll(() => browser?.close());

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
  data: ReportData;
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => void errors.push(error.message));
  page.on('request', (request) => void requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  const data = JSON.parse((await page.textContent('#report-data'))!) as ReportData;
  return { page, errors, requests, data };
}

/** Items vis-timeline has drawn (a point's dot is a `.vis-item` of its own, so it is not counted). */
const ITEMS = '#timeline .vis-item.vis-range, #timeline .vis-item.vis-point';
const timelineItems = (page: Page) => page.locator(ITEMS).count();

/** Clicks the first entry of a list and checks that each of its claims is shown with its evidence in <mark>. */
async function expectPassages(page: Page, name: 'contradiction' | 'change', data: ReportData): Promise<void> {
  const issue = (name === 'contradiction' ? data.contradictions : data.changes)[0]!;
  await page.getByTestId(name).first().click();
  const passages = page.getByTestId(`${name}-detail`).getByTestId('passage');
  const evidence = issue.assertions.map((id) => data.assertions.find((a) => a.id === id)!.passage!.evidence);
  expect(await passages.count()).toBe(evidence.length);
  expect(await passages.locator('mark').allTextContents()).toEqual(evidence);
  expect(await page.getByTestId(`${name}-detail`).textContent()).toContain(issue.explanation);
  expect(await page.getByTestId(name).first().getAttribute('aria-pressed')).toBe('true');
}

describe('claimgraph report', () => {
  it('writes a page for the bundled corpus that draws its timeline and network offline, and filters by entity', async () => {
    const out = join(dir, 'report.html');
    const { status, stderr } = runCli(['report', join(root, 'examples', 'corpus'), '--out', out]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(runCli(['report', '--help']).stdout).toMatch(/Example:\n\s+\$ claimgraph report examples\/corpus --out report\.html/);

    const { page, errors, requests, data } = await open(out);
    expect(requests).toEqual([pathToFileURL(out).href]);

    // the timeline: every dated claim drawn
    const all = await timelineItems(page);
    expect(all).toBeGreaterThan(0);
    expect(all).toBe(data.timeline.items.length);

    // the network: a sigma canvas of real size, over the entities of the data
    expect(data.entities.length).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('network').getAttribute('data-nodes'))).toBe(data.entities.length);
    const canvas = await page.locator('#network canvas').first().boundingBox();
    expect(canvas!.width).toBeGreaterThan(100);
    expect(canvas!.height).toBeGreaterThan(100);

    // filtering by the entity named in the fewest dated claims
    const options = await page.locator('#entity-filter option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBeGreaterThan(1);
    const named = (id: string) => data.timeline.items.filter((i) => {
      const a = data.assertions.find((x) => x.id === i.assertion)!;
      return [a.subject, a.object, a.attributedTo].includes(id);
    }).length;
    const rarest = [...options].sort((a, b) => named(a) - named(b))[0]!;
    await page.getByTestId('entity-filter').selectOption(rarest);
    await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length === n, [ITEMS, named(rarest)] as const, { timeout: 5_000 }).catch(() => {});
    const filtered = await timelineItems(page);
    expect(filtered).toBe(named(rarest));
    expect(filtered).toBeLessThan(all);
    expect(await page.getByTestId('timeline-count').textContent()).toContain(`${filtered} of ${all}`);

    if (data.contradictions.length > 0) await expectPassages(page, 'contradiction', data);
    if (data.changes.length > 0) await expectPassages(page, 'change', data);

    // the document view: the first document, its evidence marked
    expect(await page.getByTestId('document-view').locator('h3').textContent()).toBe(data.documents[0]!.title ?? `${data.documents[0]!.file} (no headline)`);
    expect(await page.getByTestId('document-text').locator('mark').count()).toBeGreaterThanOrEqual(Math.min(1, data.documents[0]!.marks.length));

    const screenshot = join(tmpdir(), 'claimgraph-report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`claimgraph report: screenshot at ${screenshot}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows both claims of a contradiction in their text, for a graph built through the API, and runs none of its text', async () => {
    const { graph, documents, contradictions, changes } = syntheticReport();
    const file = join(dir, 'synthetic.html');
    writeFileSync(file, renderReport(reportData(graph, documents, { contradictions, changes }), { title: 'Synthetic' }));

    const { page, errors, requests, data } = await open(file);
    expect(requests).toHaveLength(1);
    await expectPassages(page, 'contradiction', data);
    await expectPassages(page, 'change', data);
    // the hostile text of the fixture is shown as text, never run
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.getByTestId('document-text').textContent()).toContain('</script><script>window.pwned = 1</script>');

    // a claim of the contradiction opens its document, its evidence marked as current
    await page.getByTestId('contradiction-detail').getByRole('button', { name: /^Open/ }).last().click();
    expect(await page.getByTestId('document-view').locator('h3').textContent()).toBe('Beta denies any meeting');
    expect(await page.locator('#document-view mark.current').textContent()).toBe('Beta did not meet Alpha in March 2024, a spokesman said.');
    expect(await page.getByTestId('document-published').textContent()).toContain('2024-04-01');

    // timeline: 4 dated claims; Alpha is named in all of them
    expect(await timelineItems(page)).toBe(4);
    expect(errors).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('<title>Synthetic</title>');
    await page.close();
  });
});
