/**
 * Correlation matrices as flat k × k row-major arrays, and their Cholesky factors. A target matrix that is not
 * positive semi-definite cannot be imposed; the pivot where the factorisation fails says which input cannot be
 * correlated as asked with those before it.
 */

/** Off-diagonal pairs below this are treated as zero pivots (a semi-definite matrix is accepted). */
const PIVOT_TOLERANCE = 1e-10;

/** A k × k matrix with ones on the diagonal and `rho` at each pair. @example correlationMatrix(2, [[0, 1, 0.5]]) */
export function correlationMatrix(
  k: number,
  pairs: readonly (readonly [number, number, number])[],
): Float64Array {
  const m = new Float64Array(k * k);
  for (let i = 0; i < k; i++) m[i * k + i] = 1;
  for (const [i, j, rho] of pairs) {
    m[i * k + j] = rho;
    m[j * k + i] = rho;
  }
  return m;
}

/** A factorisation: the lower factor L (A = L Lᵀ), or the pivot where A showed it is not positive semi-definite. */
export type CholeskyOutcome =
  | { readonly ok: true; readonly factor: Float64Array }
  | { readonly ok: false; readonly pivot: number };

/**
 * The Cholesky factor of a symmetric k × k matrix, allowing zero pivots (semi-definite matrices).
 * @example cholesky(correlationMatrix(2, [[0, 1, 0.5]]), 2) // { ok: true, factor: [1, 0, 0.5, 0.866…] }
 */
export function cholesky(a: Float64Array, k: number): CholeskyOutcome {
  const l = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let d = a[j * k + j] as number;
    for (let p = 0; p < j; p++) d -= (l[j * k + p] as number) ** 2;
    if (d < -PIVOT_TOLERANCE) return { ok: false, pivot: j };
    const ljj = d > PIVOT_TOLERANCE ? Math.sqrt(d) : 0;
    l[j * k + j] = ljj;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j] as number;
      for (let p = 0; p < j; p++) s -= (l[i * k + p] as number) * (l[j * k + p] as number);
      if (ljj === 0) {
        // A zero pivot leaves nothing to explain what is left of this entry with: it must be zero too.
        if (Math.abs(s) > 1e-8) return { ok: false, pivot: i };
        l[i * k + j] = 0;
      } else l[i * k + j] = s / ljj;
    }
  }
  return { ok: true, factor: l };
}

/**
 * The Pearson correlation of normal scores that gives a rank (Spearman) correlation ρ: 2 sin(π ρ / 6). Iman–Conover
 * imposes the former; users ask for the latter.
 * @example normalScoreCorrelation(0.5) // 0.5176…
 */
export function normalScoreCorrelation(rank: number): number {
  return 2 * Math.sin((Math.PI * rank) / 6);
}

/**
 * The pair that makes a list of correlations impossible (their matrix not positive semi-definite), or null. The
 * inputs are ordered as they first appear; where the factorisation fails at an input's pivot, the pair named is
 * that input's strongest correlation with an earlier one, the one that cannot hold beside those before it.
 * @example impossiblePair([['a', 'b', 0.9], ['b', 'c', 0.9], ['a', 'c', -0.9]]) // ['a', 'c', -0.9]
 */
export function impossiblePair<Id extends string>(
  correlations: readonly (readonly [Id, Id, number])[],
): readonly [Id, Id, number] | null {
  const ids: Id[] = [];
  const index = (id: Id): number => {
    let i = ids.indexOf(id);
    if (i < 0) i = ids.push(id) - 1;
    return i;
  };
  const pairs = correlations.map(([a, b, rho]) => [index(a), index(b), rho] as const);
  const outcome = cholesky(correlationMatrix(ids.length, pairs), ids.length);
  if (outcome.ok) return null;
  let worst: readonly [Id, Id, number] | null = null;
  correlations.forEach((pair, p) => {
    const [i, j] = pairs[p] as readonly [number, number, number];
    if (Math.max(i, j) !== outcome.pivot) return;
    if (worst === null || Math.abs(pair[2]) > Math.abs(worst[2])) worst = pair;
  });
  return worst ?? (correlations[0] as readonly [Id, Id, number]);
}
