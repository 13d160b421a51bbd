/** The error codes Excel's runtime gives `CustomFunctions.ErrorCode` (CustomFunctionsRuntime 1.3). */
export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** A stand-in for `CustomFunctions.Error`: what Excel turns into an error value with a message. */
export class StandInError {
  readonly code: string;
  readonly message: string | undefined;
  constructor(code: string, message?: string) {
    if (!Object.values(ERROR_CODES).includes(code as never))
      throw new TypeError(`unknown error code ${code}`);
    this.code = code;
    this.message = message;
  }
}

/** A registered custom function. */
export type CustomFunction = (...args: unknown[]) => unknown;

/**
 * A stand-in for Excel's `CustomFunctions` runtime: `associate(id, fn)` registers a function under `NAMESPACE.ID`,
 * as the manifest's namespace makes Excel show it. Associating an id twice, or something not a function, throws.
 * @example const runtime = customFunctionsRuntime('AIFIN', registry); runtime.associate('FACT', fact);
 */
export const customFunctionsRuntime = (namespace: string, registry: Map<string, CustomFunction>) => ({
  associate(id: string, fn: unknown) {
    const name = `${namespace}.${id}`.toUpperCase();
    if (typeof fn !== 'function') throw new TypeError(`associate(${id}): not a function`);
    if (registry.has(name)) throw new Error(`associate(${id}): already associated`);
    registry.set(name, fn as CustomFunction);
  },
  Error: StandInError,
  ErrorCode: ERROR_CODES,
});

/** Literal arguments of a formula such as `=AIFIN.LINE("revenue.total", 2027, )`; null for an omitted one. */
const parseArguments = (text: string): unknown[] | null => {
  const args: unknown[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|(-?\d+(?:\.\d+)?)|())\s*(,|$)/y;
  if (text.trim() === '') return [];
  let index = 0;
  while (index < text.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) return null;
    args.push(
      match[1] !== undefined
        ? match[1].replaceAll('""', '"')
        : match[2] !== undefined
          ? Number(match[2])
          : null,
    );
    index = pattern.lastIndex;
    if (match[4] === '') break;
  }
  return args;
};

/**
 * What a cell holding a call of a registered custom function shows: the function's value (the top-left one of a
 * matrix, as a host without dynamic arrays), or its error code. Undefined when the formula is not such a call
 * (only literal arguments are understood).
 * @example customFunctionValue('=AIFIN.FACT("F7")', registry) // 20
 */
export const customFunctionValue = (
  formula: string,
  registry: ReadonlyMap<string, CustomFunction>,
): string | number | boolean | undefined => {
  const call = /^=([A-Za-z][\w.]*)\((.*)\)$/s.exec(formula);
  const fn = call?.[1] ? registry.get(call[1].toUpperCase()) : undefined;
  const args = call?.[2] !== undefined ? parseArguments(call[2]) : null;
  if (!fn || !args) return undefined;
  try {
    let value = fn(...args);
    while (Array.isArray(value)) value = value[0];
    return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean'
      ? value
      : '#VALUE!';
  } catch (error) {
    return error instanceof StandInError ? error.code : '#VALUE!';
  }
};
