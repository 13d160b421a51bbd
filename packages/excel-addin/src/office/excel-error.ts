/**
 * The message a user reads when Excel stops a build: Excel's own words, and where it stopped when Excel says.
 * @example excelErrorMessage(error) // "Excel stopped the build: The requested resource doesn't exist. (at …)"
 */
export const excelErrorMessage = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const location =
    typeof error === 'object' && error !== null && 'debugInfo' in error
      ? (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation
      : undefined;
  return `Excel stopped the build: ${message}${typeof location === 'string' && location !== '' ? ` (at ${location})` : ''}`;
};

/**
 * The message for a build Excel stopped, in terms of what the user can do. Excel refuses `names.add` with
 * ItemAlreadyExists while a sheet holding a sheet-scoped copy of the name is active (office-js issue 2875): then
 * the names the build found copied onto sheets are named, with where to delete them.
 * @example buildFailureMessage(error, ['years']) // "Excel refused to add the model's names ("years") …"
 */
export const buildFailureMessage = (error: unknown, scopedClashes: readonly string[]): string => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const location =
    typeof error === 'object' && error !== null && 'debugInfo' in error
      ? String((error as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation ?? '')
      : '';
  if (code === 'ItemAlreadyExists' && /names?\b.*\badd\b|NamedItemCollection\.add/i.test(location)) {
    const names = [...new Set(scopedClashes)].map((n) => `"${n}"`).join(', ');
    return (
      `Excel refused to add the model's names${names ? ` (${names})` : ''}: a sheet holds its own sheet-scoped ` +
      'copy of them, as Excel makes when a model sheet is copied. In Formulas › Name Manager, delete the names ' +
      'whose Scope is a sheet (or delete the copied sheet), then build again.'
    );
  }
  return excelErrorMessage(error);
};
