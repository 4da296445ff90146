import { aliasKey, defaultLexicon, surnameOf } from '../../src/lexicon';

const lexicon = defaultLexicon();
const ids = (text: string): string[] => lexicon.lookup(text).map((m) => m.entry.id);

describe('Lexicon.lookup', () => {
  it('matches labels and aliases case-insensitively, ignoring "the", diacritics and full stops', () => {
    expect(ids('Israel')).toEqual(['ISR']);
    expect(ids('ISRAEL')).toEqual(['ISR']);
    expect(ids('Erdogan')).toContain('recep-tayyip-erdogan');
    expect(ids('the United Nations')).toEqual(['un']);
    expect(ids('U.N. Security Council')).toEqual(['unsc']);
  });

  it('matches case-sensitive aliases only with their case', () => {
    expect([...new Set(ids('US'))]).toEqual(['USA']);
    expect(ids('us')).toEqual([]);
    expect(ids('IS')).toEqual(['islamic-state']);
    expect(ids('is')).toEqual([]);
    expect(ids('PA')).toEqual(['palestinian-authority']);
    expect(ids('pa')).toEqual([]);
  });

  it('matches government metonyms and flags them', () => {
    const kremlin = lexicon.lookup('the Kremlin').find((m) => m.via === 'alias');
    expect(kremlin).toMatchObject({ entry: { id: 'kremlin', country: 'RUS' }, metonym: true });
    expect(lexicon.lookup('Tel Aviv').find((m) => m.entry.id === 'israel-government')?.metonym).toBe(true);
    // a capital names both the government (a metonym of the country) and the city
    expect(lexicon.lookup('Jerusalem')).toEqual([
      expect.objectContaining({ via: 'capital', metonym: true, entry: expect.objectContaining({ id: 'ISR' }) }),
      expect.objectContaining({ via: 'label', metonym: false, entry: expect.objectContaining({ id: 'jerusalem', kind: 'Place' }) }),
    ]);
    expect(lexicon.lookup('Washington').map((m) => [m.entry.id, m.via])).toEqual([['USA', 'capital'], ['washington-dc', 'alias']]);
    expect(lexicon.lookup('the White House')[0]?.entry.country).toBe('USA');
    expect(lexicon.lookup('Downing Street')[0]?.entry.country).toBe('GBR');
  });

  it('matches demonyms and adjectives to their countries', () => {
    expect(lexicon.lookup('Israeli').map((m) => [m.entry.id, m.via])).toEqual([['ISR', 'demonym']]);
    expect(lexicon.byDemonym('Iranian').map((e) => e.id)).toEqual(['IRN']);
    expect(lexicon.byDemonym('Saudi').map((e) => e.id)).toEqual(['SAU']);
    expect(lexicon.byDemonym('British').map((e) => e.id)).toEqual(['GBR']);
    expect(lexicon.byDemonym('Congolese').map((e) => e.id).sort()).toEqual(['COD', 'COG']);
    expect(lexicon.byDemonym('israeli')).toEqual([]);
    expect(lexicon.demonymOf('ISR')).toEqual(['Israeli', 'Israelis']);
    expect(lexicon.demonymOf('TJK')).toContain('Tajik');
  });

  it('matches surnames with their case, several when shared', () => {
    expect(ids('Lapid')).toEqual(['yair-lapid']);
    expect(ids('lapid')).toEqual([]);
    expect(ids('Xi')).toEqual(['xi-jinping']);
    expect(ids('Li').sort()).toEqual(['li-keqiang', 'li-qiang', 'li-shangfu']);
    expect(ids('Netanyahu')).toEqual(['benjamin-netanyahu']);
    expect(ids('Bibi')).toEqual(['benjamin-netanyahu']);
  });

  it('returns nothing for unknown names', () => {
    expect(lexicon.lookup('Nobody Inparticular')).toEqual([]);
    expect(lexicon.lookup('')).toEqual([]);
  });

  it('lists every surface form for a multi-pattern matcher', () => {
    const forms = lexicon.surfaceForms();
    expect(forms.find((f) => f.text === 'US')?.caseSensitive).toBe(true);
    expect(forms.some((f) => f.text === 'the Zionist regime' && !f.caseSensitive)).toBe(true);
    expect(forms.length).toBeGreaterThan(2000);
  });
});

describe('aliasKey / surnameOf', () => {
  it('folds case, marks, dots, apostrophes and "the"', () => {
    expect(aliasKey('The  Kremlin')).toBe('kremlin');
    expect(aliasKey('Erdoğan')).toBe('erdogan');
    expect(aliasKey('Sa’ar')).toBe("sa'ar");
    expect(aliasKey('U.S.')).toBe('us');
  });

  it('takes the explicit surname, else the last word of a person’s label', () => {
    expect(surnameOf({ kind: 'Person', label: 'Yair Lapid' })).toBe('Lapid');
    expect(surnameOf({ kind: 'Person', label: 'Xi Jinping', surname: 'Xi' })).toBe('Xi');
    expect(surnameOf({ kind: 'Person', label: 'Madonna' })).toBeUndefined();
    expect(surnameOf({ kind: 'Country', label: 'South Africa' })).toBeUndefined();
  });
});

describe('Lexicon.toEntity', () => {
  it('gives the model entity: IRI from the label, roles with entity IRIs, Wikidata as sameAs', () => {
    const netanyahu = lexicon.toEntity(lexicon.get('benjamin-netanyahu')!);
    expect(netanyahu).toMatchObject({ id: 'urn:claimgraph:entity/benjamin-netanyahu', kind: 'Person', label: 'Benjamin Netanyahu' });
    expect(netanyahu.sameAs).toEqual(['http://www.wikidata.org/entity/Q43723']);
    expect(netanyahu.aliases).toEqual(['Bibi', 'Binyamin Netanyahu']);
    expect(netanyahu.roles[0]).toMatchObject({ title: 'Prime Minister', of: 'urn:claimgraph:entity/israel', term: { earliest: '1996-06-18', latest: '1999-07-06' } });
  });

  it('mints IRIs under a given base', () => {
    const lapid = lexicon.toEntity(lexicon.get('yair-lapid')!, 'https://example.org/');
    expect(lapid.id).toBe('https://example.org/entity/yair-lapid');
    expect(lapid.roles.every((r) => r.of === 'https://example.org/entity/israel')).toBe(true);
    expect(lapid.sameAs).toEqual([]);
  });
});
