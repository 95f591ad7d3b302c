// Sums of powers of deviations from the mean over the present values: the basis of variance, skewness, kurtosis.

export interface CentralSums {
  /** Number of present values. */
  n: number;
  mean: number;
  /** Sums of squared, cubed and fourth powers of the deviations from the mean. */
  s2: number;
  s3: number;
  s4: number;
}

/**
 * One pass for the mean (compensated sum plus R's correcting pass) and one for the three power sums, each a
 * compensated (Neumaier) sum, without temporary arrays: winsorisation calls this after every step.
 */
export function centralSums(values: ArrayLike<number>): CentralSums {
  const m = presentMean(values);
  const s2 = new Compensated();
  const s3 = new Compensated();
  const s4 = new Compensated();
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    n++;
    const d = x - m;
    const d2 = d * d;
    s2.add(d2);
    s3.add(d2 * d);
    s4.add(d2 * d2);
  }
  return { n, mean: m, s2: s2.value(), s3: s3.value(), s4: s4.value() };
}

function presentMean(values: ArrayLike<number>): number {
  const sum = new Compensated();
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    sum.add(x);
    n++;
  }
  if (n === 0) return Number.NaN;
  const first = sum.value() / n;
  if (!Number.isFinite(first)) return first;
  const residual = new Compensated();
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (!Number.isNaN(x)) residual.add(x - first);
  }
  return first + residual.value() / n;
}

class Compensated {
  private sum = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.sum + x;
    this.compensation += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }

  value(): number {
    return this.sum + this.compensation;
  }
}
