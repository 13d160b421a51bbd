import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { msSince } from './stats.mjs';

const PRELOAD = fileURLToPath(new URL('./max-rss.cjs', import.meta.url));

/**
 * Runs `node ...args` to completion and returns its wall time (ms, spawn to exit, as a user waits for it) and, with
 * `rss: true`, its own peak RSS (MB) through a preload; start-up timings leave the preload out. Throws with the
 * child's output when it fails, so a broken build never reads as a fast one.
 */
export const runNode = (args, options = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'aifin-bench-rss-'));
  const rssFile = join(dir, 'max-rss');
  try {
    const env = { ...process.env, NO_COLOR: '1', ...options.env };
    if (options.rss) env.BENCH_MAX_RSS_FILE = rssFile;
    const preload = options.rss ? ['--require', PRELOAD] : [];
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [...preload, ...args], {
      cwd: options.cwd,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = msSince(start);
    if (result.status !== 0)
      throw new Error(
        `node ${args.join(' ')} exited with ${result.status}:\n${result.stdout}${result.stderr}`,
      );
    const maxRssMb = options.rss ? Number(readFileSync(rssFile, 'utf8')) / 1024 : null;
    return { ms, maxRssMb, stdout: result.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
