// Unit conversions a mapping may ask for (`units: { from, to }`), as factors within one dimension.
const UNITS: Readonly<Record<string, { dimension: string; scale: number }>> = {
  fraction: { dimension: 'share', scale: 1 },
  percent: { dimension: 'share', scale: 0.01 },
  permille: { dimension: 'share', scale: 0.001 },
  count: { dimension: 'count', scale: 1 },
  thousand: { dimension: 'count', scale: 1e3 },
  million: { dimension: 'count', scale: 1e6 },
  EUR: { dimension: 'money', scale: 1 },
  TEUR: { dimension: 'money', scale: 1e3 },
  'Mio EUR': { dimension: 'money', scale: 1e6 },
  m2: { dimension: 'area', scale: 1 },
  ha: { dimension: 'area', scale: 1e4 },
  km2: { dimension: 'area', scale: 1e6 },
};

export const KNOWN_UNITS = Object.keys(UNITS);

/** The factor that turns a value in `from` into `to`, or a reason why there is none. */
export function conversionFactor(from: string, to: string): { factor: number } | { problem: string } {
  const a = UNITS[from];
  const b = UNITS[to];
  if (a === undefined || b === undefined) {
    return { problem: `unknown unit "${a === undefined ? from : to}" (known: ${KNOWN_UNITS.join(', ')})` };
  }
  if (a.dimension !== b.dimension)
    return { problem: `cannot convert ${from} (${a.dimension}) to ${to} (${b.dimension})` };
  return { factor: a.scale / b.scale };
}
