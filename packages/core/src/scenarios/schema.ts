import * as v from 'valibot';
import { deepFreeze } from '../internal/deep-freeze.js';
import { MAX_HORIZON, MIN_HORIZON } from '../model/calendar.js';
import { INPUT_IDS, INPUTS, type InputId } from '../model/inputs.js';
import { hasXmlInvalidChar } from '../xml-text.js';
import { BUILTIN_SCENARIO_NAMES } from './scenario.js';

/** The largest scenario file accepted: real ones are a few hundred bytes. */
export const MAX_SCENARIO_FILE_BYTES = 64 * 1024;
/** The longest free text (description, rationale) accepted in a scenario file. */
export const MAX_SCENARIO_TEXT = 500;
/** Scenario names become file names and column headers, so they are kept to a safe alphabet. */
export const SCENARIO_NAME_PATTERN = /* @__PURE__ */ deepFreeze(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);

const freeText = v.pipe(
  v.string('must be text'),
  v.maxLength(MAX_SCENARIO_TEXT, `must be at most ${MAX_SCENARIO_TEXT} characters`),
  // It goes into the workbook's XML, where these characters make the file unreadable.
  v.check(
    (text) => !hasXmlInvalidChar(text),
    'must not contain control characters, U+FFFE, U+FFFF or unpaired surrogates',
  ),
);

/** A choice input by its option's name ("2xF8"), turned into the option's index the model reads. */
const choiceValue = (choices: readonly string[]) =>
  v.pipe(
    v.picklist(choices, `must be one of ${choices.join(', ')}`),
    v.transform((name: string) => choices.indexOf(name)),
  );

const numberValue = (id: InputId) => {
  const { min, max, integer } = INPUTS[id];
  const range = `must be between ${min} and ${max}`;
  return v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.check((n: number) => !integer || Number.isInteger(n), 'must be a whole number'),
    v.minValue(min, range),
    v.maxValue(max, range),
  );
};

const inputValue = (id: InputId) => {
  const { choices } = INPUTS[id];
  return choices ? choiceValue(choices) : numberValue(id);
};

/** `{ value, low, high }`: a range for sensitivity and simulation, holding the value, both ends or neither. */
const rangedOverride = (id: InputId) =>
  v.pipe(
    v.strictObject(
      {
        value: numberValue(id),
        low: v.optional(numberValue(id)),
        high: v.optional(numberValue(id)),
        rationale: v.optional(freeText),
      },
      'must have only "value", "low", "high" and "rationale"',
    ),
    v.check(
      (o) => (o.low === undefined) === (o.high === undefined),
      'must give both "low" and "high", or neither',
    ),
    v.check(
      (o) => o.low === undefined || o.high === undefined || (o.low <= o.value && o.value <= o.high),
      'must have low ≤ value ≤ high',
    ),
  );

const inputOverride = (id: InputId) => {
  const { choices } = INPUTS[id];
  return v.union(
    [
      inputValue(id),
      choices
        ? v.strictObject(
            { value: inputValue(id), rationale: v.optional(freeText) },
            'must have only "value" and "rationale"',
          )
        : rangedOverride(id),
    ],
    choices
      ? `must be one of ${choices.join(', ')}, or { value, rationale }`
      : 'must be a number, or { value, low, high, rationale }',
  );
};

const correlatedInput = v.pipe(
  v.picklist(INPUT_IDS, `must be an input id: one of ${INPUT_IDS.join(', ')}`),
  v.check(
    (id: InputId) => INPUTS[id].choices === undefined,
    'is a choice between readings of the sources, not a quantity to correlate',
  ),
);

/** `[inputA, inputB, rho]`: a rank correlation between two different inputs' draws. */
const correlationEntry = v.pipe(
  v.strictTuple(
    [
      correlatedInput,
      correlatedInput,
      v.pipe(
        v.number('must be a number'),
        v.finite('must be a finite number'),
        v.minValue(-1, 'must be between -1 and 1'),
        v.maxValue(1, 'must be between -1 and 1'),
      ),
    ],
    'must be [inputA, inputB, rho]',
  ),
  v.check(([a, b]) => a !== b, 'must correlate two different inputs'),
);

/** Each pair once: a second rho for the same pair would leave which one applies to chance. */
const correlationList = v.pipe(
  v.array(correlationEntry, 'must be a list of [inputA, inputB, rho]'),
  v.check((list) => {
    const seen = new Set<string>();
    for (const [a, b] of list) {
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  }, 'must give each pair of inputs once'),
);

/**
 * A user scenario file: a name, an optional built-in to extend (default base), an optional horizon, and overrides
 * of named inputs, each a number or `{ value, low, high, rationale }` (low and high optional, together).
 */
export const ScenarioFileSchema = /* @__PURE__ */ deepFreeze(
  v.strictObject({
    name: v.pipe(
      v.string('must be text'),
      v.regex(
        SCENARIO_NAME_PATTERN,
        'must be 1–64 letters, digits, "-" or "_", starting with a letter or digit',
      ),
      v.check(
        (name) => !(BUILTIN_SCENARIO_NAMES as readonly string[]).includes(name),
        'is a built-in scenario name: choose another',
      ),
    ),
    extends: v.optional(
      v.picklist(BUILTIN_SCENARIO_NAMES, `must be one of ${BUILTIN_SCENARIO_NAMES.join(', ')}`),
    ),
    description: v.optional(freeText),
    horizon: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(MIN_HORIZON, `must be from ${MIN_HORIZON} to ${MAX_HORIZON}`),
        v.maxValue(MAX_HORIZON, `must be from ${MIN_HORIZON} to ${MAX_HORIZON}`),
      ),
    ),
    inputs: v.optional(
      v.strictObject(
        Object.fromEntries(INPUT_IDS.map((id) => [id, v.optional(inputOverride(id))])) as {
          [K in InputId]: v.OptionalSchema<ReturnType<typeof inputOverride>, undefined>;
        },
      ),
    ),
    correlations: v.optional(correlationList),
  }),
);

export type ScenarioFile = v.InferOutput<typeof ScenarioFileSchema>;
