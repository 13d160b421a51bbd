import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type ChangeEvent, useRef } from 'react';

/** Props of {@link FactsImport}. */
export interface FactsImportProps {
  /** The facts files imported so far, in order. */
  readonly files: readonly string[];
  /** The date the facts in use are as of. */
  readonly asOf: string;
  /** Called with the file the user picked; the parent validates it. */
  readonly onImportFile: (file: File) => void;
  /** Drops every imported facts file: back to the built-in facts. */
  readonly onClear: () => void;
  /** The last import's error, one line naming the file, the entry and the field. */
  readonly importError: string | null;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  fileInput: { display: 'none' },
  hint: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  error: { overflowWrap: 'anywhere' },
});

/**
 * Imports facts files (JSON or YAML), as `aifin --facts` does: newer vintages of the facts and facts of their own.
 * @example <FactsImport files={[]} asOf="2026-02-20" onImportFile={...} onClear={...} importError={null} />
 */
export const FactsImport = (props: FactsImportProps) => {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const disabled = props.disabled ?? false;

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) props.onImportFile(file);
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <input
          aria-label="Facts file (JSON or YAML)"
          ref={fileInput}
          className={styles.fileInput}
          type="file"
          accept=".json,.yaml,.yml,application/json,text/yaml"
          onChange={onFileChange}
          data-testid="facts-file"
        />
        <Button disabled={disabled} onClick={() => fileInput.current?.click()}>
          Import facts file…
        </Button>
        {props.files.length > 0 && (
          <Button appearance="subtle" disabled={disabled} onClick={props.onClear}>
            Built-in facts only
          </Button>
        )}
      </div>
      <Caption1 className={styles.hint} data-testid="facts-as-of">
        {props.files.length === 0
          ? `Facts as of ${props.asOf} (built in: the article and the reporting since).`
          : `Facts as of ${props.asOf}, with ${props.files.join(', ')}.`}
      </Caption1>
      {props.importError && (
        <MessageBar intent="error" className={styles.error} data-testid="facts-import-error">
          <MessageBarBody>
            <MessageBarTitle>Facts file rejected</MessageBarTitle>
            {props.importError}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
};
