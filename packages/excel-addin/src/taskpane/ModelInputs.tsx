import { OPTIONAL_SHEETS } from '@aifin/core';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { type AppAction, type AppState, BUILTINS } from './app-state.js';
import { BuildStatus } from './BuildStatus.js';
import { FactsImport } from './FactsImport.js';
import { HorizonField } from './HorizonField.js';
import { ScenarioPicker } from './ScenarioPicker.js';
import { SheetChoice } from './SheetChoice.js';
import type { BuildState } from './use-build.js';

/** Props of {@link ModelInputs}. */
export interface ModelInputsProps {
  readonly state: AppState;
  readonly dispatch: Dispatch<AppAction>;
  /** Core's message for the typed horizon, or null. */
  readonly horizonError: string | null;
  /** The first and last projected years of the preview, when it has one. */
  readonly years: { readonly first: number; readonly last: number } | null;
  /** The date the facts in use are as of. */
  readonly asOf: string;
  readonly build: BuildState;
  /** A build is running: every input waits. */
  readonly busy: boolean;
  /** Whether "Build model" can run (this Excel can, and the horizon is valid). */
  readonly canBuild: boolean;
  readonly onImportScenario: (file: File) => void;
  readonly onImportFacts: (file: File) => void;
  readonly onBuild: () => void;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  build: { alignSelf: 'stretch' },
});

/**
 * What the model is built from — scenario, facts files, horizon, optional sheets — with "Build model" and what the
 * build did. Every choice goes to the pane's reducer as an action.
 * @example <ModelInputs state={state} dispatch={dispatch} … onBuild={onBuild} />
 */
export function ModelInputs(props: ModelInputsProps) {
  const styles = useStyles();
  const { state, dispatch, busy } = props;
  return (
    <section className={styles.section} aria-label="Model inputs">
      <ScenarioPicker
        builtins={BUILTINS}
        imported={state.imported}
        selected={state.selectedName}
        onSelect={(name) => dispatch({ type: 'scenarioSelected', name })}
        onImportFile={props.onImportScenario}
        importError={state.importError}
        disabled={busy}
      />
      <FactsImport
        files={state.factFiles.map((f) => f.name)}
        asOf={props.asOf}
        onImportFile={props.onImportFacts}
        onClear={() => dispatch({ type: 'factsCleared' })}
        importError={state.factsError}
        disabled={busy}
      />
      <HorizonField
        value={state.horizonText}
        onChange={(text) => dispatch({ type: 'horizonTyped', text })}
        error={props.horizonError}
        lastYear={props.years?.last ?? null}
        {...(props.years ? { firstYear: props.years.first } : {})}
        disabled={busy}
      />
      <SheetChoice
        optional={OPTIONAL_SHEETS}
        included={state.included}
        disabled={busy}
        onToggle={(sheet, include) => dispatch({ type: 'sheetToggled', sheet, include })}
      />
      <Button
        className={styles.build}
        appearance="primary"
        size="large"
        disabled={busy || !props.canBuild}
        onClick={props.onBuild}
      >
        {busy ? 'Building…' : 'Build model'}
      </Button>
      <div aria-live="polite">
        <BuildStatus state={props.build} onReplace={props.onReplace} onCancel={props.onCancel} />
      </div>
    </section>
  );
}
