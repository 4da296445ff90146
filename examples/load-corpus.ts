/**
 * Loads the bundled corpus and prints, for each article, its headline, outlet,
 * publication date with the basis it rests on, and what was set aside as boilerplate.
 *
 *   npm run example:load-corpus
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src';

async function main(): Promise<void> {
  const { documents, errors } = await loadCorpus(relative(process.cwd(), fileURLToPath(new URL('corpus', import.meta.url))));
  for (const doc of documents) {
    const date = doc.published.time?.value ?? 'unknown';
    console.log(`${doc.id}\n  title:     ${doc.title ?? '(none)'}`);
    if (doc.outlet) console.log(`  outlet:    ${doc.outlet}`);
    console.log(`  published: ${date} (${doc.published.basis}) — ${doc.published.note}`);
    console.log(`  sentences: ${doc.sentences.length}; boilerplate lines set aside: ${doc.removed.length}`);
    for (const line of doc.removed.slice(0, 4)) console.log(`    [${line.reason}] ${line.text}`);
    if (doc.removed.length > 4) console.log(`    … and ${doc.removed.length - 4} more`);
  }
  for (const error of errors) console.error(error.message);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
