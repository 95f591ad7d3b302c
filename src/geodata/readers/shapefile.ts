// geodata: reads an ESRI shapefile of boundaries (BKG VG250: .shp + .dbf, .prj for the CRS, .cpg for the encoding).
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { IngestError } from '../../ingest/errors.js';
import { crsFromWkt, DEFAULT_CRS } from '../crs.js';
import type { BoundarySource, Crs, SourceFeature } from '../types.js';
import { GeometryProblem, parseGeometryJson } from './geometryJson.js';

export interface ShapefileOptions {
  /** Overrides the .prj (`--crs`). */
  crs?: Crs;
  /** Overrides the .cpg and the detection (`--encoding`), e.g. `utf-8`, `iso-8859-1`. */
  encoding?: string;
}

export function readShapefile(file: string, options: ShapefileOptions = {}): BoundarySource {
  const dbf = sibling(file, '.dbf');
  if (!dbf) throw new IngestError(file, null, null, 'no .dbf file beside it (the attributes, with the AGS)');
  const prj = sibling(file, '.prj');
  const cpg = sibling(file, '.cpg');
  const fromPrj = options.crs || !prj ? undefined : prjCrs(prj);
  const encoding = options.encoding ?? (cpg ? cpgEncoding(cpg) : detectEncoding(dbf));
  try {
    new TextDecoder(encoding);
  } catch {
    throw new IngestError(cpg ?? dbf, null, null, `unknown text encoding "${encoding}"`);
  }
  return {
    format: 'shapefile',
    file,
    files: [file, dbf, ...(prj ? [prj] : []), ...(cpg ? [cpg] : [])],
    layer: basename(file, extname(file)),
    crs: options.crs ?? fromPrj ?? DEFAULT_CRS,
    crsFrom: options.crs ? '--crs' : fromPrj ? basename(prj!) : 'no .prj: assumed WGS 84',
    encoding,
    attribution: { publisher: null, licence: null },
    features: records(file, dbf, encoding),
  };
}

async function* records(shp: string, dbf: string, encoding: string): AsyncGenerator<SourceFeature> {
  let record = 0;
  const fail = (error: unknown): never => {
    throw new IngestError(
      shp,
      record || null,
      null,
      `cannot read the shapefile: ${(error as Error).message}`,
    );
  };
  // Loaded here: the library (with its text-encoding tables) is needed only when a shapefile is read.
  const { open } = await import('shapefile');
  const source = await open(createReadStream(shp), createReadStream(dbf), { encoding }).catch(fail);
  try {
    while (true) {
      record++;
      const next = await source.read().catch(fail);
      if (next.done) break;
      let geometry;
      try {
        geometry = parseGeometryJson(next.value.geometry);
      } catch (error) {
        if (error instanceof GeometryProblem) {
          throw new IngestError(shp, record, `geometry${error.path ? `.${error.path}` : ''}`, error.problem);
        }
        throw error;
      }
      yield {
        location: { file: dbf, line: record, prefix: '', geometryFile: shp, geometryField: 'geometry' },
        properties: next.value.properties ?? {},
        geometry,
      };
    }
  } finally {
    await source.cancel().catch(() => undefined);
  }
}

/** The file beside `file` with the same name and extension `ext`, in any letter case (VG250_GEM.DBF). */
function sibling(file: string, ext: string): string | undefined {
  const stem = basename(file, extname(file)).toLowerCase();
  const dir = dirname(file);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((f) => f.toLowerCase() === `${stem}${ext}`);
  return name === undefined ? undefined : join(dir, name);
}

function prjCrs(prj: string): Crs {
  const wkt = readFileSync(prj, 'utf8').trim();
  const crs = crsFromWkt(wkt);
  if (!crs) {
    const name = /^\s*\w+\s*\[\s*"([^"]*)"/.exec(wkt)?.[1] ?? wkt.slice(0, 60);
    throw new IngestError(prj, null, null, `unknown coordinate reference system "${name}" (give --crs)`);
  }
  return crs;
}

/** A .cpg names the code page of the .dbf: `UTF-8`, `1252`, `ISO-8859-1`, `88591`, `ANSI 1252`, `65001`… */
function cpgEncoding(cpg: string): string {
  const label = readFileSync(cpg, 'latin1').trim();
  const t = label.toLowerCase().replace(/^ansi\s*/, '');
  if (t === '65001' || t === 'utf8') return 'utf-8';
  if (/^\d{4}$/.test(t)) return `windows-${t}`;
  const iso = /^(?:iso-?)?8859-?(\d+)$/.exec(t);
  if (iso) return `iso-8859-${iso[1]}`;
  return t;
}

/** Without a .cpg: UTF-8 if every record is valid UTF-8 (pure ASCII included), else Windows-1252. */
function detectEncoding(dbf: string): string {
  const bytes = readFileSync(dbf);
  const records = bytes.length >= 12 ? bytes.subarray(bytes.readUInt16LE(8)) : bytes;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(records);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
