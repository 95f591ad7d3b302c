// Test helper: writes a small polygon shapefile (.shp, .shx, .dbf, optional .prj and .cpg) byte by byte.
import { writeFileSync } from 'node:fs';

export type Ring = [number, number][];

export interface ShapeRecord {
  /** Rings of the record, outer rings clockwise and holes counter-clockwise (the shapefile convention). */
  rings: Ring[] | null;
  attributes: Record<string, string | number>;
}

export interface DbfField {
  name: string;
  type: 'C' | 'N';
  length: number;
}

/** Writes `<base>.shp/.shx/.dbf`; text fields encoded with `encode` (default UTF-8). */
export function writeShapefile(
  base: string,
  fields: DbfField[],
  records: ShapeRecord[],
  options: { encode?: (text: string) => Buffer; prj?: string; cpg?: string; shapeType?: number } = {},
): void {
  const encode = options.encode ?? ((t: string) => Buffer.from(t, 'utf8'));
  const shapeType = options.shapeType ?? 5;
  const contents = records.map((r) => (r.rings ? polygonContent(r.rings, shapeType) : nullContent()));
  const all = records.flatMap((r) => r.rings ?? []).flat();
  const bbox = bboxOf(all);

  const shpLength = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const shp = Buffer.alloc(shpLength);
  header(shp, shpLength, shapeType, bbox);
  const shx = Buffer.alloc(100 + 8 * records.length);
  header(shx, shx.length, shapeType, bbox);
  let offset = 100;
  contents.forEach((content, i) => {
    shx.writeInt32BE(offset / 2, 100 + i * 8);
    shx.writeInt32BE(content.length / 2, 104 + i * 8);
    shp.writeInt32BE(i + 1, offset);
    shp.writeInt32BE(content.length / 2, offset + 4);
    content.copy(shp, offset + 8);
    offset += 8 + content.length;
  });
  writeFileSync(`${base}.shp`, shp);
  writeFileSync(`${base}.shx`, shx);
  writeFileSync(`${base}.dbf`, dbf(fields, records, encode));
  if (options.prj !== undefined) writeFileSync(`${base}.prj`, options.prj);
  if (options.cpg !== undefined) writeFileSync(`${base}.cpg`, options.cpg);
}

function header(buf: Buffer, length: number, shapeType: number, bbox: number[]): void {
  buf.writeInt32BE(9994, 0);
  buf.writeInt32BE(length / 2, 24);
  buf.writeInt32LE(1000, 28);
  buf.writeInt32LE(shapeType, 32);
  bbox.forEach((v, i) => buf.writeDoubleLE(v, 36 + i * 8));
}

function polygonContent(rings: Ring[], shapeType: number): Buffer {
  const points = rings.flat();
  const buf = Buffer.alloc(44 + 4 * rings.length + 16 * points.length);
  buf.writeInt32LE(shapeType, 0);
  bboxOf(points).forEach((v, i) => buf.writeDoubleLE(v, 4 + i * 8));
  buf.writeInt32LE(rings.length, 36);
  buf.writeInt32LE(points.length, 40);
  let start = 0;
  rings.forEach((ring, i) => {
    buf.writeInt32LE(start, 44 + 4 * i);
    start += ring.length;
  });
  points.forEach(([x, y], i) => {
    buf.writeDoubleLE(x, 44 + 4 * rings.length + 16 * i);
    buf.writeDoubleLE(y, 44 + 4 * rings.length + 16 * i + 8);
  });
  return buf;
}

function nullContent(): Buffer {
  return Buffer.alloc(4); // shape type 0
}

function bboxOf(points: [number, number][]): number[] {
  if (points.length === 0) return [0, 0, 0, 0];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function dbf(fields: DbfField[], records: ShapeRecord[], encode: (t: string) => Buffer): Buffer {
  const recordLength = 1 + fields.reduce((n, f) => n + f.length, 0);
  const headerLength = 32 + 32 * fields.length + 1;
  const buf = Buffer.alloc(headerLength + recordLength * records.length + 1, 0x20);
  buf.fill(0, 0, headerLength);
  buf.writeUInt8(3, 0);
  buf.writeUInt8(124, 1);
  buf.writeUInt8(1, 2);
  buf.writeUInt8(1, 3);
  buf.writeUInt32LE(records.length, 4);
  buf.writeUInt16LE(headerLength, 8);
  buf.writeUInt16LE(recordLength, 10);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    buf.write(f.name, at, 'ascii');
    buf.write(f.type, at + 11, 'ascii');
    buf.writeUInt8(f.length, at + 16);
  });
  buf.writeUInt8(0x0d, headerLength - 1);
  records.forEach((r, i) => {
    let at = headerLength + recordLength * i;
    buf.write(' ', at, 'ascii');
    at += 1;
    for (const f of fields) {
      const value = r.attributes[f.name];
      const text =
        value === undefined
          ? Buffer.alloc(0)
          : f.type === 'N'
            ? Buffer.from(String(value).padStart(f.length))
            : encode(String(value));
      text.copy(buf, at, 0, Math.min(text.length, f.length));
      at += f.length;
    }
  });
  buf.writeUInt8(0x1a, buf.length - 1);
  return buf;
}
