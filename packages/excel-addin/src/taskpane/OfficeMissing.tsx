import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';

/**
 * Why the pane cannot start: Office.js did not load (offline, or its CDN blocked), it loaded outside Excel (a plain
 * browser), or it loaded but `Office.onReady` has not fired after about 10 s.
 */
export type OfficeMissingReason = 'not-loaded' | 'outside-excel' | 'not-ready';

/** Props of {@link OfficeMissing}. */
export interface OfficeMissingProps {
  readonly reason: OfficeMissingReason;
}

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

const TEXT: Readonly<Record<OfficeMissingReason, { title: string; body: string; intent: 'info' | 'error' }>> =
  {
    'not-loaded': {
      title: 'Office.js did not load',
      body: 'Open this page from Excel (Home › OpenAI model), and check that appsforoffice.microsoft.com can be reached.',
      intent: 'error',
    },
    'outside-excel': {
      title: 'Open this pane from Excel',
      body: 'This page is the aifin add-in. Sideload manifest.xml into Excel and choose Home › OpenAI model.',
      intent: 'info',
    },
    'not-ready': {
      title: 'Excel has not started the add-in',
      body:
        'Office did not report ready within 10 seconds. Close this pane and open it again (Home › OpenAI model); if it ' +
        'stays like this, check that appsforoffice.microsoft.com can be reached. The pane starts by itself if Office ' +
        'gets ready later.',
      intent: 'error',
    },
  };

/**
 * Shown instead of the pane when it cannot start, saying why and what to do, rather than a blank pane.
 * @example root.render(<OfficeMissing reason="not-loaded" />)
 */
export const OfficeMissing = ({ reason }: OfficeMissingProps) => {
  const styles = useStyles();
  const text = TEXT[reason];
  return (
    <div className={styles.root}>
      <MessageBar intent={text.intent} layout="multiline" role="alert" data-testid={`office-${reason}`}>
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle>
          {text.body}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
};
