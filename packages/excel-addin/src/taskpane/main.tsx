import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { buildModelInWorkbook } from '../office/build-model.js';
import { App } from './App.js';
import { unsupportedMessage } from './host-support.js';
import { OfficeMissing } from './OfficeMissing.js';
import { fluentThemeFor } from './office-theme.js';

const useProviderStyles = makeStyles({
  // The provider paints the theme's background; stretch it so a dark theme has no light band below the content.
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});

/** Themes the pane like Office: dark Fluent theme under a dark Office theme. */
const Root = ({
  children,
  officeTheme,
}: {
  readonly children: ReactNode;
  readonly officeTheme: Office.OfficeTheme | undefined;
}) => {
  const styles = useProviderStyles();
  return (
    <FluentProvider theme={fluentThemeFor(officeTheme)} className={styles.root}>
      {children}
    </FluentProvider>
  );
};

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const root = createRoot(container);

if (typeof Office === 'undefined') {
  // Office.js comes from Microsoft's CDN; without it (offline, or the page opened outside Excel) say so in the pane.
  root.render(
    <Root officeTheme={undefined}>
      <OfficeMissing officeJsLoaded={false} />
    </Root>,
  );
} else {
  void Office.onReady((info) => {
    // officeTheme is undefined on hosts that do not report a theme (and outside Office).
    const theme = Office.context?.officeTheme as Office.OfficeTheme | undefined;
    // Outside Office (a plain browser) onReady still fires, with no host: say where the pane belongs.
    if (info.host !== Office.HostType.Excel) {
      root.render(
        <Root officeTheme={theme}>
          <OfficeMissing officeJsLoaded={true} />
        </Root>,
      );
      return;
    }
    root.render(
      <StrictMode>
        <Root officeTheme={theme}>
          <App operations={{ buildModel: buildModelInWorkbook, unsupportedMessage: unsupportedMessage() }} />
        </Root>
      </StrictMode>,
    );
  });
}
