// 100 scenario files exported to xlsx, csv and json in one CLI process: total wall time and the process's own
// peak RSS (goal < 150 MB), beside a baseline in the same run: ExcelJS writing the same 100 workbooks bare
// (values only) in a separate process. Runs alternate so that a busy machine slows both alike.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './support/measure.mjs';
import { CLI, requireBuilt } from './support/paths.mjs';
import { report } from './support/report.mjs';
import { writeScenarioFiles } from './support/scenario-files.mjs';
import { median } from './support/stats.mjs';

const SCENARIOS = 100;
const RUNS = 3;
const GOAL_MB = 150;
const BASELINE = fileURLToPath(new URL('./support/exceljs-baseline.mjs', import.meta.url));

requireBuilt(CLI);
const work = mkdtempSync(join(tmpdir(), 'aifin-bench-batch-'));
try {
  const scenarios = join(work, 'scenarios');
  writeScenarioFiles(scenarios, SCENARIOS);
  const cliOut = join(work, 'cli');
  const baselineOut = join(work, 'baseline');
  const cliArgs = [CLI, 'export', '--scenarios-dir', scenarios, '--format', 'xlsx,csv,json', '--out', cliOut];

  const cli = [];
  const baseline = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(cliOut, { recursive: true, force: true });
    rmSync(baselineOut, { recursive: true, force: true });
    cli.push(runNode(cliArgs, { rss: true }));
    baseline.push(runNode([BASELINE, scenarios, baselineOut], { rss: true }));
  }

  const cliFiles = readdirSync(cliOut).filter((f) => f.startsWith('aifin-batch-')).length;
  const baselineFiles = readdirSync(baselineOut).length;
  if (cliFiles !== SCENARIOS * 3)
    throw new Error(`the CLI wrote ${cliFiles} files, expected ${SCENARIOS * 3}`);
  if (baselineFiles !== SCENARIOS)
    throw new Error(`the baseline wrote ${baselineFiles} files, expected ${SCENARIOS}`);

  const row = (what, runs, files) => {
    const peak = Math.max(...runs.map((r) => r.maxRssMb));
    return {
      process: what,
      files,
      runs: runs.length,
      'median s': median(runs.map((r) => r.ms)) / 1000,
      'min s': Math.min(...runs.map((r) => r.ms)) / 1000,
      'peak RSS MB (max)': peak,
      'peak RSS MB (median)': median(runs.map((r) => r.maxRssMb)),
      [`goal < ${GOAL_MB} MB`]: what.startsWith('aifin') ? (peak < GOAL_MB ? 'met' : 'not met') : '',
    };
  };
  report('batch', [
    row('aifin export, 100 files → xlsx,csv,json', cli, cliFiles),
    row('baseline: ExcelJS, values only → xlsx', baseline, baselineFiles),
  ]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
