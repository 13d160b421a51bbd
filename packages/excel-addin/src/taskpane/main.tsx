import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { buildModelInWorkbook } from '../office/build-model.js';
import { App } from './App.js';
import { unsupportedMessage } from './host-support.js';
import { liveRiskInWorker } from './live-risk-client.js';
import { OfficeMissing } from './OfficeMissing.js';
import { whenOfficeReady } from './office-ready.js';
import { fluentThemeFor, isDarkOfficeTheme } from './office-theme.js';
import { watchOfficeTheme } from './office-theme-watch.js';
import { runAnalysisInWorker } from './run-analysis.js';

declare global {
  interface Window {
    /** Set once the module bundle runs; too-old.js only reports a syntax error that happened before. */
    __aifinStarted?: boolean;
    /** Set by too-old.js when it showed the "too old" message. */
    __aifinTooOld?: boolean;
  }
}
window.__aifinStarted = true;

const useProviderStyles = makeStyles({
  // The provider paints the theme's background; stretch it so a dark theme has no light band below the content.
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});

/** Office's theme, or undefined outside Office and on hosts that do not report one. */
const readOfficeTheme = (): Office.OfficeTheme | undefined =>
  typeof Office === 'undefined' ? undefined : (Office.context?.officeTheme as Office.OfficeTheme | undefined);

/** Themes the pane like Office, and follows Office when the user switches theme while the pane is open. */
const Root = ({ children }: { readonly children: ReactNode }) => {
  const styles = useProviderStyles();
  const [dark, setDark] = useState(() => isDarkOfficeTheme(readOfficeTheme()));
  useEffect(() => watchOfficeTheme(readOfficeTheme, setDark), []);
  return (
    <FluentProvider theme={fluentThemeFor({ isDarkTheme: dark })} className={styles.root}>
      {children}
    </FluentProvider>
  );
};

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');

// too-old.js already explained that this webview cannot run the pane; leave its message in place.
if (!window.__aifinTooOld) {
  const root = createRoot(container);
  if (typeof Office === 'undefined') {
    // Office.js comes from Microsoft's CDN; without it (offline, or the page opened outside Excel) say so in the pane.
    root.render(
      <Root>
        <OfficeMissing reason="not-loaded" />
      </Root>,
    );
  } else {
    whenOfficeReady(
      () => Office.onReady(),
      (info) => {
        // Outside Office (a plain browser) onReady still fires, with no host: say where the pane belongs.
        if (info.host !== Office.HostType.Excel) {
          root.render(
            <Root>
              <OfficeMissing reason="outside-excel" />
            </Root>,
          );
          return;
        }
        root.render(
          <StrictMode>
            <Root>
              <App
                operations={{
                  buildModel: buildModelInWorkbook,
                  unsupportedMessage: unsupportedMessage(),
                  runAnalysis: runAnalysisInWorker,
                  liveRisk: liveRiskInWorker(),
                }}
              />
            </Root>
          </StrictMode>,
        );
      },
      () =>
        root.render(
          <Root>
            <OfficeMissing reason="not-ready" />
          </Root>,
        ),
    );
  }
}
