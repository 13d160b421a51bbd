/** The median of a non-empty list of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Milliseconds since `start`, a `process.hrtime.bigint()` reading. */
export const msSince = (start) => Number(process.hrtime.bigint() - start) / 1e6;
