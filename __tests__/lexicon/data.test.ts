import { defaultLexicon, findTermConflicts, loadLexicon, termCore } from '../../src/lexicon';
import { parseTimeSpan } from '../../src/time/timespan';

const lexicon = defaultLexicon();

describe('built-in lexicon: coverage', () => {
  it('has at least 300 entities, most of them curated (not countries)', () => {
    expect(lexicon.size).toBeGreaterThanOrEqual(300);
    expect(lexicon.entries.filter((e) => e.kind !== 'Country').length).toBeGreaterThanOrEqual(300);
  });

  it('has every one of the 193 UN member states, each with a capital and a demonym', () => {
    const members = lexicon.entries.filter((e) => e.kind === 'Country' && e.unMember === true);
    expect(members).toHaveLength(193);
    for (const country of members) {
      expect(country.capital?.length ?? 0).toBeGreaterThan(0);
      expect(country.demonyms?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('does not count observer states as members', () => {
    expect(lexicon.get('VAT')?.unMember).toBe(false);
    expect(lexicon.get('PSE')?.unMember).toBe(false);
    expect(lexicon.get('PSE')?.demonyms).toContain('Palestinian');
  });

  it('has heads of state or government for the G20 and the Middle East states', () => {
    const offices: Array<[string, string]> = [
      ['President', 'USA'], ['President', 'RUS'], ['President', 'CHN'], ['Prime Minister', 'IND'], ['Prime Minister', 'JPN'],
      ['Chancellor', 'DEU'], ['President', 'FRA'], ['Prime Minister', 'GBR'], ['Prime Minister', 'ITA'], ['Prime Minister', 'CAN'],
      ['President', 'BRA'], ['President', 'MEX'], ['President', 'ARG'], ['President', 'KOR'], ['President', 'IDN'],
      ['President', 'ZAF'], ['Prime Minister', 'AUS'], ['President', 'TUR'], ['Monarch', 'SAU'],
      ['Prime Minister', 'ISR'], ['Supreme Leader', 'IRN'], ['President', 'IRN'], ['President', 'EGY'], ['Monarch', 'JOR'],
      ['Prime Minister', 'LBN'], ['Prime Minister', 'IRQ'], ['Emir', 'QAT'], ['President', 'ARE'], ['President', 'PSE'],
      ['President', 'UKR'], ['Secretary-General', 'un'],
    ];
    for (const [title, of] of offices) {
      expect([of, title, lexicon.holdersOf(title, of, '2023-06-01').length]).toEqual([of, title, 1]);
    }
  });
});

describe('built-in lexicon: well-formed', () => {
  it('gives well-formed, unique Wikidata QIDs', () => {
    const qids = lexicon.entries.flatMap((e) => (e.wikidata ? [e.wikidata] : []));
    expect(qids.length).toBeGreaterThan(50);
    for (const qid of qids) expect(qid).toMatch(/^Q[1-9]\d*$/);
    expect(new Set(qids).size).toBe(qids.length);
  });

  it('has unique ids and labels that mint unique entity IRIs', () => {
    const ids = lexicon.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const iris = lexicon.entries.map((e) => lexicon.toEntity(e).id);
    const dupes = iris.filter((iri, i) => iris.indexOf(iri) !== i);
    expect(dupes).toEqual([]);
  });

  it('resolves every role’s `of`, and every `country` and `partOf`', () => {
    for (const entry of lexicon.entries) {
      for (const role of entry.roles ?? []) if (role.of !== null) expect([entry.id, lexicon.get(role.of)?.id]).toEqual([entry.id, role.of]);
      if (entry.country) expect(lexicon.get(entry.country)?.kind).toBe('Country');
      if (entry.partOf) expect(lexicon.get(entry.partOf)).toBeDefined();
    }
  });

  it('parses every term and span', () => {
    for (const entry of lexicon.entries) {
      for (const role of entry.roles ?? []) expect(() => parseTimeSpan(role.term)).not.toThrow();
      if (entry.span) expect(() => parseTimeSpan(entry.span!)).not.toThrow();
    }
  });

  it('gives persons roles, most of them dated to the day', () => {
    const persons = lexicon.entries.filter((e) => e.kind === 'Person');
    const withRoles = persons.filter((p) => (p.roles?.length ?? 0) > 0);
    expect(withRoles.length / persons.length).toBeGreaterThan(0.95);
    const roles = lexicon.allRoles().filter((r) => r.holder.kind === 'Person');
    const dayPrecise = roles.filter((r) => /^\d{4}-\d{2}-\d{2}\//.test(r.term.value));
    expect(dayPrecise.length / roles.length).toBeGreaterThan(0.7);
  });

  it('marks a term stillHeld only when it has an end (the last date vouched for)', () => {
    for (const role of lexicon.allRoles()) if (role.stillHeld) expect(role.term.latest).not.toBeNull();
  });

  it('has no overlapping terms in a single-holder office', () => {
    expect(findTermConflicts(lexicon).map((c) => c.message)).toEqual([]);
  });

  it('the overlap check catches a data-entry error', () => {
    const broken = loadLexicon({ extend: [{ id: 'someone', label: 'Some One', kind: 'Person', roles: [{ title: 'PM', of: 'ISR', term: '2022-09/2022-10' }] }] });
    const conflicts = findTermConflicts(broken);
    expect(conflicts.map((c) => [c.title, c.of, [c.a.holder.id, c.b.holder.id].sort()])).toEqual([['Prime Minister', 'ISR', ['someone', 'yair-lapid']]]);
    // month-precise edges that may meet are not a clash
    const edges = loadLexicon({ extend: [{ id: 'someone', label: 'Some One', kind: 'Person', roles: [{ title: 'Prime Minister', of: 'ISR', term: '2022-12/2022-12' }] }] });
    expect(findTermConflicts(edges)).toEqual([]);
  });

  it('flags loaded and partisan names', () => {
    const loaded = (text: string): boolean[] => lexicon.lookup(text).map((m) => m.loaded);
    expect(loaded('the Zionist regime')).toEqual([true]);
    expect(loaded('Zionist entity')).toEqual([true]);
    expect(lexicon.lookup('the Zionist entity')[0]?.entry.id).toBe('ISR');
    expect(lexicon.lookup('the Kyiv regime')[0]?.loaded).toBe(true);
    expect(lexicon.lookup('Judea and Samaria')[0]).toMatchObject({ loaded: true, entry: { id: 'west-bank' } });
    expect(loaded('Israel')).toEqual([false]);
  });
});

describe('termCore', () => {
  it('is the part of a term known for certain', () => {
    expect(termCore(parseTimeSpan('2016-05/2018-11'))).toEqual({ start: '2016-05-31', end: '2018-11-01' });
    expect(termCore(parseTimeSpan('2022-07-01/2022-12-29'))).toEqual({ start: '2022-07-01', end: '2022-12-29' });
    expect(termCore(parseTimeSpan('2012-05-07/..'))).toEqual({ start: '2012-05-07', end: null });
  });
});
