import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { afterEach } from 'vitest';

const mounted: string[] = [];

/**
 * Mounts a tiny tmpfs at `dir` (created if missing): the honest way to fill a disk or make it read-only. Needs
 * root, which CI has (.ci/run runs as root); unmounted after the test, before the temp directory is removed.
 * @example await mountTmpfs(join(dir, 'full'), 'size=64k')
 */
export const mountTmpfs = async (dir: string, options: string): Promise<void> => {
  await mkdir(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  mounted.push(dir);
};

afterEach(() => {
  for (const dir of mounted.splice(0).reverse()) execFileSync('umount', [dir]);
});
