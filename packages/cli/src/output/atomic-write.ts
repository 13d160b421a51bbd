import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old file or the whole new one, never a partial write: the data
 * goes to a temporary file in the same directory (same file system, so the rename is atomic), then replaces the
 * target. The temporary file is removed when anything fails.
 * @example await writeFileAtomic('out/aifin-base.csv', text)
 */
export const writeFileAtomic = async (path: string, data: string | Uint8Array): Promise<void> => {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
};
