// The engine's only source of randomness: a small seeded generator (xoshiro128**), always passed in.

export interface Random {
  /** A uniform number in [0, 1). */
  uniform(): number;
  /** A uniform integer in 0 … n − 1 (unbiased). */
  int(n: number): number;
}

const TWO_32 = 4294967296;

/** xoshiro128** (Blackman & Vigna), its 128-bit state filled from the seed by splitmix32. */
export function createRandom(seed: number): Random {
  let x = Math.trunc(seed) >>> 0;
  const splitmix = () => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  return xoshiro128([splitmix(), splitmix(), splitmix(), splitmix()]);
}

/** The generator from an explicit 128-bit state (four 32-bit words, not all zero). */
export function xoshiro128(state: readonly [number, number, number, number]): Random {
  let [s0, s1, s2, s3] = state.map((w) => w >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** needs a state that is not all zero');
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    uniform: () => next() / TWO_32,
    int: (n: number) => {
      if (!(n >= 1 && n <= TWO_32 && Number.isInteger(n)))
        throw new RangeError(`int(n) needs an integer 1 … 2^32, not ${n}`);
      const limit = TWO_32 - (TWO_32 % n);
      let r = next();
      while (r >= limit) r = next();
      return r % n;
    },
  };
}

function rotl(v: number, k: number): number {
  return (v << k) | (v >>> (32 - k));
}
