// The compensated (Neumaier) sum of an array of numbers: close to R's long-double accumulation in sum() and mean().
export function accurateSum(xs: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}
