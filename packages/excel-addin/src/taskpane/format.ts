// Made once: toLocaleString with options builds a formatter per call, and the live bands format over a hundred
// figures per slider step (it was the largest cost of their render on the UI thread).
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const NO_DECIMALS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 });

/**
 * A USD-billions figure for the preview: one decimal below 100 B, none above.
 * @example formatUsdB(20) // "20.0 B USD"
 */
export function formatUsdB(value: number): string {
  return `${(Math.abs(value) >= 100 ? NO_DECIMALS : ONE_DECIMAL).format(value)} B USD`;
}

/**
 * A USD-billions figure in a table whose caption gives the unit: one decimal.
 * @example formatBillions(-12.345) // "-12.3"
 */
export function formatBillions(value: number): string {
  return ONE_DECIMAL.format(value);
}

/**
 * A multiple such as valuation ÷ ARR.
 * @example formatMultiple(42.5) // "42.5×"
 */
export function formatMultiple(value: number): string {
  return Number.isFinite(value) ? `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })}×` : 'n/a';
}

/**
 * A list for a sentence: "A, B and C".
 * @example joinWords(['Cover', 'Checks']) // "Cover and Checks"
 */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
