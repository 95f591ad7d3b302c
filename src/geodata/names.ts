// geodata: whether the name in a boundary file and the master data's name are the same municipality's.

/** Lower case, German umlauts spelled out, accents and punctuation removed, `Stadt` qualifiers dropped. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/,\s*(stadt|gemeinde|kreisfreie stadt|st\.)$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Dice coefficient of character bigrams of the normalised names: 1 for equal names, 0 for nothing shared. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y) return 1;
  const grams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i + 2 <= s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const gx = grams(x);
  const gy = grams(y);
  let shared = 0;
  for (const [g, n] of gx) shared += Math.min(n, gy.get(g) ?? 0);
  const total = Math.max(x.length - 1, 0) + Math.max(y.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Names differ strongly when neither contains the other (`Lünen` / `Lünen, Stadt`, `Mülheim an der Ruhr` /
 * `Mülheim a.d. Ruhr` are alike) and their bigram similarity is below one half.
 */
export function namesDiffer(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === '' || y === '') return false;
  if (x.includes(y) || y.includes(x)) return false;
  return nameSimilarity(a, b) < 0.5;
}
