/**
 * Links the entities of the bundled corpus and dates each article from what it
 * presupposes: prints, per article, its publication window with the constraints it rests
 * on (and any conflicting ones), then the entities it mentions most.
 *
 *   npm run example:link-entities
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, loadCorpus } from '../src';

async function main(): Promise<void> {
  const { documents } = await loadCorpus(relative(process.cwd(), fileURLToPath(new URL('corpus', import.meta.url))));
  const result = extract(documents);
  for (const doc of result.documents) {
    const { value, basis, constraints, conflicts } = doc.published;
    console.log(`${doc.id}  published ${value ?? 'unknown'} (${basis})`);
    for (const c of constraints) console.log(`    because "${c.text}": ${c.reason}`);
    for (const c of conflicts) console.log(`    CONFLICT "${c.text}": ${c.reason}`);
    const mentioned = result.entities
      .map((e) => ({ e, n: e.mentions.filter((m) => m.document === doc.id).length }))
      .filter(({ n }) => n > 0)
      .sort((a, b) => b.n - a.n || a.e.label.localeCompare(b.e.label));
    const shown = mentioned.slice(0, 8).map(({ e, n }) => `${e.label}${e.provisional ? '*' : ''} ×${n}`);
    console.log(`  ${mentioned.length} entities: ${shown.join(', ')}${mentioned.length > 8 ? ', …' : ''}\n`);
  }
  const provisional = result.entities.filter((e) => e.provisional);
  console.log(`${result.entities.length} entities in all; ${provisional.length} provisional (*: not in the lexicon, kind guessed):`);
  console.log(`  ${provisional.map((e) => `${e.label} (${e.kind})`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
