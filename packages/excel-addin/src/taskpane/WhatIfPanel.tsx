import { INPUTS, type InputId, inputRanges, type Scenario } from '@aifin/core';
import { Button, Caption1, Field, makeStyles, tokens } from '@fluentui/react-components';

/**
 * The inputs a reader most often wants to push: growth and how fast it fades, the contracted compute and its price,
 * the cost structure, and the multiple.
 */
export const WHAT_IF_INPUTS: readonly InputId[] = [
  'enterpriseGrowth2026',
  'apiGrowth2026',
  'consumerGrowth2026',
  'growthFade',
  'capacityTargetGw',
  'computePriceRise2026',
  'costConvergence',
  'evToEbit',
];

/** Steps across an input's range on its slider. */
const SLIDER_STEPS = 100;

/** Props of {@link WhatIfPanel}. */
export interface WhatIfPanelProps {
  /** The scenario the sliders start from; each slider spans that input's reasoned low–high range. */
  readonly from: Scenario;
  readonly changes: Readonly<Partial<Record<InputId, number>>>;
  readonly onChange: (id: InputId, value: number) => void;
  readonly onReset: () => void;
  readonly onBuild: () => void;
  readonly disabled: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
  slider: { width: '100%', accentColor: tokens.colorBrandBackground },
});

const shown = (id: InputId, value: number): string =>
  INPUTS[id].unit === 'ratio' ? `${(value * 100).toFixed(1)} %` : value.toFixed(INPUTS[id].integer ? 0 : 2);

/**
 * Sliders for the key inputs, each within its range around the chosen scenario's value; the preview follows every
 * move, and "Build this" writes the changed inputs as a what-if column on the Assumptions sheet.
 * @example <WhatIfPanel from={base} changes={{}} onChange={set} onReset={reset} onBuild={build} disabled={false} />
 */
export const WhatIfPanel = ({ from, changes, onChange, onReset, onBuild, disabled }: WhatIfPanelProps) => {
  const styles = useStyles();
  const ranges = inputRanges(from);
  const changed = Object.keys(changes).length > 0;
  return (
    <div className={styles.root}>
      <Caption1 className={styles.note}>
        Each slider spans the input’s reasoned range around {from.name}’s value; the preview follows.
      </Caption1>
      {WHAT_IF_INPUTS.map((id) => {
        const range = ranges[id];
        if (range === null) return null;
        const value = changes[id] ?? from.inputs[id];
        return (
          <Field key={id} label={`${INPUTS[id].label}: ${shown(id, value)}`}>
            {/* A native range input: keyboard and screen readers know it, and it costs the pane no JavaScript. */}
            <input
              type="range"
              className={styles.slider}
              aria-label={id}
              min={range.low}
              max={range.high}
              step={INPUTS[id].integer ? 1 : (range.high - range.low) / SLIDER_STEPS}
              value={value}
              disabled={disabled}
              onChange={(event) => onChange(id, Number(event.target.value))}
            />
          </Field>
        );
      })}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled || !changed} onClick={onBuild}>
          Build this
        </Button>
        <Button disabled={disabled || !changed} onClick={onReset}>
          Reset
        </Button>
      </div>
    </div>
  );
};
