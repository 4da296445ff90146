import { aliasKey, capitalCityEntries, countryEntries, defaultLexicon, pluralDemonyms, type CountryRecord } from '../../src/lexicon';

const lexicon = defaultLexicon();
const matches = (text: string): string[][] => lexicon.lookup(text).map((m) => [m.entry.id, m.via]);
const holder = (title: string, of: string, day: string): string[] => lexicon.holdersOf(title, of, day).map((h) => h.holder.id);

describe('capital cities', () => {
  it('are places of their own beside the capital metonym of the country', () => {
    expect(matches('Moscow')).toEqual([['RUS', 'capital'], ['moscow', 'label']]);
    expect(lexicon.get('moscow')).toMatchObject({ label: 'Moscow', kind: 'Place', category: 'capital city', country: 'RUS' });
    expect(matches('Tehran')).toEqual([['IRN', 'capital'], ['tehran', 'label']]);
    expect(lexicon.lookup('Moscow')[0]?.metonym).toBe(true);
    expect(lexicon.lookup('Moscow')[1]?.metonym).toBe(false);
  });

  it('take the other names of the capital as aliases', () => {
    expect(matches('Kiev')).toEqual([['UKR', 'capital'], ['kyiv', 'alias']]);
    expect(lexicon.get('kyiv')?.aliases.find((a) => a.text === 'Kiev')?.note).toMatch(/Russian-derived/);
    expect(lexicon.get('washington-dc')).toMatchObject({ label: 'Washington, D.C.', country: 'USA' });
    expect(matches('Washington DC')).toEqual([['USA', 'capital'], ['washington-dc', 'alias']]);
    expect(matches('Sanaa').map(([id]) => id)).toEqual(['YEM', 'sanaa']);
  });

  it('exist for every UN member, except city-states and cities the curated data already has', () => {
    for (const country of lexicon.entries.filter((e) => e.kind === 'Country' && e.unMember === true)) {
      const name = country.capital![0]!;
      const places = lexicon.lookup(name).filter((m) => m.entry.kind === 'Place');
      if (name !== country.label) expect([name, places.length > 0]).toEqual([name, true]);
    }
    // a city-state is its own capital
    for (const name of ['Singapore', 'Monaco', 'Vatican City']) expect(lexicon.lookup(name).every((m) => m.entry.kind === 'Country')).toBe(true);
    // the curated emirate stands for the city of Abu Dhabi
    expect(matches('Abu Dhabi')).toEqual([['ARE', 'capital'], ['abu-dhabi', 'label']]);
    expect(lexicon.get('luxembourg-city')).toMatchObject({ label: 'Luxembourg City', country: 'LUX', aliases: [{ text: 'Luxembourg' }] });
    expect(lexicon.get('ramallah')).toMatchObject({ category: 'city', country: 'PSE', partOf: 'west-bank' });
  });

  it('are built from world-countries records by capitalCityEntries', () => {
    const record = (cca3: string, common: string, capital: string[]): CountryRecord => ({
      cca2: cca3.slice(0, 2),
      cca3,
      name: { common, official: common },
      altSpellings: [],
      capital,
      unMember: true,
      demonyms: {},
    });
    const records = [record('AAA', 'Aland', ["Sana'a", 'Second City']), record('BBB', 'Bee', ['Bee']), record('CCC', 'Sea', ['Sea']), record('DDD', 'Dee', ['Taken'])];
    const cities = capitalCityEntries(records, { AAA: { capital: ['Sanaa'] }, CCC: { capitalCities: { Sea: { id: 'sea-city', label: 'Sea City' } } } }, new Set(['taken']));
    expect(cities.map((c) => [c.id, c.label, c.country, c.aliases.map((a) => a.text)])).toEqual([
      ['sanaa', "Sana'a", 'AAA', ['Sanaa']],
      ['second-city', 'Second City', 'AAA', []],
      ['sea-city', 'Sea City', 'CCC', ['Sea']],
    ]);
  });
});

describe('plural demonyms', () => {
  it('name the country like the singular', () => {
    expect(matches('Israelis')).toEqual([['ISR', 'demonym']]);
    const plurals: Array<[string, string]> = [
      ['Palestinians', 'PSE'], ['Russians', 'RUS'], ['Iranians', 'IRN'], ['Americans', 'USA'], ['Ukrainians', 'UKR'],
      ['Syrians', 'SYR'], ['Saudis', 'SAU'], ['Turks', 'TUR'], ['Iraqis', 'IRQ'], ['Britons', 'GBR'], ['Filipinos', 'PHL'],
    ];
    for (const [plural, id] of plurals) expect([plural, lexicon.byDemonym(plural).map((e) => e.id)]).toEqual([plural, [id]]);
    expect(lexicon.byDemonym('Chinese').map((e) => e.id)).toEqual(['CHN']);
    expect(lexicon.byDemonym('Lebanese').map((e) => e.id)).toEqual(['LBN']);
    expect(lexicon.byDemonym('israelis')).toEqual([]);
  });

  it('are not made up for adjectives without a plural of their own', () => {
    for (const nonsense of ['Chineses', 'Britishs', 'Frenchs', 'Frenches', 'Dutchs', 'Swisss', 'Turkishs', 'USs', 'UKs', 'Vaticans', 'Djiboutis', 'Lebaneses']) {
      expect([nonsense, lexicon.lookup(nonsense)]).toEqual([nonsense, []]);
    }
  });

  it('follow the English rule, with an exception table', () => {
    expect(pluralDemonyms('Israeli')).toEqual(['Israelis']);
    expect(pluralDemonyms('Saudi Arabian')).toEqual(['Saudi Arabians']);
    expect(pluralDemonyms('New Zealander')).toEqual(['New Zealanders']);
    expect(pluralDemonyms('Cypriot')).toEqual(['Cypriots']);
    for (const none of ['Chinese', 'British', 'French', 'Swiss', 'US', 'U.S.', 'UK', 'Turk']) expect([none, pluralDemonyms(none)]).toEqual([none, []]);
    expect(pluralDemonyms('Turk', { Turk: ['Turks'] })).toEqual(['Turks']);
    expect(pluralDemonyms('Motswana', { Motswana: ['Batswana'] })).toEqual(['Batswana']);
    expect(pluralDemonyms('Swiss', { Swiss: [] })).toEqual([]);
    expect(pluralDemonyms('Vatican', { Vatican: [] })).toEqual([]);
  });

  it('are added to the demonyms of a country entry', () => {
    const [country] = countryEntries(
      [{ cca2: 'IL', cca3: 'ISR', name: { common: 'Israel', official: 'State of Israel' }, altSpellings: [], capital: ['Jerusalem'], unMember: true, demonyms: { eng: { f: 'Israeli', m: 'Israeli' } } }],
      {},
    );
    expect(country?.demonyms).toEqual(['Israeli', 'Israelis']);
    expect(lexicon.demonymOf('TUR')).toEqual(['Turkish', 'Turk', 'Turks']);
  });
});

describe('regions', () => {
  it('cover continents and the regions news names, with Wikidata where certain', () => {
    expect(lexicon.lookup('the Middle East')[0]?.entry).toMatchObject({ id: 'middle-east', kind: 'Place', category: 'region', wikidata: 'Q7204' });
    expect(lexicon.lookup('Mideast')[0]?.entry.id).toBe('middle-east');
    expect(lexicon.get('europe')?.wikidata).toBe('Q46');
    expect(lexicon.get('africa')?.wikidata).toBe('Q15');
    expect(lexicon.get('asia')?.wikidata).toBe('Q48');
    for (const name of ['Eastern Europe', 'Western Europe', 'Central Europe', 'North Africa', 'Sub-Saharan Africa', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia',
      'Latin America', 'the Caribbean', 'the Levant', 'the Balkans', 'the Caucasus', 'the Arctic', 'the Sahel', 'the Horn of Africa', 'Scandinavia', 'North America', 'Oceania']) {
      expect([name, lexicon.lookup(name).map((m) => m.entry.category)]).toEqual([name, ['region']]);
    }
  });

  it('tell the Gulf region from the Persian Gulf itself, and flag the disputed name', () => {
    expect(lexicon.lookup('the Gulf').map((m) => m.entry.id).sort()).toEqual(['gulf-region', 'persian-gulf']);
    expect(lexicon.lookup('Arabian Gulf')[0]).toMatchObject({ loaded: true, entry: { id: 'persian-gulf' } });
  });
});

describe('outlets', () => {
  it('include Israeli, Arab, Iranian, Russian, French and German outlets', () => {
    const outlets: Array<[string, string, string]> = [
      ['Maariv', 'ISR', 'newspaper'], ['Haaretz', 'ISR', 'newspaper'], ['Yedioth Ahronoth', 'ISR', 'newspaper'], ['Israel Hayom', 'ISR', 'newspaper'],
      ['Al-Hadath', 'SAU', 'broadcaster'], ['Al Mayadeen', 'LBN', 'broadcaster'], ['Tasnim', 'IRN', 'news agency'], ['TASS', 'RUS', 'news agency'],
      ['Le Figaro', 'FRA', 'newspaper'], ['Liberation', 'FRA', 'newspaper'], ['Die Zeit', 'DEU', 'newspaper'], ['Süddeutsche Zeitung', 'DEU', 'newspaper'],
      ['El Pais', 'ESP', 'newspaper'], ['Corriere della Sera', 'ITA', 'newspaper'], ['The Hindu', 'IND', 'newspaper'], ['Daily Sabah', 'TUR', 'newspaper'], ['Dawn', 'PAK', 'newspaper'],
    ];
    for (const [name, country, category] of outlets) {
      const entry = lexicon.lookup(name).find((m) => m.entry.kind === 'Organization')?.entry;
      expect([name, entry?.country, entry?.category]).toEqual([name, country, category]);
    }
    expect(matches('FAZ')).toEqual([['faz', 'alias']]);
    expect(matches('faz')).toEqual([]);
    expect(lexicon.get('ynet')?.partOf).toBe('yedioth-ahronoth');
    expect(lexicon.get('al-hadath')?.partOf).toBe('al-arabiya');
  });
});

describe('offices of international bodies', () => {
  it('give the UN Secretary-General on a date, under the names news uses', () => {
    expect(holder('Secretary-General', 'un', '2025-11-16')).toEqual(['antonio-guterres']);
    expect(holder('UN chief', 'un', '2025-11-16')).toEqual(['antonio-guterres']);
    expect(holder('secretary general', 'un', '2012-01-01')).toEqual(['ban-ki-moon']);
  });

  it('give the heads of NATO, the EU, the IMF, the World Bank and the Arab League', () => {
    expect(holder('Secretary General', 'nato', '2020-01-01')).toEqual(['jens-stoltenberg']);
    expect(holder('NATO chief', 'nato', '2025-11-16')).toEqual(['mark-rutte']);
    expect(holder('Commission President', 'european-commission', '2025-11-16')).toEqual(['ursula-von-der-leyen']);
    expect(holder('EU foreign policy chief', 'eu', '2025-11-16')).toEqual(['kaja-kallas']);
    expect(holder('IMF chief', 'imf', '2018-01-01')).toEqual(['christine-lagarde']);
    expect(holder('President', 'ecb', '2025-11-16')).toEqual(['christine-lagarde']);
    expect(holder('President', 'world-bank', '2019-03-01')).toEqual(['kristalina-georgieva']);
    expect(holder('Secretary-General', 'arab-league', '2024-01-01')).toEqual(['ahmed-aboul-gheit']);
    expect(holder('UN refugee chief', 'unhcr', '2010-01-01')).toEqual(['antonio-guterres']);
  });
});

describe('historical events and agreements', () => {
  it('are found by their names and dated', () => {
    const events: Array<[string, string, string]> = [
      ['Six-Day War', 'six-day-war', '1967-06-05/1967-06-10'],
      ['October War', 'yom-kippur-war', '1973-10-06/1973-10-25'],
      ['the 1973 war', 'yom-kippur-war', '1973-10-06/1973-10-25'],
      ['1948 Arab–Israeli War', 'arab-israeli-war-1948', '1948-05-15/1949-03-10'],
      ['First Intifada', 'first-intifada', '1987-12-08/1993-09-13'],
      ['Al-Aqsa Intifada', 'second-intifada', '2000-09-28/2005-02-08'],
      ['Camp David Accords', 'camp-david-accords', '1978-09-17'],
      ['Operation Protective Edge', 'gaza-war-2014', '2014-07-08/2014-08-26'],
      ['Arab Spring', 'arab-spring', '2010-12-17/2012-12'],
      ['Syrian civil war', 'syrian-civil-war', '2011-03-15/2024-12-08'],
      ['Iran nuclear deal', 'jcpoa', '2015-07-14/..'],
      ['Minsk agreements', 'minsk-agreements', '2014-09-05/2022-02-21'],
      ['Abraham Accords', 'abraham-accords', '2020-09-15/..'],
      ['Oslo Accords', 'oslo-accords', '1993-09-13/..'],
    ];
    for (const [name, id, span] of events) {
      const entry = lexicon.lookup(name)[0]?.entry;
      expect([name, entry?.id, entry?.span]).toEqual([name, id, span]);
    }
    for (const entry of lexicon.entries.filter((e) => e.kind === 'Event' || e.kind === 'Agreement')) expect([entry.id, entry.span !== undefined]).toEqual([entry.id, true]);
  });
});

describe('officeholders 2015–2025', () => {
  it('have a head of state or government for the G20 and the Middle East in November 2025', () => {
    const offices: Array<[string, string]> = [
      ['President', 'USA'], ['President', 'RUS'], ['President', 'CHN'], ['Prime Minister', 'IND'], ['Prime Minister', 'JPN'],
      ['Chancellor', 'DEU'], ['President', 'FRA'], ['Prime Minister', 'GBR'], ['Prime Minister', 'ITA'], ['Prime Minister', 'CAN'],
      ['President', 'BRA'], ['President', 'MEX'], ['President', 'ARG'], ['President', 'KOR'], ['President', 'IDN'],
      ['President', 'ZAF'], ['Prime Minister', 'AUS'], ['President', 'TUR'], ['Monarch', 'SAU'], ['Prime Minister', 'ISR'],
      ['Supreme Leader', 'IRN'], ['President', 'IRN'], ['President', 'EGY'], ['Monarch', 'JOR'], ['President', 'LBN'],
      ['Prime Minister', 'IRQ'], ['Emir', 'QAT'], ['President', 'ARE'], ['President', 'PSE'], ['President', 'SYR'],
      ['President', 'UKR'], ['Emir', 'KWT'], ['Monarch', 'OMN'], ['Monarch', 'BHR'], ['Chairman of the Presidential Leadership Council', 'YEM'],
    ];
    for (const [title, of] of offices) expect([of, title, lexicon.holdersOf(title, of, '2025-11-16').length]).toEqual([of, title, 1]);
  });

  it('have a foreign minister for every G20 country', () => {
    const g20 = ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'KOR', 'MEX', 'RUS', 'SAU', 'ZAF', 'TUR', 'GBR', 'USA'];
    for (const day of ['2016-06-01', '2020-06-01', '2024-06-01']) {
      for (const of of g20) expect([of, day, lexicon.holdersOf('Foreign Minister', of, day).length]).toEqual([of, day, 1]);
    }
    expect(holder('Foreign Minister', 'JPN', '2025-11-16')).toEqual(['toshimitsu-motegi']);
    expect(holder('Foreign Minister', 'ITA', '2017-06-01')).toEqual(['angelino-alfano']);
  });

  it('have Israeli national security advisers and more spokespeople', () => {
    expect(holder('National Security Adviser', 'ISR', '2015-01-01')).toEqual(['yossi-cohen']);
    expect(lexicon.holdersOf('National Security Adviser', 'ISR', '2016-06-01').map((h) => [h.holder.id, h.qualifier])).toEqual([['yaakov-nagel', 'acting']]);
    expect(holder('National Security Adviser', 'ISR', '2019-01-01')).toEqual(['meir-ben-shabbat']);
    expect(holder('Spokesperson', 'russia-foreign-ministry', '2014-01-01')).toEqual(['alexander-lukashevich']);
    expect(holder('Spokesperson', 'us-nsc', '2023-06-01')).toEqual(['adrienne-watson']);
    expect(holder('Press Secretary', 'white-house', '2025-11-16')).toEqual(['karoline-leavitt']);
  });
});

describe('title table', () => {
  it('gives every word for an office to one office only', () => {
    const owner = new Map<string, string>();
    for (const definition of lexicon.titles.definitions) {
      for (const word of [definition.title, ...definition.synonyms]) {
        const key = aliasKey(word);
        expect([word, owner.get(key) ?? definition.title]).toEqual([word, definition.title]);
        owner.set(key, definition.title);
      }
    }
    expect(holder('ambassador to the UN', 'USA', '2022-01-01')).toEqual(['linda-thomas-greenfield']);
  });
});
