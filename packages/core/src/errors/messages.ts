import { MAX_HORIZON, MIN_HORIZON } from '../model/calendar.js';
import { AifinError } from './aifin-error.js';

/** Shows a user's value in a message: strings quoted, long values cut. */
export const showValue = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Every message a user reads about their input, in one place. */
export const userErrors = {
  unknownScenario: (name: string, known: readonly string[]) =>
    new AifinError(
      'SCENARIO_UNKNOWN',
      `unknown scenario ${showValue(name)}: use one of ${known.join(', ')} or a .json/.yaml file`,
    ),
  syntax: (file: string, detail: string) =>
    new AifinError('SCENARIO_SYNTAX', `${file}: not valid JSON or YAML: ${detail}`),
  invalidField: (file: string, path: string, value: unknown, problem: string) =>
    new AifinError('SCENARIO_INVALID', `${file}: ${path || '(top level)'} = ${showValue(value)}: ${problem}`),
  duplicateScenario: (name: string, files: readonly string[]) =>
    new AifinError(
      'SCENARIO_DUPLICATE',
      `scenario name ${showValue(name)} is used twice (${files.join(', ')})`,
    ),
  tooLarge: (file: string, bytes: number, limit: number) =>
    new AifinError(
      'FILE_TOO_LARGE',
      `${file}: ${bytes} bytes is larger than the ${limit}-byte limit for scenario files`,
    ),
  horizon: (value: unknown) =>
    new AifinError(
      'HORIZON_INVALID',
      `horizon = ${showValue(value)}: must be a whole number of years from ${MIN_HORIZON} to ${MAX_HORIZON}`,
    ),
  format: (value: string, known: readonly string[]) =>
    new AifinError('FORMAT_UNKNOWN', `format = ${showValue(value)}: use one or more of ${known.join(', ')}`),
} as const;
