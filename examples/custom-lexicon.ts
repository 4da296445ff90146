/**
 * Brings your own entities and reference facts. A lexicon extension adds an
 * organisation and a person with a dated office (her first term as its Director); an
 * article of 2024 calls her "Former Director". The lexicon alone finds nothing wrong:
 * as far as it knows, she left in 2020. A reference fact of your own — she was
 * reappointed in 2023 — makes the same claim an anachronism, reported with its reason.
 *
 * The extension could equally be a JSON file: `loadLexicon({ extend: 'my-lexicon.json' })`,
 * or `claimgraph extract --lexicon my-lexicon.json` on the command line.
 *
 *   npm run example:custom-lexicon        (or: npx tsx examples/custom-lexicon.ts)
 */
import { buildGraph, contradictions, loadLexicon, parseDocument, parseTimeSpan, type ReferenceFact } from '../src';

const lexicon = loadLexicon({
  extend: [
    { id: 'nordic-water-authority', label: 'Nordic Water Authority', kind: 'Organization', aliases: [{ text: 'NWA', caseSensitive: true }] },
    {
      id: 'mira-solberg',
      label: 'Mira Solberg',
      kind: 'Person',
      roles: [{ title: 'Director', of: 'nordic-water-authority', term: '2016-03-01/2020-02-29' }],
    },
  ],
});

const article = `Reservoir opens on the coast
June 12, 2024
The Nordic Water Authority opened a reservoir near Bergen on Tuesday.
Former Director Mira Solberg said the reservoir would protect the coast for decades.
`;

function main(): void {
  const document = parseDocument(article, { file: 'reservoir.txt' });
  const graph = buildGraph([document], { lexicon });
  const [solberg] = graph.findEntities('Mira Solberg');
  const [authority] = graph.findEntities('NWA');
  if (!solberg || !authority) throw new Error('the lexicon extension was not used');

  console.log(`${document.file}, published ${document.published.time?.value} (${document.published.basis})`);
  console.log(`${solberg.label}: ${solberg.roles.map((r) => `${r.title} of ${graph.entity(r.of ?? '')?.label}, ${r.term?.value}`).join('; ')}`);
  for (const a of graph.assertionsOf(solberg.id)) {
    const object = a.object.kind === 'literal' ? a.object.value : graph.entity(a.object.id)?.label;
    console.log(`  claim: ${solberg.label} ${a.polarity === 'denied' ? 'not ' : ''}${a.predicate} ${object} [valid ${a.valid?.value}] "${a.evidence?.text}"`);
  }

  console.log(`\nWith the lexicon alone: ${contradictions(graph).length} contradictions.`);

  const reference: ReferenceFact[] = [{ entity: solberg.id, role: { title: 'Director', of: authority.id, term: parseTimeSpan('2023-09-01/..') } }];
  const found = contradictions(graph, { reference });
  console.log(`With your reference fact (reappointed 2023-09-01): ${found.length} contradiction(s).`);
  for (const c of found) console.log(`- ${c.kind}, ${c.severity}: ${c.explanation}`);
}

main();
