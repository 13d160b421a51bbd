import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';

/** Props of {@link OfficeMissing}. */
export interface OfficeMissingProps {
  /** False when Office.js itself did not load (offline, or its CDN blocked); true when it loaded outside Excel. */
  readonly officeJsLoaded: boolean;
}

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

/**
 * Shown instead of the pane outside Excel: the page was opened in a plain browser, or Microsoft's CDN could not be
 * reached so Office.js never loaded.
 * @example root.render(<OfficeMissing officeJsLoaded={false} />)
 */
export const OfficeMissing = ({ officeJsLoaded }: OfficeMissingProps) => {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent={officeJsLoaded ? 'info' : 'error'} layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>
            {officeJsLoaded ? 'Open this pane from Excel' : 'Office.js did not load'}
          </MessageBarTitle>
          {officeJsLoaded
            ? 'This page is the aifin add-in. Sideload manifest.xml into Excel and choose Home › OpenAI model.'
            : 'Open this page from Excel (Home › OpenAI model), and check that appsforoffice.microsoft.com can be reached.'}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
};
