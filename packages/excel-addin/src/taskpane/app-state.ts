import {
  BUILTIN_OBSERVATIONS,
  BUILTIN_SCENARIOS,
  type InputId,
  type Observation,
  OPTIONAL_SHEETS,
  parseHorizon,
  type Scenario,
  type SheetName,
  whatIfScenario,
  withHorizon,
} from '@aifin/core';

/** The built-in scenarios, in the order the picker lists them. */
export const BUILTINS: readonly Scenario[] = Object.values(BUILTIN_SCENARIOS);

/** An imported facts file: its name and the observations it added. */
export interface FactsFile {
  readonly name: string;
  readonly observations: readonly Observation[];
}

/** The inputs the what-if sliders changed, by input id. */
export type WhatIfChanges = Readonly<Partial<Record<InputId, number>>>;

/** Everything the pane's user chose: the rest (scenario, evaluation, plans) is derived from it. */
export interface AppState {
  /** Scenario files imported this session, in order; a later file of the same name replaced the earlier one. */
  readonly imported: readonly Scenario[];
  readonly selectedName: string;
  /** The horizon as typed: kept as text so a half-typed value is not thrown away. */
  readonly horizonText: string;
  readonly included: ReadonlySet<SheetName>;
  readonly importError: string | null;
  /** Imported facts files, in order: each builds on the built-in observations and the earlier files'. */
  readonly factFiles: readonly FactsFile[];
  readonly factsError: string | null;
  readonly whatIf: WhatIfChanges;
}

/** What the user did, as the pane's components report it. */
export type AppAction =
  | { readonly type: 'scenarioSelected'; readonly name: string }
  | { readonly type: 'scenarioImported'; readonly scenario: Scenario }
  | { readonly type: 'scenarioImportFailed'; readonly message: string }
  | { readonly type: 'factsImported'; readonly file: FactsFile }
  | { readonly type: 'factsImportFailed'; readonly message: string }
  | { readonly type: 'factsCleared' }
  | { readonly type: 'horizonTyped'; readonly text: string }
  | { readonly type: 'sheetToggled'; readonly sheet: SheetName; readonly include: boolean }
  | { readonly type: 'whatIfChanged'; readonly id: InputId; readonly value: number }
  | { readonly type: 'whatIfReset' };

/**
 * The pane at start-up: the base scenario over its own horizon, every optional sheet, nothing imported.
 * @example const [state, dispatch] = useReducer(appReducer, undefined, initialAppState)
 */
export function initialAppState(): AppState {
  return {
    imported: [],
    selectedName: BUILTIN_SCENARIOS.base.name,
    horizonText: String(BUILTIN_SCENARIOS.base.horizon),
    included: new Set(OPTIONAL_SHEETS),
    importError: null,
    factFiles: [],
    factsError: null,
    whatIf: {},
  };
}

/**
 * The pane's state after one user action. Pure: the components dispatch, React keeps the state.
 * @example appReducer(initialAppState(), { type: 'horizonTyped', text: '12' }).horizonText // '12'
 */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'scenarioSelected': {
      const next = scenariosOf(state.imported).find((s) => s.name === action.name);
      if (!next) return state;
      // A scenario file may carry its own horizon; choosing it shows that horizon, which the user can still change.
      // What-if changes belong to the scenario they were made on.
      return { ...state, selectedName: next.name, horizonText: String(next.horizon), whatIf: {} };
    }
    case 'scenarioImported': {
      const { scenario } = action;
      return {
        ...state,
        // Importing a file of the same scenario name again replaces the earlier import (the user fixed the file).
        imported: [...state.imported.filter((s) => s.name !== scenario.name), scenario],
        selectedName: scenario.name,
        horizonText: String(scenario.horizon),
        importError: null,
        whatIf: {},
      };
    }
    case 'scenarioImportFailed':
      return { ...state, importError: action.message };
    case 'factsImported':
      return {
        ...state,
        // A file of the same name again replaces the earlier import (the user fixed the file).
        factFiles: [...state.factFiles.filter((f) => f.name !== action.file.name), action.file],
        factsError: null,
      };
    case 'factsImportFailed':
      return { ...state, factsError: action.message };
    case 'factsCleared':
      return { ...state, factFiles: [], factsError: null };
    case 'horizonTyped':
      return { ...state, horizonText: action.text };
    case 'sheetToggled': {
      const included = new Set(state.included);
      if (action.include) included.add(action.sheet);
      else included.delete(action.sheet);
      return { ...state, included };
    }
    case 'whatIfChanged':
      return { ...state, whatIf: { ...state.whatIf, [action.id]: action.value } };
    case 'whatIfReset':
      return { ...state, whatIf: {} };
  }
}

/**
 * Every scenario the picker offers: the built-ins, then the imported files.
 * @example scenariosOf([]).map((s) => s.name) // ['bear', 'base', 'bull']
 */
export function scenariosOf(imported: readonly Scenario[]): readonly Scenario[] {
  return [...BUILTINS, ...imported];
}

/**
 * The scenario chosen in the picker, as it was defined (its own horizon); base if the name is unknown.
 * @example selectedScenario(scenariosOf([]), 'bull').name // 'bull'
 */
export function selectedScenario(scenarios: readonly Scenario[], name: string): Scenario {
  return scenarios.find((s) => s.name === name) ?? BUILTIN_SCENARIOS.base;
}

/**
 * Core's message for the typed horizon, or null when it is valid.
 * @example horizonError('0') // 'horizon = "0": …'
 */
export function horizonError(text: string): string | null {
  try {
    parseHorizon(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The scenario exactly as it will be built: the chosen one over the typed horizon; null while the horizon is invalid.
 * @example effectiveScenario(BUILTIN_SCENARIOS.base, '12')?.horizon // 12
 */
export function effectiveScenario(selected: Scenario, horizonText: string): Scenario | null {
  return horizonError(horizonText) === null ? withHorizon(selected, parseHorizon(horizonText)) : null;
}

/**
 * The what-if scenario once a slider has moved: the effective scenario with the changed inputs; null otherwise.
 * @example whatIfOf(effective, {}) // null
 */
export function whatIfOf(effective: Scenario | null, whatIf: WhatIfChanges): Scenario | null {
  return effective && Object.keys(whatIf).length > 0 ? whatIfScenario(effective, whatIf) : null;
}

/**
 * Every observation in use: the built-in ones, then each imported facts file's, in order.
 * @example observationsOf([]).length === BUILTIN_OBSERVATIONS.length // true
 */
export function observationsOf(factFiles: readonly FactsFile[]): readonly Observation[] {
  return [...BUILTIN_OBSERVATIONS, ...factFiles.flatMap((f) => f.observations)];
}
