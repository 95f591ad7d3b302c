// data/generator: reads the real master data (municipalities, regions) that the synthetic values are built on.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { MasterData, Municipality, Region } from './types.js';

const MASTER_DIR = new URL('../master/', import.meta.url);

/** Parses a CSV with a header line; `#` lines are comments. Mixed CRLF/LF line ends are accepted. */
export function readCsv(text: string): Record<string, string>[] {
  return parse(text.replace(/\r\n/g, '\n'), {
    columns: true,
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
  });
}

export function loadMaster(): MasterData {
  const municipalities: Municipality[] = readCsv(
    readFileSync(new URL('municipalities.csv', MASTER_DIR), 'utf8'),
  ).map((r) => ({
    ags: r.ags!,
    name: r.name!,
    kreis: r.kreis!,
    areaKm2: Number(r.area_km2),
    population: Number(r.population),
    lat: Number(r.center_lat),
    lon: Number(r.center_lon),
  }));
  const regions: Region[] = readCsv(readFileSync(new URL('regions.csv', MASTER_DIR), 'utf8')).map((r) => ({
    code: r.code!,
    name: r.name!,
    isFocus: r.is_focus === '1',
  }));
  return { municipalities, regions };
}
