/**
 * A USD-billions figure for the preview: one decimal below 100 B, none above.
 * @example formatUsdB(20) // "20.0 B USD"
 */
export const formatUsdB = (value: number): string =>
  `${value.toLocaleString('en-US', {
    minimumFractionDigits: Math.abs(value) >= 100 ? 0 : 1,
    maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 1,
  })} B USD`;

/**
 * A multiple such as valuation ÷ ARR.
 * @example formatMultiple(42.5) // "42.5×"
 */
export const formatMultiple = (value: number): string =>
  Number.isFinite(value) ? `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })}×` : 'n/a';

/**
 * A list for a sentence: "A, B and C".
 * @example joinWords(['Cover', 'Checks']) // "Cover and Checks"
 */
export const joinWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
