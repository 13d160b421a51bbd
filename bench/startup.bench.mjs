// Cold start of `aifin --version` against a bare `node -e 0` in the same run, alternating so that a busy machine
// slows both alike. Goal: the CLI's median at most 1.3× node's.

import { runNode } from './support/measure.mjs';
import { CLI, requireBuilt } from './support/paths.mjs';
import { report } from './support/report.mjs';
import { median } from './support/stats.mjs';

const RUNS = 25;
const GOAL_RATIO = 1.3;

requireBuilt(CLI);
const version = runNode([CLI, '--version']).stdout.trim();
if (!version) throw new Error('aifin --version printed nothing');

const cli = [];
const bare = [];
for (let i = 0; i < RUNS; i++) {
  cli.push(runNode([CLI, '--version']).ms);
  bare.push(runNode(['-e', '0']).ms);
}

const cliMedian = median(cli);
const bareMedian = median(bare);
const ratio = cliMedian / bareMedian;
const goal = `goal ≤ ${GOAL_RATIO}×`;
report('startup', [
  {
    command: `aifin --version (${version})`,
    runs: RUNS,
    'median ms': cliMedian,
    'min ms': Math.min(...cli),
    [goal]: '',
  },
  { command: 'node -e 0', runs: RUNS, 'median ms': bareMedian, 'min ms': Math.min(...bare), [goal]: '' },
  {
    command: 'ratio aifin ÷ node',
    runs: '',
    'median ms': ratio,
    'min ms': Math.min(...cli) / Math.min(...bare),
    [goal]: ratio <= GOAL_RATIO ? 'met' : 'not met',
  },
]);
