import type { Evaluation } from '@aifin/core';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { formatMultiple, formatUsdB } from './format.js';

/** Props of {@link PreviewPanel}. */
export interface PreviewPanelProps {
  /** The selected scenario evaluated over the chosen horizon, or null while the inputs are invalid. */
  readonly evaluation: Evaluation | null;
}

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    fontVariantNumeric: 'tabular-nums',
  },
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * Key outputs of the scenario, recomputed with core's `evaluate()` as the inputs change: the same numbers the
 * workbook's formulas produce.
 * @example <PreviewPanel evaluation={evaluate(withHorizon(BUILTIN_SCENARIOS.base, 5))} />
 */
export const PreviewPanel = ({ evaluation }: PreviewPanelProps) => {
  const styles = useStyles();
  if (!evaluation)
    return <Caption1 className={styles.note}>Fix the inputs above to see the preview.</Caption1>;
  const s = evaluation.summary;
  const end = s.horizonEndYear;
  const items: readonly { label: string; value: string; testId: string }[] = [
    { label: `ARR, end of ${end}`, value: formatUsdB(s.arrAtHorizonEnd), testId: 'preview-arr' },
    {
      label: 'Breakeven year',
      value: s.breakevenYear === null ? `Not by ${end}` : String(s.breakevenYear),
      testId: 'preview-breakeven',
    },
    {
      label: 'Funding gap opens',
      value: s.runwayEndYear === null ? `Not by ${end}` : String(s.runwayEndYear),
      testId: 'preview-runway',
    },
    {
      label: `New money beyond the plan, to ${end}`,
      value: formatUsdB(s.fundingGapTotal),
      testId: 'preview-gap',
    },
    {
      label: `Equity value, end of ${end}`,
      value: formatUsdB(s.equityValueAtHorizonEnd),
      testId: 'preview-equity',
    },
    {
      label: `Valuation ÷ ARR, ${end}`,
      value: formatMultiple(s.valuationAtHorizonEnd / s.arrAtHorizonEnd),
      testId: 'preview-multiple',
    },
  ];
  return (
    <>
      <dl className={styles.grid} aria-label={`Preview of scenario ${evaluation.scenario}`}>
        {items.map((item) => (
          <div key={item.testId} className={styles.tile}>
            <dt className={styles.label}>{item.label}</dt>
            <dd className={styles.value} data-testid={item.testId}>
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
      <Caption1 className={styles.note}>
        Today: valuation ÷ ARR = {formatMultiple(s.valuationToArr)} (F2 ÷ F7 at the reported figures; both are
        floors, so the ratio is bounded neither way).
      </Caption1>
    </>
  );
};
