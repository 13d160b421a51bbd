import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AifinError } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { writeFiles } from './write-files.js';

describe('writeFiles', () => {
  it('creates the output directory and writes every file', async () => {
    const dir = await tempDir();
    const out = join(dir, 'a', 'b');
    const files = new Map<string, string | Uint8Array>([
      [join(out, 'x.csv'), 'x'],
      [join(out, 'y.json'), Buffer.from('{}')],
    ]);
    await writeFiles('a/b', dir, files);
    expect(await readFile(join(out, 'x.csv'), 'utf8')).toBe('x');
    expect(await readFile(join(out, 'y.json'), 'utf8')).toBe('{}');
  });

  it('names --out when the directory may not be written, even by root (/sys is read-only)', async () => {
    const error = await writeFiles('/sys/aifin-test', '/', new Map([['/sys/aifin-test/x.csv', 'x']])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AifinError);
    expect((error as AifinError).code).toBe('OUTPUT_INVALID');
    expect((error as Error).message).toMatch(
      /^out = "\/sys\/aifin-test": cannot write there \(E(PERM|ACCES|ROFS)\)$/,
    );
  });
});
