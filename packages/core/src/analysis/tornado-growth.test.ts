import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { inputRanges } from '../scenarios/input-ranges.js';
import { parseMetric } from './metric.js';
import { tornado } from './sensitivity.js';

describe('the base tornado of the funding gap', () => {
  it('ranks a revenue-growth input among its five largest swings, and more growth lowers the gap', () => {
    const base = BUILTIN_SCENARIOS.base;
    const result = tornado(base, parseMetric('fundingGapTotal', base.horizon), inputRanges(base));
    const top = result.bars.slice(0, 5).map((bar) => bar.input);
    const growth = [
      'enterpriseGrowth2026',
      'apiGrowth2026',
      'consumerGrowth2026',
      'growthFade',
      'terminalGrowth',
    ];
    expect(
      top.some((id) => growth.includes(id)),
      top.join(', '),
    ).toBe(true);
    const enterprise = result.bars.find((bar) => bar.input === 'enterpriseGrowth2026');
    expect(enterprise?.changeAtHigh).toBeLessThan(0);
  });
});
