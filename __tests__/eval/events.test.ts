import { GoldError } from '../../src/errors';
import { evaluate } from '../../src/eval/evaluate';
import { scoreEvents } from '../../src/eval/events';
import { formatEvalReport } from '../../src/eval/report';
import { assertion, document, entity, gold, goldDocument, goldEntity, result, span, wd } from './fixture';

const A = 'Putin met Trump in Moscow on Monday. Biden criticized Putin. The Kremlin said Russia will strike Kyiv. Israel killed 45 people.';
const B = 'The US denied any change in policy. The US voted at the UN.';
const texts = new Map([
  ['corpus/a.txt', A],
  ['/elsewhere/b.txt', B],
]);

const entities = [
  goldEntity('putin', 'Person', 'Q7747', ['Vladimir Putin', 'Putin'], ['a.txt']),
  goldEntity('trump', 'Person', 'Q22686', ['Donald Trump', 'Trump'], ['a.txt']),
  goldEntity('biden', 'Person', null, ['Joe Biden', 'Biden'], ['a.txt']),
  goldEntity('kremlin', 'GovernmentBody', null, ['the Kremlin'], ['a.txt']),
  goldEntity('russia', 'Country', null, ['Russia'], ['a.txt']),
  goldEntity('kyiv', 'Place', null, ['Kyiv'], ['a.txt']),
  goldEntity('israel', 'Country', null, ['Israel'], ['a.txt']),
  goldEntity('united_states', 'Country', null, ['United States', 'the US'], ['b.txt']),
];

type EventInput = { id: string; doc: string; evidence: string; subject: string; object: string | number } & Record<string, unknown>;
const event = (e: EventInput) => ({ predicate: 'relates', date: null, modality: 'asserted', attributedTo: null, ...e });

const events = [
  event({ id: 'e_meet', doc: 'a.txt', evidence: 'Putin met Trump', subject: 'putin', object: 'trump', date: '2024-03' }),
  event({ id: 'e_crit', doc: 'a.txt', evidence: 'Biden criticized Putin', subject: 'biden', object: 'putin', date: '2024-03-25' }),
  event({ id: 'e_strike', doc: 'a.txt', evidence: 'Russia will strike Kyiv', subject: 'russia', object: 'kyiv', modality: 'planned', attributedTo: 'kremlin' }),
  event({ id: 'e_kill', doc: 'a.txt', evidence: 'Israel killed 45 people', subject: 'israel', object: '45 people', date: '2024' }),
  event({ id: 'e_ghost', doc: 'a.txt', evidence: 'Putin met Biden', subject: 'putin', object: 'biden' }),
  event({
    id: 'e_deny',
    doc: 'b.txt',
    evidence: 'The US denied any change in policy',
    subject: 'united_states',
    object: 'US policy at the UN',
    date: '2024-03-25',
    modality: 'denied',
    attributedTo: 'united_states',
  }),
  event({ id: 'e_vote', doc: 'b.txt', evidence: 'The US voted at the UN', subject: 'united_states', object: 'UN vote' }),
  // a document without text, and one the result does not have: not scored
  event({ id: 'e_c', doc: 'c.txt', evidence: 'anything', subject: 'putin', object: 'trump' }),
  event({ id: 'e_gone', doc: 'gone.txt', evidence: 'anything', subject: 'putin', object: 'trump' }),
];

const theGold = gold([goldDocument('a.txt'), goldDocument('b.txt'), goldDocument('c.txt'), goldDocument('gone.txt')], entities, events);

const predictedEntities = [
  entity('P_putin', 'Vladimir Putin', [['corpus/a.txt', 'Putin']], { sameAs: [wd('Q7747')] }),
  entity('P_trump', 'Donald Trump', [['corpus/a.txt', 'Trump']], { sameAs: [wd('Q22686')] }),
  // no label match: named by its mention text in a.txt
  entity('P_biden', 'Mr X', [['corpus/a.txt', 'Biden']]),
  entity('P_kremlin', 'Kremlin', [['corpus/a.txt', 'The Kremlin']], { kind: 'GovernmentBody' }),
  entity('P_russia', 'Russia', [['corpus/a.txt', 'Russia']], { kind: 'Country' }),
  entity('P_kyiv', 'Kyiv', [['corpus/a.txt', 'Kyiv']], { kind: 'Place' }),
  entity('P_israel', 'Israel', [['corpus/a.txt', 'Israel']], { kind: 'Country' }),
  entity('P_us', 'United States', [['/elsewhere/b.txt', 'The US']], { kind: 'Country' }),
];

const a = 'corpus/a.txt';
const b = '/elsewhere/b.txt';
const literal45 = { value: '45', datatype: 'http://www.w3.org/2001/XMLSchema#integer' };
const crit = span(A, 'Biden criticized Putin');

const assertions = [
  // 0: finds e_meet in the other order, overlapping only "met Trump"; all three judgements right
  assertion(a, span(A, 'met Trump in Moscow'), 'P_trump', 'meets', 'P_putin', { id: 'A1', valid: { value: '2024-03-25' } }),
  // 1: finds e_meet too, earlier, but its date is wrong ('2024' for gold '2024-03'): not the one judged
  assertion(a, span(A, 'Putin met'), 'P_putin', 'meets', 'P_trump', { id: 'A2', valid: { value: '2024' } }),
  // 2: right arguments for e_crit but its span ends where the gold span starts: no overlap
  assertion(a, { start: crit.start - 5, end: crit.start, text: A.slice(crit.start - 5, crit.start) }, 'P_biden', 'criticizes', 'P_putin', { id: 'A3' }),
  // 3: finds e_kill (literal gold object: only the subject counts); modality wrong
  assertion(a, span(A, 'killed 45'), 'P_israel', 'kills', literal45, { id: 'A4', valid: { value: '2024-05-26' }, modality: 'reported' }),
  // 4: same span, wrong subject: finds nothing
  assertion(a, span(A, 'killed 45'), 'P_putin', 'kills', literal45, { id: 'A5' }),
  // 5: finds e_strike, speaker matched by name ("The Kremlin" ~ "the Kremlin"); gold undated
  assertion(a, span(A, 'Russia will strike Kyiv'), 'P_russia', 'strikes', 'P_kyiv', { id: 'A6', modality: 'planned', attributedTo: 'P_kremlin' }),
  // 6: a subject that is not among the result's entities matches nothing
  assertion(a, crit, 'urn:nowhere', 'criticizes', 'P_putin', { id: 'A7' }),
  // 7: finds e_deny; date too coarse, speaker wrong, denial right
  assertion(b, span(B, 'denied any change'), 'P_us', 'changesPolicy', 'urn:policy', {
    id: 'A8',
    valid: { value: '2024-03' },
    modality: 'reported',
    polarity: 'denied',
    attributedTo: 'P_putin',
  }),
  // not scored: a document without text, and one the gold does not have
  assertion('corpus/c.txt', { start: 0, end: 8, text: 'anything' }, 'P_putin', 'meets', 'P_trump'),
  assertion('corpus/extra.txt', { start: 0, end: 8, text: 'anything' }, 'P_putin', 'meets', 'P_trump'),
];

const theResult = result([document(a), document(b), document('corpus/c.txt'), document('corpus/extra.txt')], predictedEntities, assertions);

describe('scoreEvents', () => {
  const score = scoreEvents(theResult, theGold, { texts });

  it('counts found gold events and correct assertions in the documents with a text', () => {
    expect(score).toMatchObject({
      status: 'scored',
      documents: 2,
      withoutText: ['c.txt'],
      goldEvents: 6,
      foundEvents: 4,
      assertions: 8,
      correctAssertions: 5,
    });
    expect(score.recall).toBe(4 / 6);
    expect(score.precision).toBe(5 / 8);
    expect(score.f1).toBeCloseTo(20 / 31, 12);
  });

  it('finds by overlap and linked arguments in either order, or the subject alone for a literal object', () => {
    expect(score.found.map((e) => [e.id, e.assertions, e.best.id])).toEqual([
      ['e_meet', 2, 'A1'],
      ['e_strike', 1, 'A6'],
      ['e_kill', 1, 'A4'],
      ['e_deny', 1, 'A8'],
    ]);
    expect(score.missed.map((e) => e.id)).toEqual(['e_crit', 'e_vote']);
    expect(score.missed[0]).toEqual({ id: 'e_crit', document: 'a.txt', subject: 'biden', predicate: 'relates', object: 'putin', evidence: 'Biden criticized Putin' });
  });

  it('reports gold evidence missing from the text as unlocatable, neither found nor missed', () => {
    expect(score.unlocatable).toEqual([{ id: 'e_ghost', document: 'a.txt', evidence: 'Putin met Biden' }]);
  });

  it('lists the assertions that find nothing, by document and evidence start', () => {
    expect(score.spurious.map((s) => [s.document, s.id, s.predicate, s.subject, s.subjectLabel])).toEqual([
      ['a.txt', 'A3', 'criticizes', 'P_biden', 'Mr X'],
      ['a.txt', 'A7', 'criticizes', 'urn:nowhere', null],
      ['a.txt', 'A5', 'kills', 'P_putin', 'Vladimir Putin'],
    ]);
  });

  it('judges date, attribution and modality of the best assertion of each found event', () => {
    expect(score.date).toEqual({ scored: 3, correct: 2, accuracy: 2 / 3 });
    expect(score.attribution).toEqual({ scored: 4, correct: 3, accuracy: 3 / 4 });
    expect(score.modality).toEqual({ scored: 4, correct: 3, accuracy: 3 / 4 });
    const found = (id: string) => score.found.find((e) => e.id === id)!;
    expect(found('e_meet')).toMatchObject({
      date: { gold: '2024-03', predicted: '2024-03-25', correct: true },
      attribution: { gold: null, predicted: null, correct: true },
      modality: { gold: 'asserted', predicted: 'asserted', polarity: 'affirmed', correct: true },
    });
    expect(found('e_strike')).toMatchObject({ date: null, attribution: { gold: 'kremlin', predicted: 'P_kremlin', correct: true } });
    expect(found('e_kill')).toMatchObject({ date: { gold: '2024', predicted: '2024-05-26', correct: true }, modality: { correct: false } });
    expect(found('e_deny')).toMatchObject({
      date: { gold: '2024-03-25', predicted: '2024-03', correct: false },
      attribution: { gold: 'united_states', predicted: 'P_putin', correct: false },
      modality: { gold: 'denied', predicted: 'reported', polarity: 'denied', correct: true },
    });
    expect(found('e_meet').best).toEqual({ id: 'A1', predicate: 'meets', evidence: span(A, 'met Trump in Moscow') });
  });

  it('gives recall and precision per document', () => {
    expect(score.byDocument).toEqual([
      { document: 'a.txt', goldEvents: 4, foundEvents: 3, recall: 3 / 4, assertions: 7, correctAssertions: 4, precision: 4 / 7 },
      { document: 'b.txt', goldEvents: 2, foundEvents: 1, recall: 1 / 2, assertions: 1, correctAssertions: 1, precision: 1 },
    ]);
  });
});

describe('scoreEvents rules, one at a time', () => {
  const T = 'Netanyahu met Putin. Netanyahu met Putin again.';
  const g = (extra: Record<string, unknown>, subject = 'netanyahu', object: string | number = 'putin') =>
    gold(
      [goldDocument('t.txt')],
      [goldEntity('netanyahu', 'Person', 'Q43723', ['Benjamin Netanyahu', 'Netanyahu'], ['t.txt']), goldEntity('putin', 'Person', 'Q7747', ['Putin'], ['t.txt'])],
      [event({ id: 'e', doc: 't.txt', evidence: 'Netanyahu met Putin', subject, object, ...extra })],
    );
  const ents = [
    entity('N', 'Netanyahu', [['t.txt', 'Netanyahu']], { sameAs: [wd('Q43723')] }),
    // a wrong QID: does not match Putin, whatever the name
    entity('W', 'Putin', [['t.txt', 'Putin']], { sameAs: [wd('Q1')] }),
    entity('P', 'Putin', [['t.txt', 'Putin']]),
  ];
  const first = span(T, 'Netanyahu met Putin');
  const run = (gold: ReturnType<typeof g>, ...list: ReturnType<typeof assertion>[]) => scoreEvents(result([document('t.txt')], ents, list), gold, { texts: new Map([['t.txt', T]]) });
  const one = (gold: ReturnType<typeof g>, extra: Parameters<typeof assertion>[5], subject = 'N', object = 'P') => run(gold, assertion('t.txt', first, subject, 'meets', object, extra));

  it('needs an overlap of at least one character', () => {
    const touching = { start: first.end, end: first.end + 1, text: '.' };
    expect(run(g({}), assertion('t.txt', touching, 'N', 'meets', 'P')).foundEvents).toBe(0);
    const oneChar = { start: first.end - 1, end: first.end, text: 'n' };
    expect(run(g({}), assertion('t.txt', oneChar, 'N', 'meets', 'P')).foundEvents).toBe(1);
    // the same words further on are another span
    expect(run(g({}), assertion('t.txt', span(T, 'Netanyahu met Putin', 1), 'N', 'meets', 'P')).foundEvents).toBe(0);
  });

  it('matches arguments by QID when both sides have one, in either order, and needs both entity arguments', () => {
    expect(one(g({}), {}, 'P', 'N').foundEvents).toBe(1);
    expect(one(g({}), {}, 'N', 'W').foundEvents).toBe(0);
    expect(one(g({}), {}, 'N', 'N').foundEvents).toBe(0);
    expect(one(g({}), {}, 'N', 'urn:elsewhere').foundEvents).toBe(0);
  });

  it('for a literal gold object compares only the subject, in its place; for a literal subject only the object', () => {
    expect(one(g({}, 'netanyahu', 'a meeting'), {}, 'N', 'W').foundEvents).toBe(1);
    expect(one(g({}, 'netanyahu', 7), {}, 'N', 'urn:x').foundEvents).toBe(1);
    expect(one(g({}, 'netanyahu', 'a meeting'), {}, 'P', 'N').foundEvents).toBe(0);
    expect(one(g({}, 'a meeting', 'putin'), {}, 'N', 'P').foundEvents).toBe(1);
    expect(one(g({}, 'a meeting', 'putin'), {}, 'P', 'N').foundEvents).toBe(0);
    expect(one(g({}, 'a meeting', 'a place'), {}, 'urn:x', 'urn:y').foundEvents).toBe(1);
  });

  it('cuts the predicted date to the length of the gold date', () => {
    const date = (gold: string | null, valid: string | null) => one(g({ date: gold }), { valid: valid === null ? null : { value: valid } }).date;
    expect(date('2024-03', '2024-03-25')).toEqual({ scored: 1, correct: 1, accuracy: 1 });
    expect(date('2024-03-25', '2024-03')).toEqual({ scored: 1, correct: 0, accuracy: 0 });
    expect(date('2024-03-25', '2024-03-25/2024-03-31')).toMatchObject({ correct: 1 });
    expect(date('2024', '2023-12-31')).toMatchObject({ correct: 0 });
    expect(date('2024-03', null)).toMatchObject({ scored: 1, correct: 0 });
    expect(date(null, '2024-03-25')).toEqual({ scored: 0, correct: 0, accuracy: 0 });
    expect(date('unknown', '2024-03-25')).toEqual({ scored: 0, correct: 0, accuracy: 0 });
  });

  it('judges attribution: both null, the same entity, or wrong', () => {
    const attribution = (gold: string | null, predicted: string | null) => one(g({ attributedTo: gold }), { attributedTo: predicted }).attribution.correct;
    expect(attribution(null, null)).toBe(1);
    expect(attribution('putin', 'P')).toBe(1);
    expect(attribution('putin', 'W')).toBe(0);
    expect(attribution('putin', null)).toBe(0);
    expect(attribution(null, 'P')).toBe(0);
    expect(attribution('putin', 'urn:unknown')).toBe(0);
  });

  it('judges a gold denial by polarity, any other modality by modality with an affirmed polarity', () => {
    const modality = (gold: string, extra: Parameters<typeof assertion>[5]) => one(g({ modality: gold }), extra).modality.correct;
    expect(modality('denied', { polarity: 'denied', modality: 'reported' })).toBe(1);
    expect(modality('denied', { polarity: 'affirmed' })).toBe(0);
    expect(modality('reported', { modality: 'reported' })).toBe(1);
    expect(modality('reported', { modality: 'asserted' })).toBe(0);
    expect(modality('asserted', { polarity: 'denied' })).toBe(0);
  });

  it('judges the assertion with the most right, then the earliest start, then the first given', () => {
    const gold = g({ date: '2024-03', attributedTo: 'putin' });
    const late = { start: first.start + 4, end: first.end, text: T.slice(first.start + 4, first.end) };
    const twoRight = assertion('t.txt', late, 'N', 'meets', 'P', { id: 'late', valid: { value: '2024-03' }, attributedTo: 'P' });
    const oneRight = assertion('t.txt', first, 'N', 'meets', 'P', { id: 'early' });
    expect(run(gold, oneRight, twoRight).found[0]).toMatchObject({ assertions: 2, best: { id: 'late' } });
    const tie = assertion('t.txt', late, 'N', 'meets', 'P', { id: 'late' });
    expect(run(gold, tie, oneRight).found[0]?.best.id).toBe('early');
    const twin = assertion('t.txt', first, 'P', 'meets', 'N', { id: 'twin' });
    expect(run(gold, twin, oneRight).found[0]?.best.id).toBe('twin');
  });

  it('counts an assertion that finds several events once for precision', () => {
    const two = gold(
      [goldDocument('t.txt')],
      [goldEntity('netanyahu', 'Person', 'Q43723', ['Netanyahu'], ['t.txt']), goldEntity('putin', 'Person', 'Q7747', ['Putin'], ['t.txt'])],
      [
        event({ id: 'e1', doc: 't.txt', evidence: 'Netanyahu met Putin', subject: 'netanyahu', object: 'putin' }),
        event({ id: 'e2', doc: 't.txt', evidence: 'met Putin again', subject: 'putin', object: 'netanyahu' }),
      ],
    );
    const wide = { start: 0, end: T.length, text: T };
    const s = run(two, assertion('t.txt', wide, 'N', 'meets', 'P'), assertion('t.txt', wide, 'N', 'meets', 'W'));
    expect(s).toMatchObject({ goldEvents: 2, foundEvents: 2, assertions: 2, correctAssertions: 1, precision: 1 / 2, recall: 1 });
  });

  it('does not score a result without assertions, or without texts', () => {
    const noAssertions = scoreEvents(result([document('t.txt')], ents), g({}), { texts: new Map([['t.txt', T]]) });
    expect(noAssertions).toMatchObject({ status: 'no assertions', goldEvents: 0, assertions: 0, found: [], missed: [] });
    expect(scoreEvents(result([document('t.txt')], ents, []), g({})).status).toBe('no texts');
    expect(scoreEvents(result([document('t.txt')], ents, []), g({}), { texts: new Map([['t.txt', T]]) })).toMatchObject({
      status: 'scored',
      goldEvents: 1,
      assertions: 0,
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  it('fails naming the field of a gold event it cannot read', () => {
    const bad = gold([goldDocument('t.txt')], [], [{ id: 'e', doc: 't.txt', subject: 'x', predicate: 'p', object: 'y', modality: 'asserted' }]);
    const call = () => scoreEvents(result([document('t.txt')], [], []), bad, { texts: new Map() });
    expect(call).toThrow(GoldError);
    expect(call).toThrow(expect.objectContaining({ field: 'events[0].evidence', message: expect.stringMatching(/^scoreEvents: events\[0\]\.evidence: /) }));
    const elsewhere = gold([goldDocument('t.txt')], [], [event({ id: 'e', doc: 'u.txt', evidence: 'x', subject: 'x', object: 'y' })]);
    expect(() => scoreEvents(result([], [], []), elsewhere, { texts: new Map() })).toThrow('scoreEvents: events[0].doc: "u.txt" is not one of the gold documents');
    const twice = gold([goldDocument('t.txt')], [], [event({ id: 'e', doc: 't.txt', evidence: 'x', subject: 'x', object: 'y' }), event({ id: 'e', doc: 't.txt', evidence: 'x', subject: 'x', object: 'y' })]);
    expect(() => scoreEvents(result([], [], []), twice, { texts: new Map() })).toThrow('scoreEvents: events[1].id: "e" is used twice');
  });
});

describe('the events section of the report', () => {
  it('prints the events table, the accuracies, the notes and the lists', () => {
    const text = formatEvalReport(evaluate(theResult, theGold, { texts }));
    expect(text).toContain(
      [
        'Events: gold events found by assertions in 2 documents',
        'document  gold  found  recall  assertions  correct  precision     F1',
        '--------  ----  -----  ------  ----------  -------  ---------  -----',
        'all          6      4   0.667           8        5      0.625  0.645',
        'a.txt        4      3   0.750           7        4      0.571',
        'b.txt        2      1   0.500           1        1      1.000',
        '',
        'on found events  judged  correct  accuracy',
        '---------------  ------  -------  --------',
        'date                  3        2     0.667',
        'attribution           4        3     0.750',
        'modality              4        3     0.750',
        'note: not scored, no text given: c.txt',
        'note: gold event e_ghost not scored: its evidence is not in a.txt: "Putin met Biden"',
        '',
        'Missed gold events (2)',
        'document  gold id  evidence',
        '--------  -------  ----------------------',
        'a.txt     e_crit   Biden criticized Putin',
        'b.txt     e_vote   The US voted at the UN',
        '',
        'Spurious assertions (3)',
        'document  predicate   subject         evidence',
        '--------  ----------  --------------  ----------------------',
        'a.txt     criticizes  Mr X            day.',
        'a.txt     criticizes  urn:nowhere     Biden criticized Putin',
        'a.txt     kills       Vladimir Putin  killed 45',
        '',
      ].join('\n'),
    );
    expect(text.endsWith('killed 45\n')).toBe(true);
    expect(formatEvalReport(evaluate(theResult, theGold, { texts }), { details: false })).not.toContain('Missed gold events');
  });

  it('says why events were not scored', () => {
    expect(formatEvalReport(evaluate(result([document(a)]), theGold, { texts }))).toContain('\nEvents: not scored: the result has no assertions\n');
    expect(formatEvalReport(evaluate(theResult, theGold))).toContain('\nEvents: not scored: no document texts were given to locate the gold evidence in\n');
  });
});
