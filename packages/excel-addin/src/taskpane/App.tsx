import {
  evaluate,
  type FactSet,
  modelForFacts,
  resolveFactSet,
  type Scenario,
  WHAT_IF_NAME,
} from '@aifin/core';
import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useReducer } from 'react';
import {
  appReducer,
  effectiveScenario,
  horizonError,
  initialAppState,
  observationsOf,
  scenariosOf,
  selectedScenario,
  whatIfOf,
} from './app-state.js';
import type { ExcelOperations } from './excel-operations.js';
import { markFirstRender } from './first-render.js';
import { LiveRiskPanel } from './LiveRiskPanel.js';
import { ModelInputs } from './ModelInputs.js';
import { PaneHeader } from './PaneHeader.js';
import { PaneSection } from './PaneSection.js';
import { PreviewPanel } from './PreviewPanel.js';
import { analysisPlan, modelPlan, type PaneChoice, whatIfPlan } from './pane-plans.js';
import { RiskPanel } from './RiskPanel.js';
import { SourcesPanel } from './SourcesPanel.js';
import { type AnalysisState, useAnalysis } from './use-analysis.js';
import { useBuild } from './use-build.js';
import { WhatIfPanel } from './WhatIfPanel.js';

/** Props of {@link App}. */
export interface AppProps {
  /** The Excel operations: the Office.js renderer in Excel, a fake in tests. */
  readonly operations: ExcelOperations;
}

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    minWidth: '280px',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * The analysis as the Risk panel should show it: a finished run of another scenario or fact set than the one
 * previewed now is stale, so the panel offers to run again instead of showing numbers of something else.
 */
function currentAnalysis(state: AnalysisState, previewed: Scenario, facts: FactSet): AnalysisState {
  return state.status === 'done' && (state.scenario !== previewed || state.factSet !== facts)
    ? {
        status: 'idle',
        note: 'The scenario or the facts changed since the last run: run the analysis again.',
      }
    : state;
}

/**
 * The task pane: pick a scenario, a horizon and the optional sheets, preview the key outputs, build the model into
 * the open workbook, and browse the sources. The user's choices live in one reducer (app-state.ts); everything
 * else here is derived from them.
 * @example createRoot(el).render(<App operations={{ buildModel: buildModelInWorkbook, unsupportedMessage: null }} />)
 */
export function App({ operations }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(appReducer, undefined, initialAppState);
  const { state: buildState, build, replaceAndBuild, cancel } = useBuild(operations.buildModel);
  const analysis = useAnalysis(operations.runAnalysis);

  useEffect(markFirstRender, []);

  const scenarios = useMemo(() => scenariosOf(state.imported), [state.imported]);
  const selected = selectedScenario(scenarios, state.selectedName);
  const hError = horizonError(state.horizonText);
  // The scenario exactly as it will be built: the chosen one over the chosen horizon.
  const effective = useMemo(
    () => effectiveScenario(selected, state.horizonText),
    [selected, state.horizonText],
  );
  const factSet = useMemo(() => resolveFactSet(observationsOf(state.factFiles)), [state.factFiles]);
  const whatIf = useMemo(() => whatIfOf(effective, state.whatIf), [effective, state.whatIf]);
  const previewed = whatIf ?? effective;
  const evaluation = useMemo(
    () => (previewed ? evaluate(previewed, modelForFacts(factSet)) : null),
    [previewed, factSet],
  );

  const busy = buildState.status === 'running';
  const blocked = operations.unsupportedMessage !== null;
  const choice: PaneChoice | null = effective
    ? { scenarios, effective, included: state.included, facts: factSet }
    : null;

  async function importScenario(file: File) {
    // Loaded on demand: the YAML parser and the scenario schema are a fifth of the pane's code, and most sessions
    // never import a file.
    const { readScenarioFile } = await import('./read-scenario-file.js');
    const result = await readScenarioFile(file);
    dispatch(
      result.ok
        ? { type: 'scenarioImported', scenario: result.scenario }
        : { type: 'scenarioImportFailed', message: result.message },
    );
  }

  async function importFacts(file: File) {
    // Loaded on demand, like scenario files: the YAML parser and the facts schema.
    const { readFactsFile } = await import('./read-facts-file.js');
    // A file of the same name again replaces the earlier import, so it builds on the others only.
    const others = state.factFiles.filter((f) => f.name !== file.name);
    const result = await readFactsFile(file, observationsOf(others));
    dispatch(
      result.ok
        ? { type: 'factsImported', file: { name: file.name, observations: result.observations } }
        : { type: 'factsImportFailed', message: result.message },
    );
  }

  return (
    <main className={styles.root}>
      <PaneHeader unsupportedMessage={operations.unsupportedMessage} />

      <ModelInputs
        state={state}
        dispatch={dispatch}
        horizonError={hError}
        years={
          evaluation
            ? { first: evaluation.lastActualYear + 1, last: evaluation.summary.horizonEndYear }
            : null
        }
        asOf={factSet.latest}
        build={buildState}
        busy={busy}
        canBuild={!blocked && choice !== null}
        onImportScenario={(file) => void importScenario(file)}
        onImportFacts={(file) => void importFacts(file)}
        onBuild={() => choice && build(modelPlan(choice))}
        onReplace={replaceAndBuild}
        onCancel={cancel}
      />

      <Divider />

      <PaneSection
        id="preview-title"
        title={`Preview: ${whatIf ? `${WHAT_IF_NAME} (from ${selected.name})` : selected.name}`}
      >
        <PreviewPanel evaluation={evaluation} />
      </PaneSection>

      {effective && (
        <PaneSection id="what-if-title" title="What if">
          <WhatIfPanel
            from={effective}
            changes={state.whatIf}
            onChange={(id, value) => dispatch({ type: 'whatIfChanged', id, value })}
            onReset={() => dispatch({ type: 'whatIfReset' })}
            onBuild={() => choice && whatIf && build(whatIfPlan(choice, whatIf))}
            disabled={busy || blocked}
          />
        </PaneSection>
      )}

      {operations.liveRisk && previewed && (
        <PaneSection id="live-risk-title" title={`Live risk: ${previewed.name}`}>
          <LiveRiskPanel live={operations.liveRisk} scenario={previewed} factSet={factSet} />
        </PaneSection>
      )}

      {operations.runAnalysis && previewed && choice && (
        <PaneSection id="risk-title" title={`Sensitivity and risk: ${previewed.name}`}>
          <RiskPanel
            state={currentAnalysis(analysis.state, previewed, factSet)}
            onRun={(paths, seed) => analysis.run(previewed, paths, seed, factSet)}
            onCancel={analysis.cancel}
            onBuild={(result) => build(analysisPlan(choice, previewed, result))}
            disabled={busy || blocked}
          />
        </PaneSection>
      )}

      <SourcesPanel facts={factSet.facts} />
    </main>
  );
}
