import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { userErrors } from '@aifin/core';
import { writeFileAtomic } from './atomic-write.js';

/** Codes that mean the output directory is off limits: the user's choice of `--out`, not a bug. */
const NOT_PERMITTED = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Creates the output directory when missing and writes each file atomically. A directory the user may not write
 * to becomes a one-line user error naming `--out`.
 * @example await writeFiles('out', process.cwd(), new Map([['/abs/out/aifin-base.csv', text]]))
 */
export const writeFiles = async (
  outDir: string,
  cwd: string,
  files: ReadonlyMap<string, string | Uint8Array>,
): Promise<void> => {
  try {
    await mkdir(resolve(cwd, outDir), { recursive: true });
    for (const [path, data] of files) await writeFileAtomic(path, data);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw NOT_PERMITTED.has(code) ? userErrors.outDirNotWritable(outDir, code) : error;
  }
};
