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
