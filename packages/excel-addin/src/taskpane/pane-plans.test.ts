import {
  ANALYSIS_SHEETS,
  BUILTIN_FACT_SET,
  BUILTIN_SCENARIOS,
  type Scenario,
  WHAT_IF_NAME,
  type WorkbookPlan,
  whatIfScenario,
  withHorizon,
} from '@aifin/core';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../analysis/analysis-protocol.js';
import { runJob } from '../analysis/run-job.js';
import { analysisJob } from './analysis-job.js';
import { BUILTINS } from './app-state.js';
import { analysisPlan, modelPlan, type PaneChoice, whatIfPlan } from './pane-plans.js';

const effective = withHorizon(BUILTIN_SCENARIOS.bull, 8);
const choice: PaneChoice = {
  scenarios: BUILTINS,
  effective,
  included: new Set(['Checks'] as const),
  facts: BUILTIN_FACT_SET,
};

function sheetNames(plan: WorkbookPlan): string[] {
  return plan.sheets.map((sheet) => sheet.name);
}

describe('the plans the pane builds', () => {
  it('Build model: every scenario, the chosen one live at the chosen horizon, only the ticked optional sheets', () => {
    const plan = modelPlan(choice);
    expect(plan.selectedScenario).toBe('bull');
    expect(plan.years.at(-1)).toBe(2025 + 8);
    expect(sheetNames(plan)).toContain('Checks');
    expect(sheetNames(plan)).not.toContain('Cover');
  });

  it('Build this: the what-if column beside the others, live; an imported file of that name gives way', () => {
    const whatIf = whatIfScenario(effective, { growthFade: 0.3 });
    const clash: Scenario = { ...BUILTIN_SCENARIOS.base, name: WHAT_IF_NAME };
    // Two columns of one name would make the plan throw: the imported file must have given way.
    const plan = whatIfPlan({ ...choice, scenarios: [...BUILTINS, clash] }, whatIf);
    expect(plan.selectedScenario).toBe(WHAT_IF_NAME);
    expect(plan.years.at(-1)).toBe(2025 + 8);
    expect(() => modelPlan({ ...choice, scenarios: [...BUILTINS, clash, whatIf] })).toThrow(WHAT_IF_NAME);
  });

  it('Build with analysis sheets: adds the Scenarios, Sensitivity and Risk sheets', async () => {
    const result: AnalysisResult = await runJob(analysisJob(effective, 200, 1, BUILTIN_FACT_SET), () => {});
    const plan = analysisPlan(choice, effective, result);
    expect(plan.selectedScenario).toBe('bull');
    expect(sheetNames(modelPlan(choice))).not.toContain('Risk');
    for (const sheet of ANALYSIS_SHEETS) expect(sheetNames(plan)).toContain(sheet);
  });
});
