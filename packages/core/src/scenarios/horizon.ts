import { userErrors } from '../errors/messages.js';
import { MAX_HORIZON, MIN_HORIZON } from '../model/calendar.js';
import type { Scenario } from './scenario.js';

/** Validates a horizon given on a command line or in the task pane. */
export const parseHorizon = (value: unknown): number => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < MIN_HORIZON || n > MAX_HORIZON)
    throw userErrors.horizon(value);
  return n;
};

/** The same scenario over another horizon. */
export const withHorizon = (scenario: Scenario, horizon: number): Scenario => ({
  ...scenario,
  horizon: parseHorizon(horizon),
});
