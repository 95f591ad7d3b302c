// geodata: decodes GeoPackage geometry blobs (header + WKB) holding polygons and multipolygons.
import type { Geometry } from '../types.js';
import { GeometryProblem, parseGeometryJson } from './geometryJson.js';

/** A blob as GeoPackage stores it: "GP", version, flags, srs_id, optional envelope, then (ISO) WKB. */
export interface GpkgGeometry {
  srsId: number;
  /** null for an empty geometry. */
  geometry: Geometry | null;
}

const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

export function decodeGpkgGeometry(blob: Uint8Array): GpkgGeometry {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) {
    throw new GeometryProblem('', 'not a GeoPackage geometry blob (no "GP" magic)');
  }
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const flags = blob[3]!;
  if (flags & 0x20) throw new GeometryProblem('', 'extended GeoPackage geometry types are not supported');
  const little = (flags & 1) === 1;
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 7];
  if (envelope === undefined) throw new GeometryProblem('', `invalid envelope indicator ${(flags >> 1) & 7}`);
  const srsId = view.getInt32(4, little);
  if (flags & 0x10) return { srsId, geometry: null };
  return { srsId, geometry: decodeWkb(blob.subarray(8 + envelope)) };
}

/** Decodes ISO or extended (PostGIS) WKB; Z and M values are read and dropped. */
export function decodeWkb(bytes: Uint8Array): Geometry | null {
  const reader = new WkbReader(bytes);
  const value = reader.geometry(true);
  if (value === null) return null;
  return parseGeometryJson(value);
}

interface Header {
  little: boolean;
  type: number;
  dims: number;
}

class WkbReader {
  private offset = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  geometry(top: boolean): { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null {
    const header = this.header();
    if (header.type === 3) {
      const rings = this.polygon(header);
      return rings.length === 0 ? null : { type: 'Polygon', coordinates: rings };
    }
    if (header.type === 6 && top) {
      const n = this.uint32(header.little);
      const polygons: number[][][][] = [];
      for (let i = 0; i < n; i++) {
        const part = this.header();
        if (part.type !== 3)
          throw new GeometryProblem(`coordinates[${i}]`, `WKB type ${part.type} in a MultiPolygon`);
        const rings = this.polygon(part);
        if (rings.length > 0) polygons.push(rings);
      }
      return polygons.length === 0 ? null : { type: 'MultiPolygon', coordinates: polygons };
    }
    throw new GeometryProblem(
      'type',
      `WKB geometry type ${header.type}: only Polygon (3) and MultiPolygon (6)`,
    );
  }

  private header(): Header {
    this.need(5);
    const order = this.bytes[this.offset++];
    if (order !== 0 && order !== 1) throw new GeometryProblem('', `invalid WKB byte order ${order}`);
    const little = order === 1;
    const raw = this.uint32(little);
    // Extended WKB (PostGIS): high bits for Z, M and an embedded SRID.
    let dims = 2 + (raw & 0x80000000 ? 1 : 0) + (raw & 0x40000000 ? 1 : 0);
    if (raw & 0x20000000) this.uint32(little);
    let type = raw & 0x0fffffff;
    // ISO WKB: 1000 Z, 2000 M, 3000 ZM.
    if (type >= 1000) {
      const kind = Math.floor(type / 1000);
      type %= 1000;
      dims = kind === 3 ? 4 : 3;
    }
    return { little, type, dims };
  }

  private polygon(header: Header): number[][][] {
    const rings: number[][][] = [];
    const n = this.uint32(header.little);
    for (let r = 0; r < n; r++) {
      const m = this.uint32(header.little);
      this.need(m * header.dims * 8);
      const ring: number[][] = new Array(m);
      for (let i = 0; i < m; i++) {
        const x = this.view.getFloat64(this.offset, header.little);
        const y = this.view.getFloat64(this.offset + 8, header.little);
        this.offset += header.dims * 8;
        ring[i] = [x, y];
      }
      rings.push(ring);
    }
    return rings;
  }

  private uint32(little: boolean): number {
    this.need(4);
    const v = this.view.getUint32(this.offset, little);
    this.offset += 4;
    return v;
  }

  private need(n: number): void {
    if (this.offset + n > this.bytes.length) {
      throw new GeometryProblem('', `WKB ends after ${this.bytes.length} bytes, needs ${this.offset + n}`);
    }
  }
}
