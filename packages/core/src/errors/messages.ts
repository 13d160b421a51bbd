import { deepFreeze } from '../internal/deep-freeze.js';
import { showValue } from '../internal/errors/show-value.js';
import { MAX_HORIZON, MIN_HORIZON } from '../internal/horizon-limits.js';
import { AifinError } from './aifin-error.js';
import { escapeForTerminal } from './escape-for-terminal.js';

/** What a system error code means, in words a user reads; the code itself is shown beside it. */
const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for this system or its limits',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENAMETOOLONG: 'name too long',
  ENOENT: 'a directory on the path does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EEXIST: 'a file appeared there meanwhile: pass --force to overwrite it',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'resource busy',
};

const systemReason = (code: string): string => SYSTEM_REASONS[code] ?? 'system error';

/** A file name or a parser's detail as it leads a message: unquoted, but never a raw control character. */
const shown = escapeForTerminal;

/**
 * Every message a user reads about their input, in one place: scenarios, horizon and formats, and the files and
 * directories a front end (the CLI) reads and writes for them. Each takes the value as the user gave it; a
 * system error code (`EACCES`) is passed as a plain string, so core stays free of I/O.
 * @example throw userErrors.horizon('0') // horizon = "0": must be a whole number of years from 1 to 15
 */
export const userErrors = /* @__PURE__ */ deepFreeze({
  /** A scenario name that is neither built in nor a file; `known` lists the built-in names. */
  unknownScenario: (name: string, known: readonly string[]) =>
    new AifinError(
      'SCENARIO_UNKNOWN',
      `unknown scenario ${showValue(name)}: use one of ${known.join(', ')} or a .json/.yaml file`,
    ),
  /** A scenario file that is not JSON or YAML; `detail` is the parser's own words. */
  syntax: (file: string, detail: string) =>
    new AifinError('SCENARIO_SYNTAX', `${shown(file)}: not valid JSON or YAML: ${shown(detail)}`),
  /** A scenario file whose field breaks a rule; `path` is the field, such as `inputs.growthFade`. */
  invalidField: (file: string, path: string, value: unknown, problem: string) =>
    new AifinError(
      'SCENARIO_INVALID',
      `${shown(file)}: ${shown(path) || '(top level)'} = ${showValue(value)}: ${problem}`,
    ),
  /** Two scenarios of one run share a name; `files` are where each came from. */
  duplicateScenario: (name: string, files: readonly string[]) =>
    new AifinError(
      'SCENARIO_DUPLICATE',
      `scenario name ${showValue(name)} is used twice (${files.join(', ')})`,
    ),
  /** A scenario file over `limit` bytes (`MAX_SCENARIO_FILE_BYTES`), refused before it is parsed. */
  tooLarge: (file: string, bytes: number, limit: number) =>
    new AifinError(
      'FILE_TOO_LARGE',
      `${shown(file)}: ${bytes} bytes is larger than the ${limit}-byte limit for scenario files`,
    ),
  /** A scenario object handed to the library (not read from a file) has a bad field. */
  invalidScenario: (name: string, path: string, value: unknown, problem: string) =>
    new AifinError(
      'SCENARIO_INVALID',
      `scenario ${showValue(name)}: ${shown(path)} = ${showValue(value)}: ${problem}`,
    ),
  /** A horizon that is not a whole number of years within the model's bounds. */
  horizon: (value: unknown) =>
    new AifinError(
      'HORIZON_INVALID',
      `horizon = ${showValue(value)}: must be a whole number of years from ${MIN_HORIZON} to ${MAX_HORIZON}`,
    ),
  /** A facts file that is not JSON or YAML; `detail` is the parser's own words. */
  factsSyntax: (file: string, detail: string) =>
    new AifinError('FACTS_SYNTAX', `${shown(file)}: not valid JSON or YAML: ${shown(detail)}`),
  /** `path` is the entry and field, such as `facts[2].metric`. */
  factsInvalid: (file: string, path: string, value: unknown, problem: string) =>
    new AifinError(
      'FACTS_INVALID',
      `${shown(file)}: ${shown(path) || '(top level)'} = ${showValue(value)}: ${problem}`,
    ),
  /** A facts file over `limit` bytes (`MAX_FACTS_FILE_BYTES`), refused before it is parsed. */
  factsTooLarge: (file: string, bytes: number, limit: number) =>
    new AifinError(
      'FILE_TOO_LARGE',
      `${shown(file)}: ${bytes} bytes is larger than the ${limit}-byte limit for facts files`,
    ),
  /**
   * Facts under which the model computes a value that is not a finite number. `facts` are the ones that cause it
   * (each with its value and the file it came from); `where` is what turned non-finite, such as `arr.api in 2026`.
   */
  factsNonFinite: (
    facts: readonly { readonly id: string; readonly value: number | null; readonly origin: string }[],
    where: string,
    value: number,
    scenario: string,
  ) => {
    const shownFacts = facts.slice(0, 6).map((f) => `${f.id} = ${showValue(f.value)} (${shown(f.origin)})`);
    const more = facts.length > 6 ? ` and ${facts.length - 6} more` : '';
    const them = facts.length === 1 ? 'it' : 'them';
    return new AifinError(
      'FACTS_INVALID',
      `${facts.length === 1 ? 'fact' : 'facts'} ${shownFacts.join(', ')}${more}: the model would compute ${showValue(value)} for ${where} (scenario ${showValue(scenario)}): revise ${them}`,
    );
  },
  /** `earliest` is the date of the built-in facts, which the model needs. */
  asOf: (value: unknown, earliest: string) =>
    new AifinError(
      'AS_OF_INVALID',
      `as-of = ${showValue(value)}: must be a date written YYYY-MM-DD, on or after ${earliest} (the built-in facts)`,
    ),
  /** A facts file the user named does not exist. */
  factsFileMissing: (file: string) =>
    new AifinError('FACTS_FILE_UNREADABLE', `facts file ${showValue(file)} does not exist`),
  /** A facts file the user named is a directory or another non-file. */
  factsFileNotFile: (file: string) =>
    new AifinError('FACTS_FILE_UNREADABLE', `facts file ${showValue(file)} is not a regular file`),
  /** `code` is the system's reason, such as `EACCES`. */
  factsFileUnreadable: (file: string, code: string) =>
    new AifinError('FACTS_FILE_UNREADABLE', `facts file ${showValue(file)} cannot be read (${code})`),
  /** An output format that is not one of `known`. */
  format: (value: string, known: readonly string[]) =>
    new AifinError('FORMAT_UNKNOWN', `format = ${showValue(value)}: use one or more of ${known.join(', ')}`),

  /** A scenario file the user named does not exist. */
  scenarioFileMissing: (file: string) =>
    new AifinError('SCENARIO_FILE_UNREADABLE', `scenario file ${showValue(file)} does not exist`),
  /** A scenario file the user named is a directory or another non-file. */
  scenarioFileNotFile: (file: string) =>
    new AifinError('SCENARIO_FILE_UNREADABLE', `scenario file ${showValue(file)} is not a regular file`),
  /** `code` is the system's reason, such as `EACCES`. */
  scenarioFileUnreadable: (file: string, code: string) =>
    new AifinError('SCENARIO_FILE_UNREADABLE', `scenario file ${showValue(file)} cannot be read (${code})`),

  /** A scenarios directory the user named does not exist. */
  scenariosDirMissing: (dir: string) =>
    new AifinError('SCENARIOS_DIR_INVALID', `scenarios-dir = ${showValue(dir)}: does not exist`),
  /** A scenarios directory the user named is not a directory. */
  scenariosDirNotDir: (dir: string) =>
    new AifinError('SCENARIOS_DIR_INVALID', `scenarios-dir = ${showValue(dir)}: is not a directory`),
  /** `code` is the system's reason, such as `EACCES`. */
  scenariosDirUnreadable: (dir: string, code: string) =>
    new AifinError('SCENARIOS_DIR_INVALID', `scenarios-dir = ${showValue(dir)}: cannot be read (${code})`),
  /** A scenarios directory that holds no scenario file. */
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
  /**
   * Writing an output file failed for a reason of the environment (full disk, read-only file system, permission,
   * name too long, a parent removed meanwhile). `file` is the path as the user would type it; `code` is the
   * system's reason, such as `ENOSPC`.
   */
  outputWriteFailed: (file: string, code: string) =>
    new AifinError('OUTPUT_INVALID', `cannot write ${showValue(file)}: ${systemReason(code)} (${code})`),
  /** Printing to stdout failed for a reason other than a closed pipe, e.g. `ENOSPC` on /dev/full. */
  stdoutFailed: (code: string) =>
    new AifinError('OUTPUT_INVALID', `cannot write to standard output: ${systemReason(code)} (${code})`),
  /** The working directory was removed while the user was in it. */
  cwdGone: (code: string) =>
    new AifinError(
      'CWD_INVALID',
      `the current directory cannot be read: ${systemReason(code)} (${code}): cd to an existing directory`,
    ),
  /** A flag that takes one value was given twice; the second would silently win. */
  flagRepeated: (flag: string, values: readonly string[]) =>
    new AifinError(
      'USAGE',
      `--${flag} is given more than once (${values.map(showValue).join(', ')}): give it once`,
    ),
  /**
   * A flag given where it would do nothing (`export --simulate N --format csv`): refused rather than silently
   * ignored. `value` is the flag's value when it takes one; `reason` completes "has no effect …".
   */
  flagWithoutEffect: (flag: string, value: string | undefined, reason: string) =>
    new AifinError(
      'USAGE',
      `${flag}${value === undefined ? '' : ` = ${showValue(value)}`}: has no effect ${reason}`,
    ),
  /** `-` (standard input) given for a second file: it can be read once. `first` and `second` name the flags. */
  stdinTwice: (first: string, second: string) =>
    new AifinError(
      'USAGE',
      `standard input ("-") is given for ${first} and again for ${second}: it can be read once, give it once`,
    ),
  /** `-` given while standard input is a terminal: the command would wait for typed text with no prompt. */
  stdinIsTerminal: (flag: string) =>
    new AifinError(
      'USAGE',
      `${flag} = "-" reads standard input, which is a terminal here: pipe a file into it (cat fast.yaml | aifin …)`,
    ),
  /** An output directory (`--out`) that is a file. */
  outDirNotDir: (dir: string) =>
    new AifinError('OUTPUT_INVALID', `out = ${showValue(dir)}: is not a directory`),
  /** `code` is the system's reason the directory cannot be made or written, such as `EROFS`. */
  outDirNotWritable: (dir: string, code: string) =>
    new AifinError(
      'OUTPUT_INVALID',
      `out = ${showValue(dir)}: cannot create or write there: ${systemReason(code)} (${code})`,
    ),
} as const);
