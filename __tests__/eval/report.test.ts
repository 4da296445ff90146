import { evaluate } from '../../src/eval/evaluate';
import { formatEvalJson, formatEvalReport } from '../../src/eval/report';
import { formatTable } from '../../src/eval/table';
import { document, entity, gold, goldDocument, goldEntity, result, wd } from './fixture';

const theGold = gold(
  [goldDocument('a.txt', '2024-05', '2024-05-29', '2024-11-05'), goldDocument('b.txt'), goldDocument('gone.txt')],
  [
    goldEntity('putin', 'Person', 'Q7747', ['Vladimir Putin', 'Putin'], ['a.txt', 'b.txt']),
    goldEntity('kremlin', 'GovernmentBody', null, ['the Kremlin'], ['b.txt']),
    goldEntity('gaza_war', 'Event', null, ['Gaza war'], ['a.txt']),
  ],
);
const theResult = result(
  [
    document('corpus/a.txt', { value: '2024-05-29/2024-11-05', earliest: '2024-05-29', latest: '2024-11-05', basis: 'content' }),
    document('corpus/b.txt'),
    document('corpus/extra.txt'),
  ],
  [
    entity('P1', 'Putin', [['corpus/a.txt', 'Putin'], ['corpus/b.txt', 'Putin']], { sameAs: [wd('Q7747')] }),
    entity('P2', 'Gaza war', [['corpus/b.txt', 'Gaza war']], { kind: 'Event' }),
    entity('P3', 'Biden', [['corpus/a.txt', 'Biden'], ['corpus/a.txt', 'Mr. Biden']]),
  ],
);

describe('formatTable', () => {
  it('aligns columns, rules the header, trims line ends', () => {
    expect(formatTable([['type', 'recall', 'note'], ['Person', '0.750', ''], ['Báo Quốc Tế', '1.000', 'x']], { align: ['left', 'right'] })).toBe(
      'type         recall  note\n' + '-----------  ------  ----\n' + 'Person        0.750\n' + 'Báo Quốc Tế   1.000  x\n',
    );
  });
});

describe('evaluate', () => {
  it('combines the document match, entity linking and publication scores', () => {
    const report = evaluate(theResult, theGold, { types: ['Person', 'GovernmentBody'] });
    expect(report.documents).toEqual({ scored: ['a.txt', 'b.txt'], goldOnly: ['gone.txt'], predictedOnly: ['extra.txt'] });
    expect(report.entityLinking).toMatchObject({ goldPairs: 3, foundPairs: 2, predictedPairs: 3, correctPairs: 2, ignoredPairs: 1 });
    expect(report.publication).toMatchObject({ documents: 2, known: 1, overlapping: 1, covering: 1, exact: 0 });
  });
});

describe('formatEvalReport', () => {
  const report = evaluate(theResult, theGold);
  const text = formatEvalReport(report);

  it('prints the entity linking table, overall then recall by type', () => {
    expect(text).toContain(
      [
        'Entity linking: (document, entity) pairs in 2 documents, all types',
        'type            gold  found  recall  predicted  correct  precision     F1',
        '--------------  ----  -----  ------  ---------  -------  ---------  -----',
        'all                4      2   0.500          4        2      0.500  0.500',
        'Event              1      0   0.000',
        'GovernmentBody     1      0   0.000',
        'Person             2      2   1.000',
        '',
      ].join('\n'),
    );
  });

  it('notes the documents only one side has', () => {
    expect(text.startsWith('note: not scored, missing from the result: gone.txt\nnote: not scored, not in the gold: extra.txt\n\nEntity linking:')).toBe(true);
  });

  it('lists missed and spurious pairs, or only the figures', () => {
    expect(text).toContain(
      [
        'Missed gold pairs (2)',
        'document  type            gold id   label',
        '--------  --------------  --------  -----------',
        'a.txt     Event           gaza_war  Gaza war',
        'b.txt     GovernmentBody  kremlin   the Kremlin',
        '',
        'Spurious predicted pairs (2)',
        'document  kind    predicted id  label     mentions',
        '--------  ------  ------------  --------  -----------------',
        'a.txt     Person  P3            Biden     Biden | Mr. Biden',
        'b.txt     Event   P2            Gaza war  Gaza war',
        '',
      ].join('\n'),
    );
    expect(formatEvalReport(report, { limit: 1 })).toContain('a.txt     Event  gaza_war  Gaza war\n… and 1 more (all are in --json)\n');
    expect(formatEvalReport(report, { details: false })).not.toContain('Missed');
  });

  it('prints the publication table', () => {
    expect(text).toContain(
      [
        'Publication date: 2 documents, 1 dated, 1 overlap the gold date, 1 cover the gold window, 0 exact',
        'document  gold        gold window            predicted              predicted window       basis    days  overlaps  covers  exact',
        '--------  ----------  ---------------------  ---------------------  ---------------------  -------  ----  --------  ------  -----',
        'a.txt     2024-05     2024-05-29/2024-11-05  2024-05-29/2024-11-05  2024-05-29/2024-11-05  content   161  yes       yes     no',
        'b.txt     2024-03-27  2024-03-27/2024-03-27  -                      -                      unknown     -  no        no      no',
        '',
      ].join('\n'),
    );
  });

  it('notes ignored pairs and types no gold entity has', () => {
    const restricted = formatEvalReport(evaluate(theResult, theGold, { types: ['Person', 'Persn'] }));
    expect(restricted).toContain('pairs in 2 documents, types Persn, Person\n');
    expect(restricted).toContain('note: 1 predicted pair matching only gold entities of other types ignored\nnote: no gold entity has type Persn\n');
  });
});

describe('formatEvalJson', () => {
  it('is the report itself, indented, ending in a newline', () => {
    const report = evaluate(theResult, theGold);
    const json = formatEvalJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });
});
