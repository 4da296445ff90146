import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/corpus';
import type { Document } from '../../src/model/document';

const root = join(__dirname, '..', '..');
export const corpusDir = join(root, 'examples', 'corpus');

/** The `documents` section of the gold file. */
export interface GoldDocument {
  file: string;
  title: string | null;
  outlet: string | null;
  published: { value: string; earliest: string; latest: string; basis: string };
  boilerplate: string[];
}

export const gold: GoldDocument[] = JSON.parse(readFileSync(join(root, '__tests__', 'fixtures', 'seeds.gold.json'), 'utf8')).documents;

/** Each real corpus file parsed, with its gold entry. */
export const parsed: Array<{ gold: GoldDocument; doc: Document }> = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const entry = gold.find((g) => g.file === name);
    if (!entry) throw new Error(`no gold entry for ${name}`);
    return { gold: entry, doc: parseDocument(readFileSync(join(corpusDir, name), 'utf8'), { file: join(corpusDir, name) }) };
  });

/** The trimmed non-blank lines of a text. */
export const linesOf = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter(Boolean);
