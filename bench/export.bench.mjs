// Wall time of `aifin export --scenario base --format xlsx`, as a user waits for it (process start included).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode } from './support/measure.mjs';
import { CLI, requireBuilt } from './support/paths.mjs';
import { report } from './support/report.mjs';
import { median } from './support/stats.mjs';

const RUNS = 7;

requireBuilt(CLI);
const out = mkdtempSync(join(tmpdir(), 'aifin-bench-export-'));
try {
  const args = [CLI, 'export', '--scenario', 'base', '--format', 'xlsx', '--out', out, '--force'];
  runNode(args); // warms the file-system cache, as a user's second run would be
  const runs = Array.from({ length: RUNS }, () => runNode(args, { rss: true }));
  const bytes = statSync(join(out, 'aifin-base.xlsx')).size;
  const ms = runs.map((r) => r.ms);
  report('export', [
    {
      command: 'aifin export --scenario base --format xlsx',
      runs: RUNS,
      'median ms': median(ms),
      'min ms': Math.min(...ms),
      'peak RSS MB': Math.max(...runs.map((r) => r.maxRssMb)),
      'xlsx kB': bytes / 1024,
    },
  ]);
} finally {
  rmSync(out, { recursive: true, force: true });
}
