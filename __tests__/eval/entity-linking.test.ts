import { scoreEntityLinking } from '../../src/eval/entity-linking';
import { document, entity, gold, goldDocument, goldEntity, result, wd } from './fixture';

// Two gold documents; the result names them by path and has a third the gold does not know.
const theGold = gold(
  [goldDocument('a.txt'), goldDocument('b.txt')],
  [
    goldEntity('putin', 'Person', 'Q7747', ['Vladimir Putin', 'Putin'], ['a.txt', 'b.txt']),
    goldEntity('trump', 'Person', 'Q22686', ['Donald Trump', 'Trump'], ['a.txt']),
    goldEntity('kremlin', 'GovernmentBody', null, ['the Kremlin'], ['b.txt']),
    goldEntity('gaza_war', 'Event', null, ['Gaza war', 'the war in Gaza'], ['a.txt']),
    goldEntity('hamas', 'Organization', 'Q38799', ['Hamas'], ['b.txt']),
  ],
);

const theResult = result(
  [document('corpus/a.txt'), document('/abs/path/b.txt'), document('corpus/c.txt')],
  [
    // QID match in both documents, whatever the mention says
    entity('P1', 'Putin', [['corpus/a.txt', 'Putin'], ['/abs/path/b.txt', 'the Russian leader']], { sameAs: [wd('Q7747')] }),
    // no QID: the mention text "Trump's" matches the alias "Trump"
    entity('P2', 'D. Trump', [['corpus/a.txt', 'Trump’s']]),
    // a QID, but the gold has none: the names decide ("The Kremlin" = "the Kremlin")
    entity('P3', 'Kremlin', [['/abs/path/b.txt', 'The Kremlin']], { kind: 'Organization', sameAs: [wd('Q42')] }),
    // both have QIDs and they differ: wrong, though the name is right
    entity('P4', 'Hamas', [['/abs/path/b.txt', 'Hamas']], { kind: 'Organization', sameAs: [wd('Q999')] }),
    // an Event, matched by its alias
    entity('P5', 'War in Gaza', [['corpus/a.txt', 'the war in Gaza']], { kind: 'Event', aliases: ['Gaza war'] }),
    // matches nothing
    entity('P6', 'Biden', [['corpus/a.txt', 'Biden'], ['corpus/a.txt', 'Joe Biden']]),
    // only in a document the gold does not have: not scored
    entity('P7', 'Lapid', [['corpus/c.txt', 'Lapid']]),
    // a gold entity, but not one of this document's
    entity('P8', 'Trump', [['/abs/path/b.txt', 'Trump']], { sameAs: [wd('Q22686')] }),
  ],
);

describe('scoreEntityLinking', () => {
  const score = scoreEntityLinking(theResult, theGold);

  it('counts (document, entity) pairs in the documents both sides have', () => {
    expect(score).toMatchObject({
      types: null,
      unknownTypes: [],
      documents: 2,
      goldPairs: 6,
      foundPairs: 5,
      predictedPairs: 8,
      correctPairs: 5,
      ignoredPairs: 0,
    });
    expect(score.precision).toBe(5 / 8);
    expect(score.recall).toBe(5 / 6);
    expect(score.f1).toBeCloseTo(5 / 7, 12);
  });

  it('matches by QID, by normalised name, by base name of the file, and rejects a conflicting QID', () => {
    expect(score.found.map((p) => [p.document, p.entity, p.predicted])).toEqual([
      ['a.txt', 'gaza_war', ['P5']],
      ['a.txt', 'putin', ['P1']],
      ['a.txt', 'trump', ['P2']],
      ['b.txt', 'kremlin', ['P3']],
      ['b.txt', 'putin', ['P1']],
    ]);
    expect(score.missed).toEqual([{ document: 'b.txt', entity: 'hamas', label: 'Hamas', type: 'Organization' }]);
    expect(score.spurious).toEqual([
      { document: 'a.txt', entity: 'P6', label: 'Biden', kind: 'Person', mentions: ['Biden', 'Joe Biden'] },
      { document: 'b.txt', entity: 'P4', label: 'Hamas', kind: 'Organization', mentions: ['Hamas'] },
      { document: 'b.txt', entity: 'P8', label: 'Trump', kind: 'Person', mentions: ['Trump'] },
    ]);
  });

  it('gives recall by gold type, sorted by type', () => {
    expect(score.byType).toEqual([
      { type: 'Event', goldPairs: 1, foundPairs: 1, recall: 1 },
      { type: 'GovernmentBody', goldPairs: 1, foundPairs: 1, recall: 1 },
      { type: 'Organization', goldPairs: 1, foundPairs: 0, recall: 0 },
      { type: 'Person', goldPairs: 3, foundPairs: 3, recall: 1 },
    ]);
  });

  it('restricted to some types, ignores predictions of the other gold types but still counts unknown ones as spurious', () => {
    const restricted = scoreEntityLinking(theResult, theGold, { types: ['Person', 'Organization', 'GovernmentBody', 'Persn'] });
    expect(restricted).toMatchObject({
      types: ['GovernmentBody', 'Organization', 'Persn', 'Person'],
      unknownTypes: ['Persn'],
      goldPairs: 5,
      foundPairs: 4,
      predictedPairs: 7,
      correctPairs: 4,
      ignoredPairs: 1,
    });
    expect(restricted.precision).toBe(4 / 7);
    expect(restricted.recall).toBe(4 / 5);
    expect(restricted.found.map((p) => p.entity)).not.toContain('gaza_war');
    expect(restricted.spurious.map((p) => p.entity)).toEqual(['P6', 'P4', 'P8']);
    expect(restricted.byType.map((row) => row.type)).toEqual(['GovernmentBody', 'Organization', 'Person']);
  });

  it('ignores a prediction matching an excluded type even when that entity is not in the document', () => {
    const r = result([document('a.txt'), document('b.txt')], [entity('E', 'Gaza war', [['b.txt', 'Gaza war']])]);
    expect(scoreEntityLinking(r, theGold, { types: ['Person'] })).toMatchObject({ predictedPairs: 0, ignoredPairs: 1, precision: 0 });
    expect(scoreEntityLinking(r, theGold)).toMatchObject({ predictedPairs: 1, correctPairs: 0, ignoredPairs: 0 });
  });

  it('names an entity in a document only by its label, aliases and that document’s mentions', () => {
    const r = result(
      [document('a.txt'), document('b.txt')],
      [entity('X', 'Mr X', [['a.txt', 'the man'], ['b.txt', 'Vladimir Putin']])],
    );
    const s = scoreEntityLinking(r, theGold);
    expect(s.found.map((p) => [p.document, p.entity])).toEqual([['b.txt', 'putin']]);
    expect(s.spurious.map((p) => [p.document, p.entity])).toEqual([['a.txt', 'X']]);
  });

  it('lets one prediction find several gold pairs, and several predictions find one, counting each pair once', () => {
    const g = gold(
      [goldDocument('a.txt')],
      [goldEntity('white_house', 'GovernmentBody', null, ['White House', 'the administration'], ['a.txt']), goldEntity('biden_administration', 'GovernmentBody', null, ['the administration'], ['a.txt'])],
    );
    const r = result(
      [document('a.txt')],
      [entity('A', 'The administration', [['a.txt', 'the administration']]), entity('B', 'White House', [['a.txt', 'White House']])],
    );
    const s = scoreEntityLinking(r, g);
    expect(s).toMatchObject({ goldPairs: 2, foundPairs: 2, predictedPairs: 2, correctPairs: 2, precision: 1, recall: 1, f1: 1 });
    expect(s.found.map((p) => [p.entity, p.predicted])).toEqual([
      ['biden_administration', ['A']],
      ['white_house', ['A', 'B']],
    ]);
  });

  it('scores 0, not NaN, when nothing is predicted or nothing is gold', () => {
    expect(scoreEntityLinking(result([document('a.txt')]), theGold)).toMatchObject({ documents: 1, goldPairs: 3, predictedPairs: 0, precision: 0, recall: 0, f1: 0 });
    expect(scoreEntityLinking(result([document('z.txt')]), theGold)).toMatchObject({ documents: 0, goldPairs: 0, precision: 0, recall: 0, f1: 0 });
  });
});
