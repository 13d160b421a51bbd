/** What went wrong with a user's input: the code a program can switch on. */
export type AifinErrorCode =
  | 'SCENARIO_UNKNOWN'
  | 'SCENARIO_SYNTAX'
  | 'SCENARIO_INVALID'
  | 'SCENARIO_DUPLICATE'
  | 'FILE_TOO_LARGE'
  | 'HORIZON_INVALID'
  | 'FORMAT_UNKNOWN'
  /** A scenario file the user named is missing, not a regular file, or cannot be read. */
  | 'SCENARIO_FILE_UNREADABLE'
  /** A scenarios directory is missing, not a directory, cannot be read, or holds no scenario file. */
  | 'SCENARIOS_DIR_INVALID'
  /** A facts file that is not JSON or YAML. */
  | 'FACTS_SYNTAX'
  /** A facts file whose entry breaks a rule (the message names the entry and the field). */
  | 'FACTS_INVALID'
  /** A facts file the user named is missing, not a regular file, or cannot be read. */
  | 'FACTS_FILE_UNREADABLE'
  /** An `--as-of` that is not a date, or is before the built-in facts. */
  | 'AS_OF_INVALID'
  /** An output file is already there; overwriting it needs the user's say-so (`--force`). */
  | 'OUTPUT_EXISTS'
  /** The output directory, or a file in it, cannot be written: not a directory, not a file, or not permitted. */
  | 'OUTPUT_INVALID'
  /** The working directory no longer exists or cannot be read. */
  | 'CWD_INVALID'
  /** The command line itself is wrong: a single-value flag given twice. */
  | 'USAGE'
  /** A sensitivity or simulation request names an unknown input or metric, or a bad range, count or seed. */
  | 'ANALYSIS_INVALID';

/**
 * Marks an AifinError from any copy of this package. The package ships an ES module build and a CommonJS build, so
 * a program that both imports and requires it holds two AifinError classes; `instanceof` answers by this mark, not
 * by the prototype, so either class recognises the other's errors.
 */
const AIFIN_ERROR = Symbol.for('@aifin/core/AifinError');

/**
 * Bad user input: a typed error whose message names the field and the value, fit to show as one line.
 * Programming errors are plain `Error`s and are never shown as if they were the user's fault.
 * @example if (error instanceof AifinError && error.code === 'SCENARIO_UNKNOWN') …
 */
export class AifinError extends Error {
  override readonly name = 'AifinError';
  constructor(
    readonly code: AifinErrorCode,
    message: string,
  ) {
    super(message);
    Object.defineProperty(this, AIFIN_ERROR, { value: true });
  }

  /** True for an AifinError made by either build of the package (see AIFIN_ERROR). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && AIFIN_ERROR in value;
  }
}
