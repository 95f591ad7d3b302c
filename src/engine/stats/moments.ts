// Sums of powers of deviations from the mean over the present values: the basis of variance, skewness, kurtosis.
import { meanOfPresent } from './mean.js';
import { presentValues } from './present.js';
import { accurateSum } from './sum.js';

export interface CentralSums {
  /** Number of present values. */
  n: number;
  mean: number;
  /** Sums of squared, cubed and fourth powers of the deviations from the mean. */
  s2: number;
  s3: number;
  s4: number;
}

export function centralSums(values: ArrayLike<number>): CentralSums {
  const xs = presentValues(values);
  const m = meanOfPresent(xs);
  const d = xs.map((x) => x - m);
  return {
    n: xs.length,
    mean: m,
    s2: accurateSum(d.map((x) => x * x)),
    s3: accurateSum(d.map((x) => x ** 3)),
    s4: accurateSum(d.map((x) => x ** 4)),
  };
}
