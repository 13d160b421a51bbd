import type { Scenario } from '@aifin/core';
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { type ChangeEvent, useRef } from 'react';

/** Props of {@link ScenarioPicker}. */
export interface ScenarioPickerProps {
  readonly builtins: readonly Scenario[];
  readonly imported: readonly Scenario[];
  readonly selected: string;
  readonly onSelect: (name: string) => void;
  /** Called with the file the user picked; the parent validates it. */
  readonly onImportFile: (file: File) => void;
  /** The last import's error, one line naming the field and the value. */
  readonly importError: string | null;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  description: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // The native input stays in the DOM (tests and assistive tech can still reach it) but the button is what people
  // see and focus: a file input cannot be styled like the rest of the pane.
  fileInput: { display: 'none' },
  error: { overflowWrap: 'anywhere' },
});

/**
 * Chooses the scenario to build: a built-in, or a scenario file imported from disk (JSON or YAML).
 * @example <ScenarioPicker builtins={[...]} imported={[]} selected="base" onSelect={...} onImportFile={...} importError={null} />
 */
export const ScenarioPicker = (props: ScenarioPickerProps) => {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const all = [...props.builtins, ...props.imported];
  const current = all.find((s) => s.name === props.selected);

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing the value lets the user pick the same file again after fixing it on disk.
    event.target.value = '';
    if (file) props.onImportFile(file);
  };

  return (
    <div className={styles.root}>
      <Field label="Scenario">
        <Select
          value={props.selected}
          disabled={props.disabled ?? false}
          onChange={(_, data) => props.onSelect(data.value)}
        >
          <optgroup label="Built-in">
            {props.builtins.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </optgroup>
          {props.imported.length > 0 && (
            <optgroup label="Imported">
              {props.imported.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      {current && <Caption1 className={styles.description}>{current.description}</Caption1>}
      <div className={styles.row}>
        <input
          aria-label="Scenario file (JSON or YAML)"
          ref={fileInput}
          className={styles.fileInput}
          type="file"
          accept=".json,.yaml,.yml,application/json,text/yaml"
          onChange={onFileChange}
          data-testid="scenario-file"
        />
        <Button disabled={props.disabled ?? false} onClick={() => fileInput.current?.click()}>
          Import scenario file…
        </Button>
      </div>
      {props.importError && (
        <MessageBar intent="error" className={styles.error} data-testid="import-error">
          <MessageBarBody>
            <MessageBarTitle>Scenario file rejected</MessageBarTitle>
            {props.importError}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
};
