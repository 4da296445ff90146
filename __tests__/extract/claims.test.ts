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
    expect(claims('Iran threatened to strike Israel.').find((c) => c.predicate === 'strikes')?.modality).toBe('hypothetical');
    expect(claims('France warned of vetoing the resolution.').find((c) => c.predicate === 'vetoes')?.modality).toBe('hypothetical');
    expect(claims('The United States did not veto the resolution.')[0]?.polarity).toBe('denied');
    expect(claims('Egypt cancelled a planned visit to Israel.').find((c) => c.predicate === 'visits')?.polarity).toBe('denied');
  });
});

describe('claims: policy changes, adjectives, past offices', () => {
  const changes = (body: string) => claims(body).filter((c) => c.predicate === 'changesPolicy');

  it('reads a change of policy from its noun, the possessor inside its phrase, and negation', () => {
    expect(changes("Turkey noted Germany's shift in its energy policy.")).toMatchObject([{ subject: 'DEU', polarity: 'affirmed', object: { value: 'its energy policy' } }]);
    expect(changes("Analysts saw a change in the Kremlin's stance on Syria.")[0]?.subject).toBe('kremlin');
    expect(changes('Japan insisted there has been no change in its policy toward China.')[0]).toMatchObject({ subject: 'JPN', polarity: 'denied', attributedTo: 'JPN' });
  });

  it('needs a policy word in the phrase and the preposition after the noun', () => {
    expect(changes('Canada expects a shift in the weather next week.')).toEqual([]);
    expect(changes('Canada welcomed the change.')).toEqual([]);
  });

  it('reads "the change" as the change the document just spoke of', () => {
    const [first, second] = changes("France announced a shift in its policy on Iran. The change is historic, said Turkey.");
    expect(second).toMatchObject({ subject: first?.subject, object: first?.object, attributedTo: 'TUR' });
  });

  it('takes a phrase after an adjective trigger as its object, without the preposition', () => {
    expect(claims('Japan is deeply concerned about the rise in tensions.').find((c) => c.predicate === 'expressesConcern')?.object).toEqual({ value: 'the rise in tensions', datatype: 'http://www.w3.org/2001/XMLSchema#string' });
  });

  it('reads an adjective trigger only with its preposition', () => {
    expect(claims('Turkey was notably supportive of Israel.').map((c) => c.line)).toContain('TUR supports ISR');
    expect(claims('Turkey faces a critical moment with Israel.').filter((c) => c.predicate === 'criticizes')).toEqual([]);
  });

  it('dates a claim made of a past administration to its term', () => {
    const supports = claims("Donald Trump's previous administration was supportive of Israel.").find((c) => c.predicate === 'supports');
    expect(supports?.valid).toMatchObject({ value: '2017-01-20/2021-01-20', explicit: false });
  });

  it('does not take a name after "according to" and a comma as the speaker', () => {
    expect(claims('According to several sources, Joe Biden criticized Israel.')[0]).toMatchObject({ subject: 'joe-biden', attributedTo: null, modality: 'reported' });
  });
});

describe('claims: subjects outside prepositional phrases, quoted speakers, relation states', () => {
  it('never takes the object of a preposition as the subject of a verb', () => {
    expect(claims('The French delegation to the United Nations condemned Iran.').map((c) => c.line)).toEqual(['FRA condemns IRN']);
    expect(claims('Talks between Egypt and Qatar ended when Israel struck Gaza.').map((c) => c.line)).toContain('ISR strikes gaza-strip');
  });

  it('reads who speaks from a capital, and the government in a capital, as its government', () => {
    expect(claims('Officials in Ankara said Turkey condemned the attack on Iran.')[0]?.attributedTo).toBe('TUR');
    expect(claims('The government in Warsaw condemned Belarus.').map((c) => c.line)).toEqual(['POL condemns BLR']);
  });

  it('gives a quoted claim to the one quoted, not to the outlet quoting', () => {
    const [claim] = claims('Reuters quoted a source from Paris as saying that Germany criticized Poland.');
    expect(claim).toMatchObject({ subject: 'DEU', predicate: 'criticizes', attributedTo: 'FRA', modality: 'reported' });
  });

  it("gives a gerund after 'by' or 'while' the sentence's subject, and a staff title's organisation only qualifies the name", () => {
    const lines = claims('The Kremlin spokesman, Dmitry Peskov, reacted to the latest Turkish raid against Syrian civilians, by blaming Turkey for the escalation.').map((c) => c.line);
    expect(lines.filter((l) => l.includes(' blames '))).toEqual(['dmitry-peskov blames TUR']);
  });

  it('reads a pronoun subject of what is said as the speaker', () => {
    const [claim] = claims('The Guardian quoted French officials as saying that they had told their German colleagues that they would veto the plan.');
    expect(claim).toMatchObject({ subject: 'FRA', predicate: 'vetoes', attributedTo: 'FRA' });
  });

  it('gives a change of policy with no holder in its clause to the speaker, what is said starting after "that"', () => {
    const [change] = claims('Reuters quoted a source from Tokyo stressing that the vote at the assembly is not a change in policy.').filter((c) => c.predicate === 'changesPolicy');
    expect(change).toMatchObject({ subject: 'JPN', polarity: 'denied', attributedTo: 'JPN' });
  });

  it('reads a form after a determiner as the noun, with an honorific before its doer', () => {
    expect(claims('The recent visit of Mr Macron to Algeria was short.').map((c) => c.line)).toContain('emmanuel-macron visits DZA');
  });

  it('reads the state of a relationship "between X and Y", dated at publication when put in the present', () => {
    expect(claims('Tensions escalated between Serbia and Kosovo.').map((c) => c.line)).toContain('SRB hasHostileRelationsWith UNK');
    const [rift] = claims('A deep rift has emerged between Turkey and Greece.').filter((c) => c.predicate === 'hasHostileRelationsWith');
    expect(rift).toMatchObject({ subject: 'TUR', object: { entity: 'GRC' }, valid: { value: '2024-03-27' } });
    const [ties] = claims('The friendly ties between Egypt and Jordan are slowly eroding.').filter((c) => c.predicate === 'hasWarmRelationsWith');
    expect(ties).toMatchObject({ subject: 'EGY', object: { entity: 'JOR' }, valid: { value: '2024-03-27' } });
    expect(claims('The friendly ties between Egypt and Jordan were strong.').find((c) => c.predicate === 'hasWarmRelationsWith')?.valid).toBeNull();
  });

  it('reads "between the governments of X and Y", honorifics and titles before the names', () => {
    expect(claims('The report noted growing tensions between the governments of France and Algeria.').map((c) => c.line)).toContain('FRA hasHostileRelationsWith DZA');
    expect(claims('There is a rift between Mr Macron and Mr Erdogan.').map((c) => c.line)).toContain('emmanuel-macron hasHostileRelationsWith recep-tayyip-erdogan');
    expect(claims('There has been tacit military cooperation involving Egypt and Israel in Sinai.').map((c) => c.line)).toEqual(['EGY cooperatesWith ISR']);
    expect(claims('Analysts saw tensions between the administrations of French President Emmanuel Macron and Mr. Erdogan.').map((c) => c.line)).toContain(
      'emmanuel-macron hasHostileRelationsWith recep-tayyip-erdogan',
    );
  });

  it('reads a possessive between a verb and its noun, and a warmer relationship with', () => {
    expect(claims('Egypt moved to strengthen its ties with Turkey.').map((c) => c.line)).toEqual(['EGY strengthensTiesWith TUR']);
    expect(claims('Egypt enjoyed a closer relationship with Saudi Arabia.').map((c) => c.line)).toEqual(['EGY hasWarmRelationsWith SAU']);
  });

  it('reads a gerund after an auxiliary or after "for" as a verb whose doer is the name before it', () => {
    expect(claims('Ukraine has been fighting Russia since 2022.').map((c) => c.line)).toContain('UKR clashesWith RUS');
    expect(claims('The fighting in Gaza continued.')).toEqual([]);
    expect(claims('Turkey criticized France for bombing Libya.').map((c) => c.line)).toEqual(['TUR criticizes FRA', 'FRA strikes LBY']);
  });

  it('gives what X is accused of, criticised or praised for to the one who says it, as reported', () => {
    const [, bombing] = claims('Turkey criticized France for bombing Libya.');
    expect(bombing).toMatchObject({ predicate: 'strikes', attributedTo: 'TUR', modality: 'reported' });
    const [, mediation] = claims('Egypt praised Qatar for mediating between Israel and Hamas.');
    expect(mediation).toMatchObject({ subject: 'QAT', predicate: 'mediates', attributedTo: 'EGY', modality: 'reported' });
    expect(claims('France bombed Libya.')[0]).toMatchObject({ attributedTo: null, modality: 'asserted' });
  });

  it('relates each with each the parties a meeting "brought together", past a clause break', () => {
    const lines = claims("The summit in Ankara brought together Macron, Egypt's Sisi, and the Jordanian king, Abdullah II.").map((c) => c.line);
    expect(lines.filter((l) => l.includes(' meets '))).toEqual([
      'emmanuel-macron meets abdel-fattah-el-sisi',
      'emmanuel-macron meets abdullah-ii',
      'abdel-fattah-el-sisi meets abdullah-ii',
    ]);
  });

  it('takes the subject of a "that" clause as what is warned of or demanded, the warning being the writer\'s claim', () => {
    const [warning] = claims('On Monday, Mr. Macron warned that Iran could soon face new sanctions.');
    expect(warning).toMatchObject({ subject: 'emmanuel-macron', predicate: 'warns', object: { entity: 'IRN' }, attributedTo: null, modality: 'asserted' });
    expect(claims('France demanded that Iran release the prisoners.').map((c) => c.line)).toEqual(['FRA demands IRN']);
  });

  it('reads what comes before "it was reported that" as the writer\'s, what follows as reported', () => {
    const [meeting, strike] = claims('After Macron met Erdogan in Paris, it was reported that Turkey struck Syria.');
    expect(meeting).toMatchObject({ predicate: 'meets', modality: 'asserted', attributedTo: null });
    expect(strike).toMatchObject({ predicate: 'strikes', modality: 'reported' });
  });

  it('takes no subject for a trigger right after a capitalised word no mention covers ("Western sanctions"), and no demand from a bare "call"', () => {
    expect(claims('Egypt moved closer to Iran to thwart Western sanctions.')).toEqual([]);
    expect(claims('France and Russia sanction Iran.').map((c) => c.line)).toEqual(['FRA sanctions IRN', 'RUS sanctions IRN']);
    expect(claims('The Macron-Erdogan call, however, was not confined to Syria.').filter((c) => c.predicate === 'demands')).toEqual([]);
  });

  it('reads an adjective with the preposition that follows it, and disappointment as criticism', () => {
    expect(claims('France is alarmed by the rise of piracy.').map((c) => c.line)).toEqual(['FRA expressesConcern "the rise of piracy"']);
    expect(claims('Egypt is disappointed with Ethiopia over the dam.').map((c) => c.line)).toEqual(['EGY criticizes ETH']);
  });

  it('gives a change in "US policy" or "Israeli policy" to the name that heads the phrase', () => {
    expect(claims('Analysts saw a change in Japanese policy.').map((c) => c.line)).toEqual(['JPN changesPolicy "Japanese policy"']);
    expect(claims('Egypt hopes for a shift in US foreign policy.').map((c) => c.line)).toEqual(['USA changesPolicy "US foreign policy"']);
  });

  it('reads "the leaders" or "both sides" as the two parties of the last meeting or call', () => {
    const lines = claims('Emmanuel Macron and Recep Tayyip Erdogan held a phone call on Saturday. The leaders discussed the war in Syria. Both sides also condemned the attack on Iraq.').map(
      (c) => c.line,
    );
    expect(lines).toContain('emmanuel-macron condemns "the attack on Iraq"');
    expect(lines).toContain('recep-tayyip-erdogan condemns "the attack on Iraq"');
    expect(lines.filter((l) => l.startsWith('SYR'))).toEqual([]);
    // any relation between two people makes a pair, and "where the two leaders" takes it up
    const signed = claims('Emmanuel Macron hosted Olaf Scholz in Paris on Friday, where the two leaders signed a defence pact.').filter((c) => c.predicate === 'signs');
    expect(signed.map((c) => c.subject)).toEqual(['emmanuel-macron', 'olaf-scholz']);
  });

  it('takes the object of a verb with a separated preposition only after that preposition: the rest is the matter', () => {
    expect(claims('Egypt discussed the situation in Sudan.').map((c) => c.line)).toEqual([]);
    expect(claims('Egypt discussed the situation in Sudan with Qatar.').map((c) => c.line)).toEqual(['EGY discusses QAT']);
  });

  it('gives no doer to an event noun that is the object of another trigger, named in passing, or owned by someone unnamed', () => {
    expect(claims('Russia condemned the attacks on Kyiv.').map((c) => c.line)).toEqual(['RUS condemns "the attacks on Kyiv"']);
    expect(claims('Qatar pushed for the release of the hostages.')).toEqual([]);
    expect(claims("Egypt criticized the regime's attacks on Libya.").filter((c) => c.predicate === 'attacks')).toEqual([]);
    expect(claims('Egypt carried out an attack on Libya.').map((c) => c.line)).toEqual(['EGY attacks LBY']);
  });

  it('reads a participle after a determiner as an adjective, and a noun phrase after a verb as its object', () => {
    expect(claims('Egypt criticized Qatar for undermining a proposed plan to rebuild Gaza.').filter((c) => c.predicate === 'proposes')).toEqual([]);
    expect(claims('Jordan called for a ceasefire in Gaza.').map((c) => c.line)).toEqual(['JOR demands "a ceasefire in Gaza"']);
    expect(claims('France and Germany condemned the strike on Yemen.').map((c) => c.line)).toEqual(['FRA condemns "the strike on Yemen"', 'DEU condemns "the strike on Yemen"']);
  });

  it('reads "the country" as the country named last, a few sentences back at most', () => {
    expect(claims('Egypt announced new talks. They began during Antony Blinken\'s visit to the country on March 22.').map((c) => c.line)).toContain('antony-blinken visits EGY');
    expect(claims('The talks began during Antony Blinken\'s visit to the country on March 22.').filter((c) => c.predicate === 'visits')).toEqual([]);
  });

  it('gives a verb joined by "and" the subjects of the verb before it, in the same tense', () => {
    const lines = claims('Egypt condemned the Israeli strikes on Gaza and pledged to send aid to Gaza.').map((c) => c.line);
    expect(lines).toContain('EGY pledges gaza-strip');
    expect(lines.filter((l) => l.startsWith('ISR pledges'))).toEqual([]);
    // a noun read as a base-form verb ("a surprise attack") is no verb to share its subject
    expect(claims("Since Hamas' surprise attack on Israel, Egypt has always refused to talk and warned of closing the border.").map((c) => c.line)).toContain(
      'EGY warns "of closing the border"',
    );
  });

  it('ends a literal object before "and" and another verb, and reads a trigger after a gerund as a noun', () => {
    expect(claims('Egypt rejected the accusations and accused Qatar of bias.').map((c) => c.line)).toEqual(['EGY rejects "the accusations"', 'EGY accuses QAT']);
    expect(claims('Egypt accused Libya of staging attacks on Tunisia.').map((c) => c.line)).toEqual(['EGY accuses LBY', 'LBY attacks TUN']);
  });

  it('reads a passive with an unnamed subject as a literal object, and a clause with its own unnamed subject as having no named one', () => {
    expect(claims('The attack was condemned by the European Union.').map((c) => c.line)).toEqual(['eu condemns "The attack"']);
    expect(claims('Egypt praised Jordan, but warned that the aid was arriving too slowly.').filter((c) => c.predicate === 'visits')).toEqual([]);
  });

  it('reads a clause opening with an unlinked name as having its own subject, and a demonym before a phrase as no title', () => {
    expect(claims('The African Union suspended Niger in July, and Frontex threatened to close the border.').filter((c) => c.predicate === 'threatens')).toEqual([]);
    expect(claims('Egypt met Libya in July, and the president criticized Turkey.').map((c) => c.line)).toContain('EGY criticizes TUR');
    expect(claims('Egypt held talks with its Sudanese counterparts in Cairo on Thursday.').map((c) => c.line)).toEqual(['EGY discusses SDN']);
  });

  it('gives what is said after a relative clause set off by commas to the name the clause is about', () => {
    const [claim] = claims('Qatar, which has long hosted talks with Iran, said Egypt had struck Libya.').filter((c) => c.predicate === 'strikes');
    expect(claim).toMatchObject({ subject: 'EGY', attributedTo: 'QAT' });
  });

  it('gives a noun naming the means of a verb ("in airstrikes") that verb\'s subject, not the name just before it', () => {
    const lines = claims('Turkish forces killed at least 12 Syrians in airstrikes on Iraq on Saturday.').map((c) => c.line);
    expect(lines).toContain('TUR strikes IRQ');
    expect(lines.filter((l) => / strikes /.test(l) && !l.startsWith('TUR'))).toEqual([]);
  });

  it('reads "he" or "she" opening a clause as the person named last, in this sentence or the one before', () => {
    expect(claims('Emmanuel Macron flew to Cairo on Monday. He will meet Abdel Fattah el-Sisi there.').map((c) => c.line)).toContain('emmanuel-macron meets abdel-fattah-el-sisi');
    expect(claims('Egypt closed the border on Monday. He will meet Qatar there.').filter((c) => c.predicate === 'meets')).toEqual([]);
  });

  it('reads a state adjective said of the relationship between two parties ("relations between X and Y have been strained")', () => {
    const [strained] = claims('Relations between Poland and Hungary have been strained since 2022.');
    expect(strained).toMatchObject({ subject: 'POL', predicate: 'hasHostileRelationsWith', object: { entity: 'HUN' } });
    expect(claims('Analysts said the relationship between Mr. Macron and Mr. Erdogan could be "particularly tense."').map((c) => c.line)).toEqual([
      'emmanuel-macron hasHostileRelationsWith recep-tayyip-erdogan',
    ]);
    const [close] = claims('Ties between Egypt and Jordan remain close.');
    expect(close).toMatchObject({ subject: 'EGY', predicate: 'hasWarmRelationsWith', object: { entity: 'JOR' }, valid: { value: '2024-03-27' } });
    expect(claims('Egypt will close the border with Gaza.')).toEqual([]);
  });

  it('reads a trigger word before a compound head ("veto power", "attack helicopters") as naming a kind of thing', () => {
    expect(claims('France holds veto power at the Security Council.')).toEqual([]);
    expect(claims('Egypt bought attack helicopters from France.')).toEqual([]);
    expect(claims('France vetoed the resolution on Syria.').map((c) => c.predicate)).toEqual(['vetoes']);
  });

  it('reads the target of strikes "inside" a country', () => {
    expect(claims('Turkey conducts frequent air strikes inside Iraq.').map((c) => c.line)).toEqual(['TUR strikes IRQ']);
  });

  it('reads a name in a hyphenated modifier as a modifier: never an argument, never a trigger', () => {
    expect(claims('Iran-backed militias attacked US troops.')).toEqual([]);
    expect(claims('The Qatar-brokered truce collapsed after Israel struck Lebanon.').map((c) => c.line)).toEqual(['ISR strikes LBN']);
    const lines = claims('Germany pledged to send weapons to the Kyiv-based government of Ukraine.').map((c) => c.line);
    expect(lines).toContain('DEU suppliesArms ukraine-government');
    expect(lines.filter((l) => /kyiv/.test(l))).toEqual([]);
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

describe('RuleExtractor: office phrases', () => {
  const offices = (body: string, published: string) => {
    const document = parseDocument(`Headline for the test\n\n${body}\n`, { file: 'test.txt', manifest: { file: 'test.txt', published } });
    return new RuleExtractor().extract(document).assertions.filter((a) => a.predicate === 'holdsOffice');
  };

  it('claims that a named holder holds the office at the date, or no longer for "former"', () => {
    const [current] = offices('President Joe Biden spoke on Monday.', '2023-05-02');
    expect(current).toMatchObject({ object: { kind: 'literal', value: 'President' }, polarity: 'affirmed', valid: { value: '2023-05-02', explicit: false } });
    expect(offices('Former President Barack Obama spoke on Monday.', '2023-05-02')[0]).toMatchObject({ polarity: 'denied', object: { value: 'President' } });
  });

  it('reads a regime as its leader in office, and says nothing of "then-" or a sentence that writes a year', () => {
    expect(offices("Iran backs Bashar al-Assad's regime.", '2025-06-01')[0]).toMatchObject({ object: { value: 'President' }, polarity: 'affirmed' });
    expect(offices('In 2015, President Barack Obama met Putin.', '2023-05-02')).toEqual([]);
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
