import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Title3,
  tokens,
} from '@fluentui/react-components';
import logoUrl from '../../assets/logo.svg';

/** Props of {@link PaneHeader}. */
export interface PaneHeaderProps {
  /** Why this Excel cannot run the pane (too old, no ExcelApi 1.12), or null when it can. */
  readonly unsupportedMessage: string | null;
}

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  headerText: { display: 'flex', flexDirection: 'column' },
  // Fluent's typography components keep the browser's heading margins when rendered as h1/h2.
  heading: { margin: 0 },
  subtle: { color: tokens.colorNeutralForeground3 },
});

/**
 * The pane's title with the logo, and the reason this Excel cannot run aifin when it cannot.
 * @example <PaneHeader unsupportedMessage={operations.unsupportedMessage} />
 */
export function PaneHeader({ unsupportedMessage }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <>
      <header className={styles.header}>
        <img className={styles.logo} src={logoUrl} alt="" />
        <div className={styles.headerText}>
          <Title3 as="h1" className={styles.heading}>
            aifin
          </Title3>
          <Caption1 className={styles.subtle}>OpenAI’s economics, sourced, as live Excel formulas</Caption1>
        </div>
      </header>
      {unsupportedMessage !== null && (
        <MessageBar intent="error" data-testid="unsupported" role="alert">
          <MessageBarBody>
            <MessageBarTitle>This Excel cannot run aifin</MessageBarTitle>
            {unsupportedMessage}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
