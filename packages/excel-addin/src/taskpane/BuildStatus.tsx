import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  ProgressBar,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { joinWords } from './format.js';
import type { BuildState } from './use-build.js';

/** Props of {@link BuildStatus}. */
export interface BuildStatusProps {
  readonly state: BuildState;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  message: { overflowWrap: 'anywhere' },
  // At 320 px the two buttons do not fit beside the text; let them wrap under it.
  actions: { flexWrap: 'wrap' },
});

/**
 * What the build is doing or did: progress while Excel writes, then what was written, the conflict question or the
 * error. Messages live in a polite live region so screen readers hear the outcome.
 * @example <BuildStatus state={state} onReplace={replaceAndBuild} onCancel={cancel} />
 */
export const BuildStatus = ({ state, onReplace, onCancel }: BuildStatusProps) => {
  const styles = useStyles();
  const conflictBox = useRef<HTMLDivElement>(null);
  // The question appears below the button that caused it; move focus to it so keyboard users can answer at once.
  useEffect(() => {
    // The first button is the confirm action. (Fluent's component ref types do not accept a plain element ref here.)
    if (state.status === 'conflict') conflictBox.current?.querySelector('button')?.focus();
  }, [state.status]);

  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return (
        <Field validationMessage={state.step} validationState="none">
          <ProgressBar value={state.fraction} max={1} aria-label="Build progress" />
        </Field>
      );
    case 'built': {
      const { sheets, syncs, movedUserSheets } = state.result;
      return (
        <MessageBar intent="success" className={styles.message} data-testid="build-result" role="status">
          <MessageBarBody>
            <MessageBarTitle>Model built</MessageBarTitle>
            Wrote {sheets.length} {sheets.length === 1 ? 'sheet' : 'sheets'} ({joinWords(sheets)}) in {syncs}{' '}
            {syncs === 1 ? 'sync' : 'syncs'}.
            {movedUserSheets.length > 0 &&
              ` Your sheets were kept and renamed: ${joinWords(movedUserSheets)}.`}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'conflict':
      return (
        <div ref={conflictBox}>
          <MessageBar
            intent="warning"
            layout="multiline"
            className={styles.message}
            data-testid="build-conflict"
          >
            <MessageBarBody>
              <MessageBarTitle>Sheets already exist</MessageBarTitle>
              {state.message}
            </MessageBarBody>
            <MessageBarActions className={styles.actions}>
              <Button appearance="primary" onClick={onReplace}>
                Move aside and build
              </Button>
              <Button onClick={onCancel}>Cancel</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      );
    case 'blocked':
      return (
        <MessageBar
          intent="warning"
          layout="multiline"
          className={styles.message}
          data-testid="build-blocked"
          role="alert"
        >
          <MessageBarBody>
            <MessageBarTitle>Nothing was changed</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'unsupported':
    case 'failed':
      return (
        <MessageBar intent="error" className={styles.message} data-testid="build-error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>
              {state.status === 'unsupported' ? 'Excel is too old' : 'Build failed'}
            </MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      );
  }
};
