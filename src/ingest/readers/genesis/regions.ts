// GENESIS region levels (variable codes) and the names of Germany and its Länder with their keys.

/** Variable codes whose attribute codes are region keys: Germany, Länder, Regierungsbezirke, Kreise, Gemeinden. */
export const REGION_VARIABLES: ReadonlySet<string> = new Set([
  'DINSG',
  'DLAND',
  'REGBEZ',
  'KREISE',
  'GEMEIN',
]);

/** Region names a table may carry instead of keys (in its title lines or column headers). */
export const NAMED_REGIONS: Readonly<Record<string, string>> = {
  Deutschland: 'DG',
  'Schleswig-Holstein': '01',
  Hamburg: '02',
  Niedersachsen: '03',
  Bremen: '04',
  'Nordrhein-Westfalen': '05',
  Hessen: '06',
  'Rheinland-Pfalz': '07',
  'Baden-Württemberg': '08',
  Bayern: '09',
  Saarland: '10',
  Berlin: '11',
  Brandenburg: '12',
  'Mecklenburg-Vorpommern': '13',
  Sachsen: '14',
  'Sachsen-Anhalt': '15',
  Thüringen: '16',
};

export function namedRegionKey(name: string): string | undefined {
  const t = name.trim();
  return Object.hasOwn(NAMED_REGIONS, t) ? NAMED_REGIONS[t] : undefined;
}

/** A region key as GENESIS writes it in a key column: DG, or 2, 3, 5 or 7–12 digits (Land … Gemeindeteil). */
export const REGION_KEY = /^(?:DG|\d{2}|\d{3}|\d{5}|\d{7,12})$/;
