import { parseDocument } from '../../src/corpus';
import { EntityLinker, quantityIn, RuleExtractor, type Claim } from '../../src/extract';
import { attributionOf } from '../../src/extract/claims/attribution';
import { splitClauses } from '../../src/extract/claims/clauses';
import { modalityOf, polarityOf } from '../../src/extract/claims/modality';
import { findClaims } from '../../src/extract/claims/find-claims';
import { TriggerIndex } from '../../src/extract/claims/trigger-index';
import { linkAndDate, triggerForms } from '../../src/extract';

const linker = new EntityLinker();
const triggers = new TriggerIndex(triggerForms());

/** The claims of a one-paragraph article published on `published` (a manifest date). */
function claims(body: string, published = '2024-03-27'): Array<Claim & { line: string }> {
  const document = parseDocument(`Headline for the test\n\n${body}\n`, { file: 'test.txt', manifest: { file: 'test.txt', published } });
  const { links, inference } = linkAndDate(document, linker);
  return findClaims(document, links, { triggers, lexicon: linker.lexicon, date: inference.published.time }).map((c) => ({
    ...c,
    line: `${c.subject} ${c.predicate} ${'entity' in c.object ? c.object.entity : JSON.stringify(c.object.value)}`,
  }));
}

describe('claims: relations', () => {
  it('reads subject and object around a verb', () => {
    expect(claims('Vladimir Putin met with Ebrahim Raisi in Tehran.').map((c) => c.line)).toContain('vladimir-putin meets ebrahim-raisi');
  });

  it('reads a coordination of subjects as the two sides of a symmetric predicate', () => {
    const lines = claims('Russian President Vladimir Putin and Israeli Prime Minister Benjamin Netanyahu held a phone call on Saturday.').map((c) => c.line);
    expect(lines).toContain('vladimir-putin phoneCall benjamin-netanyahu');
  });

  it('turns the passive around', () => {
    expect(claims('Israel was condemned by Turkey on Monday.').map((c) => c.line)).toContain('TUR condemns ISR');
  });

  it('reads a noun with an adjective subject and a prepositional object', () => {
    expect(claims('An Israeli strike on the Gaza Strip killed dozens.').map((c) => c.line)).toContain('ISR strikes gaza-strip');
  });

  it('keeps a count as a typed literal with its bound', () => {
    const killed = claims('Israel killed at least 45 Palestinians in Rafah.').find((c) => c.predicate === 'kills');
    expect(killed?.object).toEqual({ value: '45', datatype: 'http://www.w3.org/2001/XMLSchema#integer', qualifier: 'atLeast' });
  });

  it('finds nothing where no trigger word stands', () => {
    expect(claims('Israel and Russia are both members of the United Nations.')).toEqual([]);
  });
});

describe('claims: time, speaker, modality, polarity', () => {
  it('anchors a claim to the time its clause states, resolved against the publication date', () => {
    const met = claims('Last Tuesday, Vladimir Putin met with Ebrahim Raisi.', '2022-08-12').find((c) => c.predicate === 'meets');
    expect(met?.valid?.value).toBe('2022-08-09');
  });

  it('leaves a past claim without a stated time undated, and dates a present one at publication', () => {
    expect(claims('Vladimir Putin met with Ebrahim Raisi.').find((c) => c.predicate === 'meets')?.valid).toBeNull();
    expect(claims('Turkey supports Israel.').find((c) => c.predicate === 'supports')?.valid).toMatchObject({ value: '2024-03-27', explicit: false });
  });

  it('attributes a claim to the speaker and marks it reported', () => {
    const [claim] = claims('Maria Zakharova said that Russia condemned Israel.');
    expect(claim).toMatchObject({ subject: 'RUS', predicate: 'condemns', attributedTo: 'maria-zakharova', modality: 'reported' });
    expect(claims('According to Reuters, Iran condemned Israel.')[0]?.attributedTo).toBe('reuters');
  });

  it('reads hope, plans, conditions and negation', () => {
    expect(claims('Benjamin Netanyahu hopes to meet Donald Trump.')[0]?.modality).toBe('hoped');
    expect(claims('Israel will strike Iran.')[0]?.modality).toBe('planned');
    expect(claims('Russia could veto the resolution.')[0]?.modality).toBe('hypothetical');
    expect(claims('The United States did not veto the resolution.')[0]?.polarity).toBe('denied');
  });
});

describe('claims: parts', () => {
  it('splits clauses at semicolons, dashes and conjunctions after a comma', () => {
    const sentence = { start: 10, end: 70, index: 0, text: 'Putin met Raisi; Israel struck Gaza, while Iran watched — and waited.' };
    expect(splitClauses(sentence).map((c) => c.text.trim())).toEqual(['Putin met Raisi', 'Israel struck Gaza', 'while Iran watched', 'and waited.']);
    expect(splitClauses(sentence)[1]).toMatchObject({ start: 26 });
  });

  it('reads counts and their bounds, not years or percentages', () => {
    expect(quantityIn('more than 1,400 people')).toMatchObject({ value: '1400', qualifier: 'moreThan' });
    expect(quantityIn('about 1,200')).toMatchObject({ value: '1200', qualifier: 'approximately' });
    expect(quantityIn('47 Palestinians')).toMatchObject({ value: '47', qualifier: 'exactly' });
    expect(quantityIn('in 2024')).toBeUndefined();
    expect(quantityIn('by 40 percent')).toBeUndefined();
  });

  it('reads modality and polarity from the words before the trigger', () => {
    expect(modalityOf('Netanyahu is hopeful that Trump', false)).toBe('hoped');
    expect(modalityOf('Israel intends to', false)).toBe('planned');
    expect(modalityOf('if re-elected, Trump would', false)).toBe('hypothetical');
    expect(modalityOf('Israel', true)).toBe('reported');
    expect(polarityOf('Washington refused to')).toBe('denied');
    expect(polarityOf('not that long ago, Russia and Israel')).toBe('affirmed');
  });

  it('takes the speaker before a speech verb or after "according to"', () => {
    const sentence = { start: 0, end: 30, text: 'Zakharova said Moscow objected.' };
    const mentions = [{ start: 0, end: 9, text: 'Zakharova', entity: 'maria-zakharova', via: 'surname' as const }];
    expect(attributionOf(sentence, mentions, new Set(['maria-zakharova']))).toMatchObject({ speaker: 'maria-zakharova', reported: true });
    expect(attributionOf({ start: 0, end: 40, text: 'It was reported that Moscow objected.' }, [], new Set())).toMatchObject({ speaker: null, reported: true });
  });
});

describe('RuleExtractor', () => {
  it('gives assertions with entity IRIs, source, evidence and recorded time', () => {
    const document = parseDocument('Headline for the test\n\nVladimir Putin met with Ebrahim Raisi.\n', { file: 'test.txt', manifest: { file: 'test.txt', published: '2022-07-19' } });
    const { assertions, entities } = new RuleExtractor().extract(document);
    const met = assertions.find((a) => a.predicate === 'meets')!;
    expect(met).toMatchObject({
      subject: entities.get('vladimir-putin')!.id,
      object: { kind: 'entity', id: entities.get('ebrahim-raisi')!.id },
      source: 'urn:claimgraph:doc/test',
      recorded: { value: '2022-07-19' },
    });
    expect(document.text.slice(met.evidence!.start, met.evidence!.end)).toBe(met.evidence!.text);
  });
});
