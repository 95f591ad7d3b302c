import { describe, expect, it } from 'vitest';
import { correlationTest, spearmanAs89 } from '../../../src/engine/stats/correlationTest.js';
import { incompleteBeta, normalCdf, studentTCdf } from '../../../src/engine/stats/distributions.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);

describe('distributions', () => {
  it('normalCdf matches known values of R pnorm', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 15);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    // tail accuracy: pnorm(-8) = 6.22096057427178e-16
    expect(normalCdf(-8) / 6.22096057427178e-16).toBeCloseTo(1, 10);
    expect(normalCdf(8, false) / 6.22096057427178e-16).toBeCloseTo(1, 10);
  });
  it('studentTCdf matches the closed forms for 1, 2 and 3 degrees of freedom', () => {
    for (const t of [-3.7, -1, -0.2, 0, 0.5, 2.1213203435596424, 12]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 14);
      const theta = Math.atan(t / Math.sqrt(3));
      const within = (2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta)); // P(-t < T < t) signed
      expect(studentTCdf(t, 3)).toBeCloseTo(0.5 + within / 2, 14);
      expect(studentTCdf(t, 3, false)).toBeCloseTo(0.5 - within / 2, 14);
    }
    expect(studentTCdf(Infinity, 5)).toBe(1);
    expect(studentTCdf(-Infinity, 5)).toBe(0);
  });
  it('incompleteBeta: I_x(1, 1) = x and I_x(a, 1) = x^a', () => {
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 15);
    expect(incompleteBeta(0.3, 2.5, 1)).toBeCloseTo(0.3 ** 2.5, 15);
    expect(incompleteBeta(0.9, 2.5, 1, true)).toBeCloseTo(1 - 0.9 ** 2.5, 15);
  });
});

describe('correlationTest (R cor.test, two-sided)', () => {
  it('Pearson: t = sqrt(n - 2) r / sqrt(1 - r^2) against t with n - 2 df', () => {
    // r^2 = 0.6, n = 5: t^2 = 3 * 0.6 / 0.4 = 4.5; with 3 df, p = 1 - (2/pi)(theta + sin theta cos theta),
    // theta = atan(t / sqrt 3) = atan(sqrt 1.5), sin cos = tan / (1 + tan^2) = sqrt(1.5) / 2.5
    const test = correlationTest(f64(1, 2, 3, 4, 5, NaN), f64(2, 4, 5, 4, 5, 1), 'pearson');
    expect(test.n).toBe(5);
    expect(test.estimate).toBeCloseTo(Math.sqrt(0.6), 15);
    const p = 1 - (2 / Math.PI) * (Math.atan(Math.sqrt(1.5)) + Math.sqrt(1.5) / 2.5);
    expect(test.p).toBeCloseTo(p, 14);
  });
  it('Pearson: NaN p with fewer than 3 pairs (cor.test stops) or a constant column; 0 for a perfect line', () => {
    expect(correlationTest(f64(1, 2), f64(2, 1), 'pearson').p).toBeNaN();
    expect(correlationTest(f64(1, 1, 1), f64(2, 1, 3), 'pearson').p).toBeNaN();
    expect(correlationTest(f64(1, 2, 3, 4), f64(2, 4, 6, 8), 'pearson').p).toBe(0);
  });
  it('Spearman without ties, n <= 9: exact permutation probability (AS 89)', () => {
    // x = 1..4, y = 1 3 2 4: S = 2, rho = 0.8; P(S <= 2) = (1 identity + 3 adjacent swaps) / 24; two-sided 1/3
    const test = correlationTest(f64(1, 2, 3, 4), f64(1, 3, 2, 4), 'spearman');
    expect(test.estimate).toBeCloseTo(0.8, 15);
    expect(test.p).toBeCloseTo(1 / 3, 15);
    // reversed: S = 20 = max, only the reversal reaches it: P = 1/24, two-sided 1/12
    expect(correlationTest(f64(1, 2, 3, 4), f64(4, 3, 2, 1), 'spearman').p).toBeCloseTo(1 / 12, 15);
  });
  it('Spearman with ties: t approximation with n - 2 df on rho', () => {
    // rho^2 = 49 / 90, n = 5: t = rho / sqrt((1 - rho^2) / 3) with 3 df
    const test = correlationTest(f64(1, 2, 3, 4, 5), f64(2, 4, 5, 4, 5), 'spearman');
    const rho = 7 / Math.sqrt(90);
    const t = rho / Math.sqrt((1 - rho * rho) / 3);
    const theta = Math.atan(t / Math.sqrt(3));
    expect(test.p).toBeCloseTo(1 - (2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta)), 12);
  });
  it('Spearman, n >= 10: the Edgeworth series is close to the exact tail', () => {
    // n = 10: the exact two-sided 5% critical value of rho is 0.648 (S = 58)
    const p = 2 * spearmanAs89(60, 10, true);
    expect(p).toBeGreaterThan(0.045);
    expect(p).toBeLessThan(0.055);
    expect(spearmanAs89(0, 10, true)).toBe(0);
    expect(spearmanAs89(400, 10, false)).toBe(0);
  });
  it('agrees with R 4.2.2 cor.test on frozen samples (values printed by R with 17 digits)', () => {
    const x10 = f64(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    const y10 = f64(3, 1, 4, 10, 5, 9, 2, 6, 8, 7);
    // cor.test(1:10, c(3,1,4,10,5,9,2,6,8,7), method = "spearman"): Edgeworth series (n = 10, no ties)
    expect(correlationTest(x10, y10, 'spearman').p).toBeCloseTo(0.19093201931611148, 14);
    // ... and Pearson
    expect(correlationTest(x10, y10, 'pearson').p).toBeCloseTo(0.18690481034933193, 14);
    // Edgeworth clamps a negative tail probability to 0: c(2,1,4,3,6,5,8,7,10,9) gives p = 0 in R
    expect(correlationTest(x10, f64(2, 1, 4, 3, 6, 5, 8, 7, 10, 9), 'spearman').p).toBe(0);
    // exact, n = 8: cor.test(1:8, c(2,1,4,3,7,8,5,6), method = "spearman")
    expect(
      correlationTest(f64(1, 2, 3, 4, 5, 6, 7, 8), f64(2, 1, 4, 3, 7, 8, 5, 6), 'spearman').p,
    ).toBeCloseTo(0.036755952380952382, 15);
    // ties, n = 12: t approximation
    const tiedX = f64(1, 2, 2, 3, 4, 5, 5, 6, 7, 8, 9, 9);
    const tiedY = f64(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8);
    expect(correlationTest(tiedX, tiedY, 'spearman').p).toBeCloseTo(0.073310559085191587, 14);
  });
});
