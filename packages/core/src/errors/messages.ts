import { MAX_HORIZON, MIN_HORIZON } from '../horizon-limits.js';
import { AifinError } from './aifin-error.js';
import { showValue } from './show-value.js';

/**
 * Every message a user reads about their input, in one place: scenarios, horizon and formats, and the files and
 * directories a front end (the CLI) reads and writes for them. Each takes the value as the user gave it; a
 * system error code (`EACCES`) is passed as a plain string, so core stays free of I/O.
 * @example throw userErrors.horizon('0') // horizon = "0": must be a whole number of years from 1 to 15
 */
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
  factsSyntax: (file: string, detail: string) =>
    new AifinError('FACTS_SYNTAX', `${file}: not valid JSON or YAML: ${detail}`),
  /** `path` is the entry and field, such as `facts[2].metric`. */
  factsInvalid: (file: string, path: string, value: unknown, problem: string) =>
    new AifinError('FACTS_INVALID', `${file}: ${path || '(top level)'} = ${showValue(value)}: ${problem}`),
  factsTooLarge: (file: string, bytes: number, limit: number) =>
    new AifinError(
      'FILE_TOO_LARGE',
      `${file}: ${bytes} bytes is larger than the ${limit}-byte limit for facts files`,
    ),
  /** `earliest` is the date of the built-in facts, which the model needs. */
  asOf: (value: unknown, earliest: string) =>
    new AifinError(
      'AS_OF_INVALID',
      `as-of = ${showValue(value)}: must be a date written YYYY-MM-DD, on or after ${earliest} (the built-in facts)`,
    ),
  factsFileMissing: (file: string) =>
    new AifinError('FACTS_FILE_UNREADABLE', `facts file ${showValue(file)} does not exist`),
  factsFileNotFile: (file: string) =>
    new AifinError('FACTS_FILE_UNREADABLE', `facts file ${showValue(file)} is not a regular file`),
  /** `code` is the system's reason, such as `EACCES`. */
  factsFileUnreadable: (file: string, code: string) =>
    new AifinError('FACTS_FILE_UNREADABLE', `facts file ${showValue(file)} cannot be read (${code})`),
  format: (value: string, known: readonly string[]) =>
    new AifinError('FORMAT_UNKNOWN', `format = ${showValue(value)}: use one or more of ${known.join(', ')}`),

  scenarioFileMissing: (file: string) =>
    new AifinError('SCENARIO_FILE_UNREADABLE', `scenario file ${showValue(file)} does not exist`),
  scenarioFileNotFile: (file: string) =>
    new AifinError('SCENARIO_FILE_UNREADABLE', `scenario file ${showValue(file)} is not a regular file`),
  /** `code` is the system's reason, such as `EACCES`. */
  scenarioFileUnreadable: (file: string, code: string) =>
    new AifinError('SCENARIO_FILE_UNREADABLE', `scenario file ${showValue(file)} cannot be read (${code})`),

  scenariosDirMissing: (dir: string) =>
    new AifinError('SCENARIOS_DIR_INVALID', `scenarios-dir = ${showValue(dir)}: does not exist`),
  scenariosDirNotDir: (dir: string) =>
    new AifinError('SCENARIOS_DIR_INVALID', `scenarios-dir = ${showValue(dir)}: is not a directory`),
  /** `code` is the system's reason, such as `EACCES`. */
  scenariosDirUnreadable: (dir: string, code: string) =>
    new AifinError('SCENARIOS_DIR_INVALID', `scenarios-dir = ${showValue(dir)}: cannot be read (${code})`),
  scenariosDirEmpty: (dir: string) =>
    new AifinError(
      'SCENARIOS_DIR_INVALID',
      `scenarios-dir = ${showValue(dir)}: holds no .json, .yaml or .yml file`,
    ),

  /** `file` is the path as the user would type it, inside their `--out`. */
  outputExists: (file: string) =>
    new AifinError(
      'OUTPUT_EXISTS',
      `output file ${showValue(file)} already exists: pass --force to overwrite it`,
    ),
  /** `file` is the path as the user would type it, inside their `--out`. */
  outputNotFile: (file: string) =>
    new AifinError(
      'OUTPUT_INVALID',
      `output ${showValue(file)} exists and is not a file: choose another --out`,
    ),
  outDirNotDir: (dir: string) =>
    new AifinError('OUTPUT_INVALID', `out = ${showValue(dir)}: is not a directory`),
  /** `code` is the system's reason, such as `EACCES`. */
  outDirNotWritable: (dir: string, code: string) =>
    new AifinError('OUTPUT_INVALID', `out = ${showValue(dir)}: cannot write there (${code})`),
} as const;
