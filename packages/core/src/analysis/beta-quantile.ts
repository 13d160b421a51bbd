/**
 * The quantile function of a Beta(a, b) distribution, exact to double precision: a table of the quantiles at
 * 1/128 steps (made once per shape, by bisection on the exact distribution function) gives a start, and a
 * bracketed Newton iteration on the exact distribution function finishes it (2–3 steps). An inverse-CDF sampler
 * is what Latin hypercube sampling and Iman–Conover need (a stratified or reordered uniform maps to its value),
 * which rejection methods such as Marsaglia–Tsang cannot give; the Newton finish is what makes it exact rather
 * than an interpolation. Shapes with a = 1 or b = 1 (PERT's one-sided ranges) have closed forms.
 */

/** Quantile-table cells: fine for whole shapes (a polynomial is cheap to bisect), coarser for the others. */
const WHOLE_CELLS = 1024;
const FRACTIONAL_CELLS = 128;
/** Below this, a shape's parameters are small whole numbers and the distribution function is a finite sum. */
const MAX_WHOLE = 30;

/** One Beta shape, made ready for drawing. */
export interface BetaShape {
  readonly a: number;
  readonly b: number;
  /**
   * Whole a and b: the distribution function is a polynomial of degree n = a + b − 1 (its coefficients in powers of
   * x, highest first, for Horner's rule), and so is the density (its derivative).
   */
  readonly cdfPolynomial: Float64Array | null;
  readonly densityPolynomial: Float64Array | null;
  /** log B(a, b). */
  readonly logBeta: number;
  readonly table: Float64Array;
  /** dx/du at each table point (1 / density), for a cubic Hermite start between them. */
  readonly slopes: Float64Array;
  readonly cells: number;
}

/** log Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e-15). */
export function logGamma(x: number): number {
  const c = [
    0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
    12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0] as number;
  for (let i = 1; i < 9; i++) sum += (c[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

function isWhole(x: number): boolean {
  return Number.isInteger(x) && x >= 1 && x <= MAX_WHOLE;
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

function horner(coefficients: Float64Array, x: number): number {
  let sum = 0;
  for (let i = 0; i < coefficients.length; i++) sum = sum * x + (coefficients[i] as number);
  return sum;
}

/**
 * I_x(a, b) for whole a, b as a polynomial in x: Σ_{j=a}^{n} C(n, j) x^j (1 − x)^(n − j), expanded into powers of
 * x (coefficients highest power first). Exact integers for these small degrees.
 */
function cdfCoefficients(a: number, b: number): Float64Array {
  const n = a + b - 1;
  const choose = (m: number, k: number): number => {
    let c = 1;
    for (let i = 1; i <= k; i++) c = (c * (m - k + i)) / i;
    return c;
  };
  const power = new Float64Array(n + 1); // power[k]: coefficient of x^k
  for (let j = a; j <= n; j++)
    for (let i = 0; i <= n - j; i++)
      power[j + i] = (power[j + i] as number) + choose(n, j) * choose(n - j, i) * (-1) ** i;
  return Float64Array.from({ length: n + 1 }, (_, i) => power[n - i] as number);
}

/** The derivative of a polynomial given highest power first. */
function derivative(coefficients: Float64Array): Float64Array {
  const n = coefficients.length - 1;
  return Float64Array.from({ length: n }, (_, i) => (coefficients[i] as number) * (n - i));
}

/** The distribution function I_x(a, b). @example betaCdf(betaShape(3, 3), 0.5) // 0.5 */
export function betaCdf(shape: BetaShape, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const { a, b, cdfPolynomial } = shape;
  if (cdfPolynomial !== null) return horner(cdfPolynomial, x);
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - shape.logBeta);
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** The density at x (0 < x < 1). */
export function betaDensity(shape: BetaShape, x: number): number {
  const { a, b } = shape;
  if (shape.densityPolynomial !== null) return horner(shape.densityPolynomial, x);
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - shape.logBeta);
}

function bisect(shape: BetaShape, u: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (betaCdf(shape, mid) < u) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * A Beta shape made ready: its constants and its quantile table.
 * @example const shape = betaShape(3, 3)
 */
export function betaShape(a: number, b: number): BetaShape {
  const logBeta = logGamma(a) + logGamma(b) - logGamma(a + b);
  const whole = isWhole(a) && isWhole(b);
  const cdfPolynomial = whole ? cdfCoefficients(a, b) : null;
  const cells = whole ? WHOLE_CELLS : FRACTIONAL_CELLS;
  const shape: BetaShape = {
    a,
    b,
    cdfPolynomial,
    densityPolynomial: cdfPolynomial === null ? null : derivative(cdfPolynomial),
    logBeta,
    table: new Float64Array(cells + 1),
    slopes: new Float64Array(cells + 1),
    cells,
  };
  const table = shape.table as Float64Array;
  const slopes = shape.slopes as Float64Array;
  table[cells] = 1;
  if (a !== 1 && b !== 1)
    for (let k = 1; k < cells; k++) {
      table[k] = bisect(shape, k / cells);
      slopes[k] = 1 / betaDensity(shape, table[k] as number);
    }
  return shape;
}

/**
 * The u-quantile of the shape (0 ≤ u < 1), to the precision of its distribution function.
 * @example betaQuantile(betaShape(3, 3), 0.5) // 0.5
 */
export function betaQuantile(shape: BetaShape, u: number): number {
  const { a, b } = shape;
  if (a === 1) return b === 1 ? u : -Math.expm1(Math.log1p(-u) / b);
  if (b === 1) return u ** (1 / a);
  if (u <= 0) return 0;
  const { table, cells } = shape;
  const scaled = u * cells;
  const k = Math.floor(scaled);
  let lo = table[k] as number;
  let hi = table[k + 1] as number;
  // A cubic Hermite start from the table's quantiles and slopes: within about 1e-10, so one Newton step
  // usually finishes.
  const t = scaled - k;
  const t2 = t * t;
  const t3 = t2 * t;
  const h = 1 / cells;
  let x =
    (2 * t3 - 3 * t2 + 1) * lo +
    (t3 - 2 * t2 + t) * h * (shape.slopes[k] as number) +
    (3 * t2 - 2 * t3) * hi +
    (t3 - t2) * h * (shape.slopes[k + 1] as number);
  // In the end cells the distribution function is close to a power of x (or of 1 − x): start from that instead.
  if (k === 0) x = Math.min(hi, (u * a * Math.exp(shape.logBeta)) ** (1 / a));
  else if (k === cells - 1) x = Math.max(lo, 1 - ((1 - u) * b * Math.exp(shape.logBeta)) ** (1 / b));
  const polynomial = shape.cdfPolynomial;
  for (let i = 0; i < 60; i++) {
    let f: number;
    let density: number;
    if (polynomial !== null) {
      // Horner's rule for the polynomial and its derivative (the density) in one pass.
      let p = 0;
      let d = 0;
      for (let c = 0; c < polynomial.length; c++) {
        d = d * x + p;
        p = p * x + (polynomial[c] as number);
      }
      f = p - u;
      density = d;
    } else {
      f = betaCdf(shape, x) - u;
      density = betaDensity(shape, x);
    }
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const step = f / density;
    let next = x - step;
    // Outside the bracket (a flat tail), halve it instead: the bracket always holds the root.
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    // Newton converges quadratically: after a step below 1e-9 of x, the error left is below 1e-18 of x.
    else if (Math.abs(step) <= 1e-9 * x) return next;
    x = next;
  }
  return x;
}
