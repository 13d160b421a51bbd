const encoder = new TextEncoder();

/**
 * UTF-8 size of a value's JSON: what it adds to an Office.js request, the unit of Excel on the web's 5 MB limit.
 * @example jsonBytes(['é']) // 6
 */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? '').length;
