import {
  BUILTIN_OBSERVATIONS,
  BUILTIN_SCENARIOS,
  OPTIONAL_SHEETS,
  type Scenario,
  WHAT_IF_NAME,
} from '@aifin/core';
import { describe, expect, it } from 'vitest';
import {
  type AppAction,
  type AppState,
  appReducer,
  effectiveScenario,
  horizonError,
  initialAppState,
  observationsOf,
  scenariosOf,
  selectedScenario,
  whatIfOf,
} from './app-state.js';

/** The state after a series of actions from start-up. */
function after(...actions: AppAction[]): AppState {
  return actions.reduce(appReducer, initialAppState());
}

const mine: Scenario = { ...BUILTIN_SCENARIOS.bull, name: 'mine', horizon: 12 };
const observation = BUILTIN_OBSERVATIONS[0];
if (!observation) throw new Error('no built-in observation');

describe('appReducer', () => {
  it('starts on base over its own horizon with every optional sheet and nothing imported', () => {
    const state = initialAppState();
    expect(state.selectedName).toBe('base');
    expect(state.horizonText).toBe(String(BUILTIN_SCENARIOS.base.horizon));
    expect([...state.included]).toEqual([...OPTIONAL_SHEETS]);
    expect([state.imported, state.factFiles, state.whatIf]).toEqual([[], [], {}]);
  });

  it('choosing a scenario shows its horizon and drops the what-if changes; an unknown name changes nothing', () => {
    const moved = after(
      { type: 'horizonTyped', text: '9' },
      { type: 'whatIfChanged', id: 'growthFade', value: 0.3 },
    );
    const state = appReducer(moved, { type: 'scenarioSelected', name: 'bull' });
    expect([state.selectedName, state.horizonText, state.whatIf]).toEqual(['bull', '5', {}]);
    expect(appReducer(moved, { type: 'scenarioSelected', name: 'nope' })).toBe(moved);
  });

  it('an imported scenario is selected with its horizon; importing it again replaces it and clears the error', () => {
    const failed = after({ type: 'scenarioImportFailed', message: 'mine.yaml: bad' });
    expect(failed.importError).toBe('mine.yaml: bad');
    const once = appReducer(failed, { type: 'scenarioImported', scenario: mine });
    expect([once.selectedName, once.horizonText, once.importError]).toEqual(['mine', '12', null]);
    const fixed = { ...mine, horizon: 3 };
    const twice = appReducer(once, { type: 'scenarioImported', scenario: fixed });
    expect(twice.imported).toEqual([fixed]);
    expect(scenariosOf(twice.imported).map((s) => s.name)).toEqual(['bear', 'base', 'bull', 'plan', 'mine']);
  });

  it('facts files: a file of the same name replaces the earlier one, a failure keeps them, clearing drops all', () => {
    const a = { name: 'a.yaml', observations: [observation] };
    const b = { name: 'b.yaml', observations: [] };
    const state = after(
      { type: 'factsImported', file: a },
      { type: 'factsImported', file: b },
      { type: 'factsImported', file: { ...a, observations: [] } },
    );
    expect(state.factFiles.map((f) => [f.name, f.observations.length])).toEqual([
      ['b.yaml', 0],
      ['a.yaml', 0],
    ]);
    const failed = appReducer(state, { type: 'factsImportFailed', message: 'c.yaml: bad' });
    expect([failed.factFiles, failed.factsError]).toEqual([state.factFiles, 'c.yaml: bad']);
    expect(appReducer(failed, { type: 'factsCleared' })).toMatchObject({ factFiles: [], factsError: null });
  });

  it('toggles optional sheets without touching the previous set', () => {
    const start = initialAppState();
    const state = appReducer(start, { type: 'sheetToggled', sheet: 'Checks', include: false });
    expect([...state.included]).toEqual(OPTIONAL_SHEETS.filter((sheet) => sheet !== 'Checks'));
    expect([...start.included]).toEqual([...OPTIONAL_SHEETS]);
    const back = appReducer(state, { type: 'sheetToggled', sheet: 'Checks', include: true });
    expect([...back.included].sort()).toEqual([...OPTIONAL_SHEETS].sort());
  });

  it('collects what-if changes and resets them', () => {
    const state = after(
      { type: 'whatIfChanged', id: 'growthFade', value: 0.3 },
      { type: 'whatIfChanged', id: 'evToEbit', value: 20 },
    );
    expect(state.whatIf).toEqual({ growthFade: 0.3, evToEbit: 20 });
    expect(appReducer(state, { type: 'whatIfReset' }).whatIf).toEqual({});
  });
});

describe('what the pane derives from its state', () => {
  it('the effective scenario follows the typed horizon, and there is none while it is invalid', () => {
    const base = selectedScenario(scenariosOf([]), 'base');
    expect(effectiveScenario(base, '12')?.horizon).toBe(12);
    expect(effectiveScenario(base, '16')).toBeNull();
    expect(horizonError('16')).toBe('horizon = "16": must be a whole number of years from 1 to 15');
    expect(horizonError('7')).toBeNull();
    expect(selectedScenario(scenariosOf([]), 'gone')).toBe(BUILTIN_SCENARIOS.base);
  });

  it('the what-if scenario exists once an input has moved', () => {
    const base = BUILTIN_SCENARIOS.base;
    expect(whatIfOf(base, {})).toBeNull();
    expect(whatIfOf(null, { growthFade: 0.3 })).toBeNull();
    const whatIf = whatIfOf(base, { growthFade: 0.3 });
    expect(whatIf?.name).toBe(WHAT_IF_NAME);
    expect(whatIf?.inputs.growthFade).toBe(0.3);
  });

  it('observations are the built-in ones, then each file’s in order', () => {
    expect(observationsOf([])).toEqual(BUILTIN_OBSERVATIONS);
    const files = [
      { name: 'a', observations: [observation] },
      { name: 'b', observations: [observation] },
    ];
    expect(observationsOf(files)).toHaveLength(BUILTIN_OBSERVATIONS.length + 2);
  });
});
