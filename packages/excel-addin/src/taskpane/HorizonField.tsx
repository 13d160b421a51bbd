import { FIRST_PROJECTION_YEAR, MAX_HORIZON, MIN_HORIZON } from '@aifin/core';
import { Field, Input } from '@fluentui/react-components';

/** Props of {@link HorizonField}. */
export interface HorizonFieldProps {
  /** What the user typed: kept as text so a half-typed value is not thrown away. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Core's message for an invalid horizon, or null. */
  readonly error: string | null;
  /** The last projected year for a valid horizon, shown as a hint. */
  readonly lastYear: number | null;
  /** The first projected year (default 2026; later when a facts file's ARR actual rolls the model forward). */
  readonly firstYear?: number;
  readonly disabled?: boolean;
}

/**
 * The projection horizon: whole years after 2025, from 1 to 15 (validated by core's `parseHorizon`).
 * @example <HorizonField value="5" onChange={setHorizon} error={null} lastYear={2030} />
 */
export const HorizonField = (props: HorizonFieldProps) => (
  <Field
    label={`Projection horizon (years, ${MIN_HORIZON}–${MAX_HORIZON})`}
    {...(props.error
      ? { validationState: 'error' as const, validationMessage: props.error }
      : {
          hint:
            props.lastYear === null
              ? null
              : `Projects ${props.firstYear ?? FIRST_PROJECTION_YEAR}–${props.lastYear}`,
        })}
  >
    <Input
      type="number"
      inputMode="numeric"
      min={MIN_HORIZON}
      max={MAX_HORIZON}
      step={1}
      value={props.value}
      disabled={props.disabled ?? false}
      onChange={(_, data) => props.onChange(data.value)}
    />
  </Field>
);
