// Test helper: ETRS89/GRS80 → UTM zone 32N by the Krüger series (Karney 2011, 3 terms; sub-millimetre), written
// independently of proj4 so that a reprojected vertex can be checked against it.

export interface TransverseMercator {
  a: number;
  f: number;
  k0: number;
  falseEasting: number;
  centralMeridian: number;
}

/** ETRS89 / UTM zone 32N (EPSG:25832): GRS80, 9° E. */
export const UTM32: TransverseMercator = {
  a: 6378137,
  f: 1 / 298.257222101,
  k0: 0.9996,
  falseEasting: 500_000,
  centralMeridian: 9,
};

/** DHDN / Gauss-Krüger zone 3 (EPSG:31467) on the Bessel ellipsoid, before any datum shift. */
export const GK3: TransverseMercator = {
  a: 6377397.155,
  f: 1 / 299.1528128,
  k0: 1,
  falseEasting: 3_500_000,
  centralMeridian: 9,
};

/** [easting, northing] in metres of UTM zone 32N (or the given transverse Mercator). */
export function utmForward(lon: number, lat: number, tm: TransverseMercator = UTM32): [number, number] {
  const n = tm.f / (2 - tm.f);
  const A = (tm.a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const alpha = [
    n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16,
    (13 * n ** 2) / 48 - (3 * n ** 3) / 5,
    (61 * n ** 3) / 240,
  ];
  const phi = (lat * Math.PI) / 180;
  const dLambda = ((lon - tm.centralMeridian) * Math.PI) / 180;
  const e = (2 * Math.sqrt(n)) / (1 + n);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - e * Math.atanh(e * Math.sin(phi)));
  const xi = Math.atan(t / Math.cos(dLambda));
  const eta = Math.atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
  let east = eta;
  let north = xi;
  alpha.forEach((a, i) => {
    const j = 2 * (i + 1);
    east += a * Math.cos(j * xi) * Math.sinh(j * eta);
    north += a * Math.sin(j * xi) * Math.cosh(j * eta);
  });
  return [tm.falseEasting + tm.k0 * A * east, tm.k0 * A * north];
}
