// Helpers of the evaluation-set generators: seeded picks from sentence pools and placeholder filling.
import type { Random } from '../../../src/engine/random.js';

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('cannot pick from an empty pool');
  return items[random.int(items.length)]!;
}

/** k distinct items in random order (all of them when k ≥ the pool's size). */
export function pickSome<T>(random: Random, items: readonly T[], k: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, Math.max(0, Math.min(k, copy.length)));
}

export function chance(random: Random, p: number): boolean {
  return random.uniform() < p;
}

export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  return pickSome(random, items, items.length);
}

/** Replaces {key} placeholders; an unknown placeholder is an error, so pools cannot silently leak braces. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`placeholder {${key}} has no value in: ${template}`);
    return value;
  });
}

export const TOWNS = [
  'Essen',
  'Dortmund',
  'Bochum',
  'Duisburg',
  'Gelsenkirchen',
  'Oberhausen',
  'Herne',
  'Mülheim an der Ruhr',
  'Hagen',
  'Hamm',
  'Recklinghausen',
  'Bottrop',
  'Witten',
  'Marl',
  'Dorsten',
  'Castrop-Rauxel',
  'Gladbeck',
  'Unna',
  'Moers',
  'Hattingen',
  'Schwerte',
  'Kamen',
  'Lünen',
  'Dinslaken',
  'Herten',
];

export const SURNAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Lehmann',
  'Köhler',
  'Yılmaz',
  'Kaya',
  'Nowak',
  'Kowalski',
  'Öztürk',
  'Brandt',
  'Kuhlmann',
  'Terhorst',
];

export const FIRST_NAMES = [
  'Anna',
  'Jörg',
  'Sabine',
  'Thomas',
  'Mehmet',
  'Katharina',
  'Stefan',
  'Julia',
  'Dirk',
  'Ayşe',
  'Frank',
  'Lena',
  'Marco',
  'Petra',
  'Jan',
  'Sophie',
];

export function year(random: Random, from: number, to: number): string {
  return String(from + random.int(to - from + 1));
}
