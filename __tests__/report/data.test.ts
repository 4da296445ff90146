import { evidenceMarks, renderReport, reportData, scriptJson, type ReportData } from '../../src/report';
import { HOSTILE, syntheticReport } from './fixture';

const build = () => {
  const { graph, documents, contradictions, changes } = syntheticReport();
  return reportData(graph, documents, { contradictions, changes });
};
const assertionWith = (data: ReportData, predicate: string, polarity = 'affirmed') => data.assertions.find((a) => a.predicate === predicate && a.polarity === polarity)!;
/** Assets standing in for the built ones, with what a bundle may hold in its string literals. */
const assets = { script: 'window.s = "</script><script>alert(1)</script><!--";', style: 'body{color:red}/*</style>*/' };
const dataBlock = (html: string) => /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)?.[1];

describe('reportData', () => {
  it('puts a day as a point, a month as a range of whole days, and clips an open end to the data', () => {
    const data = build();
    const item = (id: string) => data.timeline.items.find((i) => i.assertion === id);
    expect(data.timeline.range).toEqual({ start: '2024-02-01', end: '2024-03-31' });
    expect(item(assertionWith(data, 'meets').id)).toEqual({ assertion: assertionWith(data, 'meets').id, start: '2024-03-25', end: null, clippedStart: false, clippedEnd: false });
    expect(item(assertionWith(data, 'praises').id)).toMatchObject({ start: '2024-03-01', end: '2024-04-01', clippedEnd: false });
    expect(item(assertionWith(data, 'condemns').id)).toMatchObject({ start: '2024-02-01', end: '2024-04-01', clippedEnd: true });
    expect(data.timeline.items).toHaveLength(4); // the undated claim is not on the timeline
    expect(data.summary).toMatchObject({ documents: 2, entities: 2, assertions: 5, dated: 4, contradictions: 1, changes: 1 });
  });

  it('labels claims and colours edges by the valence of their predicate', () => {
    const data = build();
    expect(assertionWith(data, 'meets', 'denied').summary).toBe(`Beta ${HOSTILE} not meets with Alpha`);
    expect(data.edges.map((e) => [e.predicate, e.valence, e.assertions.length])).toEqual(
      expect.arrayContaining([['meets', 'cooperative', 1], ['praises', 'cooperative', 1], ['condemns', 'hostile', 1]]),
    );
    expect(data.edges).toHaveLength(4); // the literal claim relates no two entities
    expect(data.entities.map((e) => [e.label, e.assertions])).toEqual([['Alpha', 5], [`Beta ${HOSTILE}`, 4]]);
  });

  it('gives each claim its evidence with a sentence of context on each side', () => {
    const passage = assertionWith(build(), 'meets', 'denied').passage!;
    expect(passage.evidence).toBe('Beta did not meet Alpha in March 2024, a spokesman said.');
    expect(passage.before.trim()).toBe('Officials spoke on Friday.');
    expect(passage.after.trim()).toBe('Beta condemned Alpha from February 2024 on.');
    expect(passage.title).toBe('Beta denies any meeting');
  });

  it('lists each document with its dating, its claims in text order and its evidence as marks', () => {
    const [a] = build().documents;
    expect(a!.published).toMatchObject({ value: '2024-04-01', basis: 'manifest' });
    expect(a!.marks.map((m) => a!.text.slice(m.start, m.end))).toEqual(['Alpha met Beta on 2024-03-25 in Geneva.', 'The two leaders praised the progress.']);
    expect(a!.assertions).toHaveLength(3);
  });

  it('merges overlapping evidence into one mark', () => {
    expect(evidenceMarks([{ start: 5, end: 9, assertion: 'b' }, { start: 0, end: 6, assertion: 'a' }, { start: 9, end: 12, assertion: 'c' }, { start: 3, end: 3, assertion: 'empty' }])).toEqual([
      { start: 0, end: 9, assertions: ['a', 'b'] },
      { start: 9, end: 12, assertions: ['c'] },
    ]);
  });

  it('passes contradictions and changes through, with no severity where none is given', () => {
    const data = build();
    expect(data.contradictions[0]).toMatchObject({ kind: 'polarity', severity: 'hard' });
    expect(data.changes[0]).toMatchObject({ kind: 'stance', severity: null });
    expect(data.changes[0]!.assertions).toHaveLength(2);
  });
});

describe('renderReport', () => {
  it('keeps the data inside its <script> whatever it holds, and JSON.parse reads it back unchanged', () => {
    const data = build();
    const html = renderReport(data, { assets });
    expect(html.match(/<\/script/gi)).toHaveLength(2); // the data block's and the code's own end tags, nothing else
    expect(html).not.toMatch(/<!--/);
    expect(html).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(dataBlock(html)!)).toEqual(data);
    expect(scriptJson({ s: '</script>\u2028' })).toBe('{"s":"\\u003c/script\\u003e\\u2028"}');
  });

  it('inlines code and style so that neither can end its element early', () => {
    const html = renderReport(build(), { assets, title: '<b>Title</b> & co' });
    expect(html).toContain('window.s = "\\x3C/script>\\x3Cscript>alert(1)\\x3C/script>\\x3C!--";');
    expect(html).toContain('/*<\\/style>*/');
    expect(html).toContain('<title>&#60;b&#62;Title&#60;/b&#62; &#38; co</title>');
  });

  it('is the same bytes for the same data', () => {
    expect(renderReport(build(), { assets })).toBe(renderReport(build(), { assets }));
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  });

  it('loads nothing from the network: no http(s) src or href outside the data, and a policy that forbids it (needs `npm run build`)', () => {
    const html = renderReport(build());
    const page = html.replace(dataBlock(html)!, '');
    expect(page.length).toBeGreaterThan(100_000); // the real bundle is inlined
    expect(page).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(page).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//i);
    expect(page).toContain(`content="default-src 'none';`);
  });
});
