import {
  ANALYSIS_SHEETS,
  BUILTIN_OBSERVATIONS,
  BUILTIN_SCENARIOS,
  buildWorkbookPlan,
  evaluate,
  type InputId,
  modelForFacts,
  type Observation,
  OPTIONAL_SHEETS,
  parseHorizon,
  resolveFactSet,
  type Scenario,
  type SheetName,
  WHAT_IF_NAME,
  whatIfScenario,
  withHorizon,
} from '@aifin/core';
import {
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Subtitle2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import logoUrl from '../../assets/logo.svg';
import type { AnalysisResult } from '../analysis/analysis-protocol.js';
import { BuildStatus } from './BuildStatus.js';
import type { ExcelOperations } from './excel-operations.js';
import { FactsImport } from './FactsImport.js';
import { markFirstRender } from './first-render.js';
import { HorizonField } from './HorizonField.js';
import { PreviewPanel } from './PreviewPanel.js';
import { RiskPanel } from './RiskPanel.js';
import { ScenarioPicker } from './ScenarioPicker.js';
import { SheetChoice } from './SheetChoice.js';
import { SourcesPanel } from './SourcesPanel.js';
import { useAnalysis } from './use-analysis.js';
import { useBuild } from './use-build.js';
import { WhatIfPanel } from './WhatIfPanel.js';

/** Props of {@link App}. */
export interface AppProps {
  /** The Excel operations: the Office.js renderer in Excel, a fake in tests. */
  readonly operations: ExcelOperations;
}

const BUILTINS: readonly Scenario[] = Object.values(BUILTIN_SCENARIOS);

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
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  headerText: { display: 'flex', flexDirection: 'column' },
  // Fluent's typography components keep the browser's heading margins when rendered as h1/h2.
  heading: { margin: 0 },
  subtle: { color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  build: { alignSelf: 'stretch' },
});

const horizonError = (text: string): string | null => {
  try {
    parseHorizon(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};

/**
 * The task pane: pick a scenario, a horizon and the optional sheets, preview the key outputs, build the model into
 * the open workbook, and browse the sources.
 * @example createRoot(el).render(<App operations={{ buildModel: buildModelInWorkbook, unsupportedMessage: null }} />)
 */
export const App = ({ operations }: AppProps) => {
  const styles = useStyles();
  const [imported, setImported] = useState<readonly Scenario[]>([]);
  const [selectedName, setSelectedName] = useState<string>('base');
  const [horizonText, setHorizonText] = useState<string>(String(BUILTIN_SCENARIOS.base.horizon));
  const [included, setIncluded] = useState<ReadonlySet<SheetName>>(() => new Set(OPTIONAL_SHEETS));
  const [importError, setImportError] = useState<string | null>(null);
  // Imported facts files, in order: each file's observations build on the built-in ones and the earlier files'.
  const [factFiles, setFactFiles] = useState<
    readonly { name: string; observations: readonly Observation[] }[]
  >([]);
  const [factsError, setFactsError] = useState<string | null>(null);
  const [whatIf, setWhatIf] = useState<Readonly<Partial<Record<InputId, number>>>>({});
  const { state, build, replaceAndBuild, cancel } = useBuild(operations.buildModel);
  const analysis = useAnalysis(operations.runAnalysis);

  useEffect(markFirstRender, []);

  const scenarios = useMemo(() => [...BUILTINS, ...imported], [imported]);
  const selected = scenarios.find((s) => s.name === selectedName) ?? BUILTIN_SCENARIOS.base;
  const hError = horizonError(horizonText);
  // The scenario exactly as it will be built: the chosen one over the chosen horizon.
  const effective = useMemo(
    () => (hError === null ? withHorizon(selected, parseHorizon(horizonText)) : null),
    [selected, horizonText, hError],
  );
  const observations = useMemo(
    () => [...BUILTIN_OBSERVATIONS, ...factFiles.flatMap((f) => f.observations)],
    [factFiles],
  );
  const factSet = useMemo(() => resolveFactSet(observations), [observations]);
  // The what-if scenario, once a slider has moved: the chosen scenario with the changed inputs.
  const whatIfEffective = useMemo(
    () => (effective && Object.keys(whatIf).length > 0 ? whatIfScenario(effective, whatIf) : null),
    [effective, whatIf],
  );
  const previewed = whatIfEffective ?? effective;
  const evaluation = useMemo(
    () => (previewed ? evaluate(previewed, modelForFacts(factSet)) : null),
    [previewed, factSet],
  );

  const busy = state.status === 'running';
  const blocked = operations.unsupportedMessage !== null;

  const select = (name: string) => {
    const next = scenarios.find((s) => s.name === name);
    if (!next) return;
    setSelectedName(name);
    setWhatIf({});
    // A scenario file may carry its own horizon; choosing it shows that horizon, which the user can still change.
    setHorizonText(String(next.horizon));
  };

  const importFile = async (file: File) => {
    // Loaded on demand: the YAML parser and the scenario schema are a fifth of the pane's code, and most sessions
    // never import a file.
    const { readScenarioFile } = await import('./read-scenario-file.js');
    const result = await readScenarioFile(file);
    if (!result.ok) {
      setImportError(result.message);
      return;
    }
    setImportError(null);
    const scenario = result.scenario;
    // Importing a file of the same scenario name again replaces the earlier import (the user fixed the file).
    setImported((list) => [...list.filter((s) => s.name !== scenario.name), scenario]);
    setSelectedName(scenario.name);
    setWhatIf({});
    setHorizonText(String(scenario.horizon));
  };

  const importFactsFile = async (file: File) => {
    // Loaded on demand, like scenario files: the YAML parser and the facts schema.
    const { readFactsFile } = await import('./read-facts-file.js');
    // Importing a file of the same name again replaces the earlier import (the user fixed the file).
    const others = factFiles.filter((f) => f.name !== file.name);
    const result = await readFactsFile(file, [
      ...BUILTIN_OBSERVATIONS,
      ...others.flatMap((f) => f.observations),
    ]);
    if (!result.ok) {
      setFactsError(result.message);
      return;
    }
    setFactsError(null);
    setFactFiles([...others, { name: file.name, observations: result.observations }]);
  };

  // The scenario the preview shows, as the plan will hold it, the other scenarios beside it, and the analysis sheets
  // (Scenarios, Sensitivity, Risk) from what the worker found.
  const planFor = (shown: Scenario, analysed: AnalysisResult) => {
    const others = scenarios
      .filter((s) => s.name !== WHAT_IF_NAME)
      .map((s) => (effective && s.name === effective.name ? effective : s));
    return buildWorkbookPlan({
      scenarios: shown.name === WHAT_IF_NAME ? [...others, shown] : others,
      selected: shown.name,
      include: [...OPTIONAL_SHEETS.filter((sheet) => included.has(sheet)), ...ANALYSIS_SHEETS],
      facts: factSet,
      sensitivity: analysed.sensitivity,
      simulation: {
        result: analysed.simulation,
        description: "PERT draws in the task pane; facts within their qualifier's spread",
      },
    });
  };

  const onBuildWhatIf = () => {
    if (!effective || !whatIfEffective) return;
    // The what-if column sits beside the scenarios it came from; an imported file of the same name gives way.
    const planScenarios = [
      ...scenarios
        .filter((s) => s.name !== WHAT_IF_NAME)
        .map((s) => (s.name === effective.name ? effective : s)),
      whatIfEffective,
    ];
    build(
      buildWorkbookPlan({
        scenarios: planScenarios,
        selected: WHAT_IF_NAME,
        include: OPTIONAL_SHEETS.filter((sheet) => included.has(sheet)),
        facts: factSet,
      }),
    );
  };

  const onBuild = () => {
    if (!effective) return;
    const planScenarios = scenarios.map((s) => (s.name === effective.name ? effective : s));
    build(
      buildWorkbookPlan({
        scenarios: planScenarios,
        selected: effective.name,
        include: OPTIONAL_SHEETS.filter((sheet) => included.has(sheet)),
        facts: factSet,
      }),
    );
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src={logoUrl} alt="" />
        <div className={styles.headerText}>
          <Title3 as="h1" className={styles.heading}>
            aifin
          </Title3>
          <Caption1 className={styles.subtle}>OpenAI’s economics, sourced, as live Excel formulas</Caption1>
        </div>
      </header>

      {blocked && (
        <MessageBar intent="error" data-testid="unsupported" role="alert">
          <MessageBarBody>
            <MessageBarTitle>This Excel cannot run aifin</MessageBarTitle>
            {operations.unsupportedMessage}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-label="Model inputs">
        <ScenarioPicker
          builtins={BUILTINS}
          imported={imported}
          selected={selected.name}
          onSelect={select}
          onImportFile={(file) => void importFile(file)}
          importError={importError}
          disabled={busy}
        />
        <FactsImport
          files={factFiles.map((f) => f.name)}
          asOf={factSet.latest}
          onImportFile={(file) => void importFactsFile(file)}
          onClear={() => {
            setFactFiles([]);
            setFactsError(null);
          }}
          importError={factsError}
          disabled={busy}
        />
        <HorizonField
          value={horizonText}
          onChange={setHorizonText}
          error={hError}
          lastYear={evaluation?.summary.horizonEndYear ?? null}
          {...(evaluation ? { firstYear: evaluation.lastActualYear + 1 } : {})}
          disabled={busy}
        />
        <SheetChoice
          optional={OPTIONAL_SHEETS}
          included={included}
          disabled={busy}
          onToggle={(sheet, include) =>
            setIncluded((set) => {
              const next = new Set(set);
              if (include) next.add(sheet);
              else next.delete(sheet);
              return next;
            })
          }
        />
        <Button
          className={styles.build}
          appearance="primary"
          size="large"
          disabled={busy || blocked || effective === null}
          onClick={onBuild}
        >
          {busy ? 'Building…' : 'Build model'}
        </Button>
        <div aria-live="polite">
          <BuildStatus state={state} onReplace={replaceAndBuild} onCancel={cancel} />
        </div>
      </section>

      <Divider />

      <section className={styles.section} aria-labelledby="preview-title">
        <Subtitle2 as="h2" id="preview-title" className={styles.heading}>
          Preview: {whatIfEffective ? `${WHAT_IF_NAME} (from ${selected.name})` : selected.name}
        </Subtitle2>
        <PreviewPanel evaluation={evaluation} />
      </section>

      {effective && (
        <section className={styles.section} aria-labelledby="what-if-title">
          <Subtitle2 as="h2" id="what-if-title" className={styles.heading}>
            What if
          </Subtitle2>
          <WhatIfPanel
            from={effective}
            changes={whatIf}
            onChange={(id, value) => setWhatIf((changes) => ({ ...changes, [id]: value }))}
            onReset={() => setWhatIf({})}
            onBuild={onBuildWhatIf}
            disabled={busy || blocked}
          />
        </section>
      )}

      {operations.runAnalysis && previewed && (
        <section className={styles.section} aria-labelledby="risk-title">
          <Subtitle2 as="h2" id="risk-title" className={styles.heading}>
            Sensitivity and risk: {previewed.name}
          </Subtitle2>
          <RiskPanel
            state={
              analysis.state.status === 'done' &&
              (analysis.state.scenario !== previewed || analysis.state.factSet !== factSet)
                ? {
                    status: 'idle',
                    note: 'The scenario or the facts changed since the last run: run the analysis again.',
                  }
                : analysis.state
            }
            onRun={(paths, seed) => analysis.run(previewed, paths, seed, factSet)}
            onCancel={analysis.cancel}
            onBuild={(result) => build(planFor(previewed, result))}
            disabled={busy || blocked}
          />
        </section>
      )}

      <SourcesPanel facts={factSet.facts} />
    </main>
  );
};
