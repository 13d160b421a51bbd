import { userErrors } from '../errors/messages.js';
import { MAX_HORIZON, MIN_HORIZON } from '../model/calendar.js';
import type { Scenario } from './scenario.js';

/** Decimal digits only: Number() would also take "0xF", "0b11", "1e1" and "+5", which nobody means as years. */
const DECIMAL = /^\s*[0-9]+\s*$/;

/** Validates a horizon given on a command line or in the task pane. */
export const parseHorizon = (value: unknown): number => {
  const n = typeof value === 'string' ? (DECIMAL.test(value) ? Number(value) : Number.NaN) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < MIN_HORIZON || n > MAX_HORIZON)
    throw userErrors.horizon(value);
  return n;
};

/** The same scenario over another horizon. */
export const withHorizon = (scenario: Scenario, horizon: number): Scenario => ({
  ...scenario,
  horizon: parseHorizon(horizon),
});
