import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const codeOf = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/**
 * Creates `path` and any missing parents one level at a time, and returns the first directory it created (undefined
 * when `path` already was one), as `mkdirSync(path, { recursive: true })` does. It does not use that: Node's
 * recursive creation reports any failure below a missing parent as ENOENT, so a new `--out` on a read-only or full
 * file system read "a directory on the path does not exist". Here each level is made on its own and the error that
 * stops it is the system's own (EROFS, ENOSPC, EACCES, ENOTDIR). A directory another process makes meanwhile is
 * taken as it is.
 * @example makeDirectory('/srv/reports/2026') // "/srv/reports" when only /srv existed
 */
export function makeDirectory(path: string): string | undefined {
  const missing: string[] = [];
  // A stat that fails for another reason than absence (EACCES on a parent, ELOOP) is the real cause: thrown as is.
  for (let dir = path; statSync(dir, { throwIfNoEntry: false }) === undefined; dir = dirname(dir)) {
    missing.push(dir);
    if (dirname(dir) === dir) break;
  }
  let first: string | undefined;
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
      first ??= dir;
    } catch (error) {
      if (codeOf(error) !== 'EEXIST' || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw error;
    }
  }
  return first;
}
