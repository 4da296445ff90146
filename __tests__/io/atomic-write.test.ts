import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src';

describe('writeFileAtomic', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'cg-atomic-'));

  it('replaces the file only when writing succeeded', async () => {
    const d = dir();
    const file = join(d, 'out.ttl');
    await writeFileAtomic(file, async (out) => void out.write('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['out.ttl']);
  });

  it('keeps the old file and leaves no temporary file when writing fails midway', async () => {
    const d = dir();
    const file = join(d, 'out.ttl');
    writeFileSync(file, 'old');
    await expect(
      writeFileAtomic(file, async (out) => {
        out.write('half of it');
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['out.ttl']);
  });

  it('rejects, not crashes, when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir(), 'missing', 'out.ttl'), async (out) => void out.write('x'))).rejects.toThrow(/ENOENT/);
  });
});
