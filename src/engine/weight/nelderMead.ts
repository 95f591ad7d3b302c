// Nelder-Mead minimisation following R's optim(method = "Nelder-Mead") step for step, so that results agree with R.

export interface NelderMeadOptions {
  /** Relative convergence tolerance (optim's reltol; R's default sqrt(machine epsilon)). */
  reltol?: number;
  /** Stop when the best value is at or below this (optim's abstol, default -Infinity). */
  abstol?: number;
  /** Maximum number of function evaluations (optim's maxit, default 500). */
  maxit?: number;
}

export interface NelderMeadResult {
  par: number[];
  value: number;
  evaluations: number;
  /** 0 converged, 1 evaluation limit reached, 10 the simplex stopped shrinking (optim's codes). */
  convergence: 0 | 1 | 10;
}

const BIG = 1e35;
const ALPHA = 1;
const BETA = 0.5;
const GAMMA = 2;

interface Vertex {
  x: number[];
  f: number;
}

/**
 * R's nmmin: a start simplex of the start point plus one vertex per coordinate moved by a tenth of the largest
 * |start| (0.1 if all are 0); reflection 1, contraction 0.5, expansion 2; non-finite values count as 1e35;
 * stops when highest - lowest <= reltol (|f(start)| + reltol) or after maxit evaluations. Same arithmetic in the
 * same order as R, so the same function gives the same path.
 */
export function nelderMead(
  fn: (x: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const { reltol = Math.sqrt(Number.EPSILON), abstol = -Infinity, maxit = 500 } = options;
  const n = start.length;
  let evaluations = 0;
  const evaluate = (x: readonly number[]): number => {
    evaluations++;
    const f = fn(x);
    return Number.isFinite(f) ? f : BIG;
  };
  const f0 = fn(start);
  if (maxit <= 0) return { par: [...start], value: f0, evaluations: 0, convergence: 0 };
  if (!Number.isFinite(f0)) throw new RangeError('function cannot be evaluated at initial parameters');
  evaluations = 1;
  const convtol = reltol * (Math.abs(f0) + reltol);

  const simplex: Vertex[] = [{ x: [...start], f: f0 }];
  let step = 0;
  for (const b of start) if (0.1 * Math.abs(b) > step) step = 0.1 * Math.abs(b);
  if (step === 0) step = 0.1;
  let size = 0;
  for (let j = 0; j < n; j++) {
    const x = [...start];
    let trystep = step;
    while (x[j] === start[j]) {
      x[j] = start[j]! + trystep;
      trystep *= 10;
    }
    size += trystep;
    simplex.push({ x, f: Number.NaN });
  }
  let oldsize = size;
  let low = 0;
  let stale = true;
  let convergence: 0 | 1 | 10 = 0;

  do {
    if (stale) {
      simplex.forEach((v, j) => {
        if (j !== low) v.f = evaluate(v.x);
      });
      stale = false;
    }
    let vl = simplex[low]!.f;
    let vh = vl;
    let high = low;
    simplex.forEach((v, j) => {
      if (j === low) return;
      if (v.f < vl) {
        low = j;
        vl = v.f;
      }
      if (v.f > vh) {
        high = j;
        vh = v.f;
      }
    });
    if (vh <= vl + convtol || vl <= abstol) break;

    const worst = simplex[high]!;
    const centroid = worst.x.map((xh, i) => simplex.reduce((acc, v) => acc + v.x[i]!, -xh) / n);
    const reflected = centroid.map((c, i) => (1 + ALPHA) * c - ALPHA * worst.x[i]!);
    const vr = evaluate(reflected);
    if (vr < vl) {
      const expanded = reflected.map((r, i) => GAMMA * r + (1 - GAMMA) * centroid[i]!);
      const fe = evaluate(expanded);
      simplex[high] = fe < vr ? { x: expanded, f: fe } : { x: reflected, f: vr };
      continue;
    }
    if (vr < vh) simplex[high] = { x: reflected, f: vr };
    const current = simplex[high]!;
    const contracted = current.x.map((xh, i) => (1 - BETA) * xh + BETA * centroid[i]!);
    const fc = evaluate(contracted);
    if (fc < current.f) {
      simplex[high] = { x: contracted, f: fc };
    } else if (vr >= vh) {
      stale = true;
      size = 0;
      const best = simplex[low]!.x;
      simplex.forEach((v, j) => {
        if (j === low) return;
        v.x = v.x.map((xi, i) => BETA * (xi - best[i]!) + best[i]!);
        v.x.forEach((xi, i) => (size += Math.abs(xi - best[i]!)));
      });
      if (size < oldsize) {
        oldsize = size;
      } else {
        convergence = 10;
        break;
      }
    }
  } while (evaluations <= maxit);

  if (evaluations > maxit) convergence = 1;
  const best = simplex[low]!;
  return { par: [...best.x], value: best.f, evaluations, convergence };
}
