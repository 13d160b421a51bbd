import { lstat, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temporary directory, removed after the test. */
export const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'aifin-cli-'));
  made.push(dir);
  return dir;
};

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Every file under a directory (dotfiles included, so a left-over temp file shows) with its contents, or null
 * when the directory does not exist: compare two snapshots to prove nothing was created, changed or removed.
 */
export const snapshotDir = async (dir: string): Promise<Readonly<Record<string, string>> | null> => {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return null;
  }
  const snapshot: Record<string, string> = {};
  for (const entry of entries.sort()) {
    const path = join(dir, entry);
    const stats = await lstat(path);
    // Reading a FIFO would block: only regular files are read; anything else is recorded by its kind.
    snapshot[relative(dir, path)] = stats.isFile()
      ? (await readFile(path)).toString('base64')
      : stats.isDirectory()
        ? '(directory)'
        : stats.isSymbolicLink()
          ? `(link to ${await readlink(path)})`
          : '(special file)';
  }
  return snapshot;
};
