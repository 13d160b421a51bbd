import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

/**
 * Shown instead of the pane when Office.js did not load: the page was opened outside Excel, or Microsoft's CDN
 * could not be reached.
 * @example root.render(<OfficeMissing />)
 */
export const OfficeMissing = () => {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Office.js did not load</MessageBarTitle>
          Open this page from Excel (Home › aifin), and check that appsforoffice.microsoft.com can be reached.
        </MessageBarBody>
      </MessageBar>
    </div>
  );
};
