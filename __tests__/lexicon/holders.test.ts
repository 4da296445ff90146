import { defaultLexicon } from '../../src/lexicon';

const lexicon = defaultLexicon();
const holder = (title: string, of: string, day: string): string[] => lexicon.holdersOf(title, of, day).map((h) => h.holder.id);

describe('Lexicon.holdersOf across term changes', () => {
  it('Prime Minister of Israel, 2021–2023', () => {
    expect(holder('Prime Minister', 'ISR', '2021-06-01')).toEqual(['benjamin-netanyahu']);
    expect(holder('Prime Minister', 'ISR', '2021-07-01')).toEqual(['naftali-bennett']);
    expect(holder('Prime Minister', 'ISR', '2022-08-10')).toEqual(['yair-lapid']);
    expect(lexicon.holdersOf('Prime Minister', 'ISR', '2022-08-10')[0]?.qualifier).toBe('interim');
    expect(holder('Prime Minister', 'ISR', '2023-01-15')).toEqual(['benjamin-netanyahu']);
  });

  it('gives the incoming holder on a handover day', () => {
    expect(holder('Prime Minister', 'ISR', '2021-06-13')).toEqual(['naftali-bennett']);
    expect(holder('President', 'USA', '2021-01-20')).toEqual(['joe-biden']);
  });

  it('President of the United States around 2021 and 2025', () => {
    expect(holder('President', 'USA', '2021-01-19')).toEqual(['donald-trump']);
    expect(holder('President', 'USA', '2021-01-21')).toEqual(['joe-biden']);
    expect(holder('President', 'USA', '2025-01-21')).toEqual(['donald-trump']);
  });

  it("Iran's president: acting in June 2024, elected by August", () => {
    const june = lexicon.holdersOf('President', 'IRN', '2024-06-15');
    expect(june.map((h) => [h.holder.id, h.qualifier])).toEqual([['mohammad-mokhber', 'acting']]);
    expect(holder('President', 'IRN', '2024-05-01')).toEqual(['ebrahim-raisi']);
    expect(holder('President', 'IRN', '2024-08-15')).toEqual(['masoud-pezeshkian']);
  });

  it("UK Prime Minister through 2022's changes", () => {
    expect(holder('Prime Minister', 'GBR', '2022-08-01')).toEqual(['boris-johnson']);
    expect(holder('Prime Minister', 'GBR', '2022-10-01')).toEqual(['liz-truss']);
    expect(holder('Prime Minister', 'GBR', '2022-11-01')).toEqual(['rishi-sunak']);
    expect(holder('Prime Minister', 'GBR', '2024-07-10')).toEqual(['keir-starmer']);
  });

  it('matches titles through synonyms', () => {
    expect(holder('PM', 'ISR', '2022-08-10')).toEqual(['yair-lapid']);
    expect(holder('premier', 'CHN', '2024-01-01')).toEqual(['li-qiang']);
    expect(holder('Secretary of State', 'USA', '2022-03-01')).toEqual(['antony-blinken']);
    expect(holder('foreign minister', 'USA', '2022-03-01')).toEqual(['antony-blinken']);
    expect(holder('defense minister', 'ISR', '2024-06-01')).toEqual(['yoav-gallant']);
    expect(holder('Foreign Secretary', 'GBR', '2024-01-01')).toEqual(['david-cameron']);
  });

  it('answers for spokespeople, organisations and armed groups', () => {
    expect(holder('spokeswoman', 'russia-foreign-ministry', '2023-03-01')).toEqual(['maria-zakharova']);
    expect(holder('Press Secretary', 'kremlin', '2022-03-01')).toEqual(['dmitry-peskov']);
    expect(holder('Secretary-General', 'un', '2016-06-01')).toEqual(['ban-ki-moon']);
    expect(holder('Secretary-General', 'un', '2017-06-01')).toEqual(['antonio-guterres']);
    expect(holder('Secretary-General', 'hezbollah', '2024-11-15')).toEqual(['naim-qassem']);
    expect(holder('Head of the Political Bureau', 'hamas', '2024-09-01')).toEqual(['yahya-sinwar']);
    expect(holder('National Security Adviser', 'USA', '2023-05-01')).toEqual(['jake-sullivan']);
  });

  it('returns nobody before records, in a vacancy, or after the last date vouched for', () => {
    expect(holder('President', 'LBN', '2023-06-01')).toEqual([]);
    expect(holder('Prime Minister', 'ISR', '2030-01-01')).toEqual([]);
  });

  it('extends stillHeld terms only on request', () => {
    const later = lexicon.holdersOf('President', 'RUS', '2030-01-01', { assumeStillHeld: true });
    expect(later.map((h) => h.holder.id)).toEqual(['vladimir-putin']);
    expect(later[0]?.stillHeld).toBe(true);
  });

  it('flags days in an imprecise edge of a term as uncertain', () => {
    const [gallant, ...rest] = lexicon.holdersOf('Defence Minister', 'ISR', '2024-11-15');
    expect(rest.length + 1).toBe(2);
    expect(gallant?.certain).toBe(false);
  });
});

describe('Lexicon.rolesOf', () => {
  it("lists a person's offices, optionally on a day", () => {
    const lapid = lexicon.rolesOf('yair-lapid');
    expect(lapid.map((r) => r.canonicalTitle)).toEqual(['Alternate Prime Minister', 'Foreign Minister', 'Prime Minister']);
    expect(lexicon.rolesOf('yair-lapid', '2022-01-01').map((r) => r.title)).toEqual(['Alternate Prime Minister', 'Foreign Minister']);
    expect(lexicon.rolesOf('nobody')).toEqual([]);
  });

  it('includes dated memberships of countries', () => {
    expect(lexicon.rolesOf('FIN', '2022-06-01').some((r) => r.of === 'nato')).toBe(false);
    expect(lexicon.rolesOf('FIN', '2023-06-01').some((r) => r.of === 'nato')).toBe(true);
    expect(lexicon.rolesOf('GBR', '2021-01-01').some((r) => r.of === 'eu')).toBe(false);
  });
});
