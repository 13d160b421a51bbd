import { LookupError } from './lookup-error.js';

/**
 * What a custom function throws so Excel shows an error value with a message: a {@link LookupError} keeps its code
 * (#VALUE! or #N/A) and words; anything else is a bug, shown as #N/A saying so rather than as a JavaScript error.
 * `CustomFunctions.Error` needs CustomFunctionsRuntime 1.2 and its ErrorCode values 1.3 (see manifest.json); on an
 * older runtime, where the class is missing, a plain Error still becomes #VALUE! in the cell.
 * @example try { … } catch (error) { throw toExcelError(error); }
 */
export const toExcelError = (error: unknown): Error | CustomFunctions.Error => {
  const code = error instanceof LookupError ? error.code : 'notAvailable';
  const message =
    error instanceof LookupError
      ? error.message
      : `aifin could not compute this: ${error instanceof Error ? error.message : String(error)}`;
  if (typeof CustomFunctions === 'undefined' || typeof CustomFunctions.Error !== 'function')
    return new Error(message);
  return new CustomFunctions.Error(
    code === 'invalidValue' ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable,
    message,
  );
};
