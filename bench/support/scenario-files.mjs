import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PARENTS = ['bear', 'base', 'bull'];

/**
 * Writes `count` valid scenario files (YAML) into `dir`: every parent, horizons from 1 to 15 and a spread of input
 * overrides, chosen by index so that every run measures the same 100 workbooks.
 */
export const writeScenarioFiles = (dir, count) => {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const name = `batch-${String(i + 1).padStart(3, '0')}`;
    const text = [
      `name: ${name}`,
      `extends: ${PARENTS[i % PARENTS.length]}`,
      `description: Generated for the batch benchmark (${i + 1} of ${count}).`,
      `horizon: ${(i % 15) + 1}`,
      'inputs:',
      `  growthFade: ${(0.1 + (i % 9) * 0.05).toFixed(2)}`,
      `  computePriceRise2026: ${(-0.1 + (i % 7) * 0.05).toFixed(2)}`,
      `  roundShare2026: { value: ${(0.5 + (i % 5) * 0.1).toFixed(2)}, rationale: Varied by the benchmark. }`,
      `  openingCash: ${10 + (i % 11) * 5}`,
      '',
    ].join('\n');
    writeFileSync(join(dir, `${name}.yaml`), text);
  }
};
