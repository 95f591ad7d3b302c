// Distribution functions needed for correlation p-values: the normal and Student t CDFs, via incomplete gamma and beta.

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Regularised incomplete beta I_x(a, b), or its complement 1 - I_x(a, b) when `upper`; `y` is 1 - x, passed
 * separately so that x close to 1 keeps its precision. Continued fraction (modified Lentz).
 */
export function incompleteBeta(x: number, a: number, b: number, upper = false, y = 1 - x): number {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return Number.NaN;
  if (x <= 0) return upper ? 1 : 0;
  if (y <= 0) return upper ? 0 : 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logGamma(a) - logGamma(b) + logGamma(a + b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * betaFraction(x, a, b)) / a;
    return upper ? 1 - lower : lower;
  }
  const complement = (front * betaFraction(y, b, a)) / b;
  return upper ? complement : 1 - complement;
}

function betaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = nonZero(1 - ((a + b) * x) / (a + 1));
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / nonZero(1 + even * d);
    c = nonZero(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / nonZero(1 + odd * d);
    c = nonZero(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return h;
}

/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x), or P(a, x) when `lower`. */
export function incompleteGamma(a: number, x: number, lower = false): number {
  if (Number.isNaN(x) || !(a > 0)) return Number.NaN;
  if (x <= 0) return lower ? 0 : 1;
  if (x === Infinity) return lower ? 1 : 0;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let k = 1; k <= MAX_ITERATIONS; k++) {
      term *= x / (a + k);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
    }
    const p = sum * front;
    return lower ? p : 1 - p;
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = 1 / nonZero(an * d + b);
    c = nonZero(b + an / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  const q = front * h;
  return lower ? 1 - q : q;
}

/** Standard normal CDF Φ(x), or 1 - Φ(x) when `lowerTail` is false, as R's pnorm(x, 0, 1, lower.tail). */
export function normalCdf(x: number, lowerTail = true): number {
  if (Number.isNaN(x)) return Number.NaN;
  const z = lowerTail ? -x : x;
  // P(Z > z) = erfc(z / sqrt 2) / 2, with erfc(u) = Q(1/2, u^2) for u >= 0.
  const tail = 0.5 * incompleteGamma(0.5, (z * z) / 2);
  return z >= 0 ? tail : 1 - tail;
}

/** Student t CDF with df degrees of freedom, or its upper tail, as R's pt(t, df, lower.tail). */
export function studentTCdf(t: number, df: number, lowerTail = true): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  const t2 = t * t;
  // P(|T| > |t|) = I_{df / (df + t^2)}(df / 2, 1 / 2)
  const twoSided = Number.isFinite(t2)
    ? incompleteBeta(df / (df + t2), df / 2, 0.5, false, t2 / (df + t2))
    : 0;
  const beyond = twoSided / 2;
  const farTail = lowerTail ? t < 0 : t >= 0;
  return farTail ? beyond : 1 - beyond;
}

function nonZero(x: number): number {
  return Math.abs(x) < TINY ? TINY : x;
}
