/**
 * Extracts the claims of the bundled corpus: for each article, its first dated,
 * attributed assertions — who did or said what to whom, when, according to whom, and how.
 *
 *   npm run example:extract-claims
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, loadCorpus } from '../src';

async function main(): Promise<void> {
  const { documents } = await loadCorpus(relative(process.cwd(), fileURLToPath(new URL('corpus', import.meta.url))));
  const result = extract(documents);
  const label = new Map(result.entities.map((e) => [e.id, e.label]));
  for (const doc of result.documents) {
    const claims = result.assertions.filter((a) => a.document === doc.id);
    console.log(`${doc.id}  ${claims.length} claims`);
    for (const a of claims.slice(0, 5)) {
      const object = typeof a.object === 'string' ? label.get(a.object) : `"${a.object.value}"${a.object.qualifier && a.object.qualifier !== 'exactly' ? ` (${a.object.qualifier})` : ''}`;
      const how = [a.modality, a.polarity === 'denied' ? 'denied' : '', a.attributedTo ? `according to ${label.get(a.attributedTo)}` : ''].filter(Boolean).join(', ');
      console.log(`  ${label.get(a.subject)} —${a.predicate}→ ${object}  [valid ${a.valid?.value ?? 'unknown'}; ${how}]`);
      console.log(`      "${a.evidence.text.length > 110 ? `${a.evidence.text.slice(0, 107)}…` : a.evidence.text}"`);
    }
  }
  console.log(`\n${result.assertions.length} assertions in all.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
