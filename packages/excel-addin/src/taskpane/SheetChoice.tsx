import type { SheetName } from '@aifin/core';
import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';

/** Props of {@link SheetChoice}. */
export interface SheetChoiceProps {
  /** The sheets a user may leave out (core's `OPTIONAL_SHEETS`). */
  readonly optional: readonly SheetName[];
  readonly included: ReadonlySet<SheetName>;
  readonly onToggle: (sheet: SheetName, include: boolean) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  // A real fieldset: screen readers announce the group's legend with each checkbox.
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  boxes: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * Which optional sheets to build; the model sheets are always built.
 * @example <SheetChoice optional={OPTIONAL_SHEETS} included={new Set(OPTIONAL_SHEETS)} onToggle={...} />
 */
export const SheetChoice = (props: SheetChoiceProps) => {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Optional sheets</legend>
      <div className={styles.boxes}>
        {props.optional.map((sheet) => (
          <Checkbox
            key={sheet}
            label={sheet}
            checked={props.included.has(sheet)}
            disabled={props.disabled ?? false}
            onChange={(_, data) => props.onToggle(sheet, data.checked === true)}
          />
        ))}
      </div>
      <Caption1 className={styles.hint}>
        Assumptions, Revenue Mix, Cash Flow and Sources are always built.
      </Caption1>
    </fieldset>
  );
};
