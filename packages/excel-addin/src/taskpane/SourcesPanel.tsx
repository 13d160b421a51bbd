import { describeSourceChain, type Fact } from '@aifin/core';
import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { memo } from 'react';

/** Props of {@link SourcesPanel}. */
export interface SourcesPanelProps {
  /** Every fact the model rests on (core's `FACTS`). */
  readonly facts: readonly Fact[];
}

const useStyles = makeStyles({
  // A native disclosure: keyboard and screen-reader support for free, and none of the accordion's motion code in
  // the bundle (the pane has a 200 kB budget).
  details: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  summary: {
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  list: {
    listStyle: 'none',
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  head: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  id: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  qualifier: {
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  chain: { color: tokens.colorNeutralForeground3 },
});

/**
 * Every sourced fact with its stated figure, its qualifier (exact, at least, estimate…) and where it comes from, so
 * a reader can trace each number the model uses. Memoised: its facts change only on an import, while the pane
 * re-renders on every what-if step, and those renders must stay short on the UI thread.
 * @example <SourcesPanel facts={FACTS} />
 */
export const SourcesPanel = memo(function SourcesPanel({ facts }: SourcesPanelProps) {
  const styles = useStyles();
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>Sources ({facts.length} facts)</summary>
      <ul className={styles.list} aria-label="Sourced facts">
        {facts.map((fact) => (
          <li key={fact.id} className={styles.item} data-testid="source-fact">
            <span className={styles.head}>
              <span className={styles.id}>{fact.id}</span>
              <Text weight="semibold">{fact.stated}</Text>
              <span className={styles.qualifier}>{fact.qualifier}</span>
            </span>
            <Text size={200}>
              {fact.label} ({fact.period}; stated as “{fact.qualifierText}”)
            </Text>
            <Caption1 className={styles.chain}>{describeSourceChain(fact.source)}</Caption1>
          </li>
        ))}
      </ul>
    </details>
  );
});
