import { parseDocument } from '../../src/corpus';
import { EntityLinker } from '../../src/extract';
import { parseTimeSpan } from '../../src/time';

const linker = new EntityLinker();

/** Links a one-paragraph article at a date; returns "text → entity" pairs. */
function link(body: string, date: string | null = null) {
  const document = parseDocument(`Headline for the test\n\n${body}\n`, { file: 'test.txt' });
  const links = linker.link(document, { date: date === null ? null : parseTimeSpan(date) });
  for (const m of links.mentions) expect(document.text.slice(m.start, m.end)).toBe(m.text);
  return { ...links, pairs: links.mentions.map((m) => `${m.text} → ${m.entity}`) };
}

describe('EntityLinker: names', () => {
  it('links labels, surnames, loaded names, metonyms and demonyms', () => {
    const { pairs, mentions } = link('Vladimir Putin met Netanyahu. The Kremlin blamed the Zionist regime for an Israeli strike.', '2024-05-30');
    expect(pairs).toEqual([
      'Vladimir Putin → vladimir-putin',
      'Netanyahu → benjamin-netanyahu',
      'The Kremlin → kremlin',
      'the Zionist regime → ISR',
      'Israeli → ISR',
    ]);
    expect(mentions.map((m) => m.via)).toEqual(['label', 'surname', 'label', 'alias', 'demonym']);
  });

  it('does not link a common word that is a surname without support, in a title-case headline', () => {
    const document = parseDocument('Netanyahu Pins Hopes on a Return to Power\n\nBenjamin Netanyahu spoke on Monday.\n', { file: 't.txt' });
    const { mentions } = linker.link(document, { date: parseTimeSpan('2024-05-30') });
    expect(mentions.map((m) => m.text)).toEqual(['Netanyahu', 'Benjamin Netanyahu']);
  });

  it('reads a capital after a locative word as the city, otherwise as the government it stands for', () => {
    const { mentions } = link('Hamas delegations visited Moscow. Moscow said it was concerned.', '2022-08-10');
    const moscow = mentions.filter((m) => m.text === 'Moscow').map((m) => m.entity);
    expect(moscow[1]).toBe('RUS');
    expect(moscow[0]).not.toBe('RUS');
  });

  it('finds nothing in text without names, and copes with other scripts', () => {
    expect(link('nothing here is named; it is all lower case.').mentions).toEqual([]);
    expect(link('Putin spoke to reporters in Russian (Путин сказал) and his words were quoted in Chinese (普京) too.', '2024-05-30').pairs).toContain(
      'Putin → vladimir-putin',
    );
  });
});

describe('EntityLinker: titles at the document date', () => {
  it('resolves a title without a name through the dated roles', () => {
    expect(link('The Russian President spoke.', '2010-06-01').pairs).toContain('The Russian President → dmitry-medvedev');
    expect(link('The Russian President spoke.', '2022-08-10').pairs).toContain('The Russian President → vladimir-putin');
    expect(link('Talks with the Iranian president ended.', '2022-08-10').pairs).toContain('the Iranian president → ebrahim-raisi');
  });

  it('leaves a title unresolved without a date, or with "former"', () => {
    expect(link('The Russian President spoke.').mentions.map((m) => m.entity)).toEqual(['RUS']);
    expect(link('The former Israeli prime minister spoke.', '2024-05-30').mentions.map((m) => m.entity)).toEqual(['ISR']);
  });

  it('records office phrases with qualifier and holder', () => {
    const { roles } = link('Zionist interim Prime Minister Yair Lapid and former President Donald Trump spoke.', '2022-08-10');
    expect(roles.map((r) => [r.text, r.title, r.of, r.holder, r.qualifier, r.named])).toEqual([
      ['interim Prime Minister Yair Lapid', 'Prime Minister', 'ISR', 'yair-lapid', 'interim', true],
      ['former President Donald Trump', 'President', 'USA', 'donald-trump', 'former', true],
    ]);
  });

  it('reads "<person>\'s administration" as a head-of-government phrase, historical after "during"', () => {
    const { roles } = link('The Biden administration warned. During the Obama administration, talks failed.', '2024-05-30');
    expect(roles.map((r) => [r.holder, r.title, r.qualifier])).toEqual([
      ['joe-biden', 'Head of government', null],
      ['barack-obama', 'Head of government', 'then'],
    ]);
  });
});

describe('EntityLinker: names the lexicon lacks', () => {
  it('keeps them as provisional entities with a guessed kind', () => {
    const { provisional } = link(
      'Frank Lowenstein said talks failed. The plan creates a Board of Peace and an International Stabilization Force (ISF). The ISF will deploy along the Euphrates River.',
      '2025-11-16',
    );
    expect(provisional.map((p) => [p.label, p.kind, p.aliases])).toEqual([
      ['Frank Lowenstein', 'Person', []],
      ['Board of Peace', 'Organization', []],
      ['International Stabilization Force', 'Organization', ['ISF']],
      ['Euphrates River', 'Place', []],
    ]);
  });

  it('links a later surname or acronym to the name introduced before', () => {
    const { mentions } = link('Frank Lowenstein said so. Mr. Lowenstein added that the ISF, or International Stabilization Force, would wait.', '2024-03-27');
    const lowenstein = mentions.filter((m) => m.text.includes('Lowenstein')).map((m) => m.entity);
    expect(new Set(lowenstein).size).toBe(1);
  });

  it('reads names after the Arabic article, and ends on text that only looks like one', () => {
    const { provisional } = link('Reports on al-Qarawiyyin and Bal-Harbour reached Qal-Amra, then al-, al-b and al-Z. Such reports are rare.', '2024-03-27');
    expect(provisional.map((p) => p.label)).toEqual(expect.arrayContaining(['al-Qarawiyyin', 'Bal-Harbour']));
  });

  it('does not make names of sentence openers, adjectives, months or compounds', () => {
    const { provisional } = link('Simultaneously, Western and Islamist groups met in March. Hebrew-language papers reported a U-turn.', '2024-03-27');
    expect(provisional).toEqual([]);
  });
});

describe('EntityLinker: robustness', () => {
  it('links one 1 MB line without hanging', () => {
    const line = 'Putin met Netanyahu in Moscow while the Kremlin watched. '.repeat(18_000);
    const started = Date.now();
    const { mentions } = link(line, '2024-05-30');
    expect(mentions.length).toBeGreaterThan(50_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
