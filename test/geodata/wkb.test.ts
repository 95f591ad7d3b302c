import { describe, expect, it } from 'vitest';
import { GeometryProblem } from '../../src/geodata/readers/geometryJson.js';
import { decodeGpkgGeometry, decodeWkb } from '../../src/geodata/readers/wkb.js';
import { gpkgBlob, wkb } from './helpers/geopackageWriter.js';

const SQUARE: [number, number][] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const HOLE: [number, number][] = [
  [0.2, 0.2],
  [0.2, 0.4],
  [0.4, 0.4],
  [0.4, 0.2],
  [0.2, 0.2],
];

describe('WKB', () => {
  it('decodes polygons with holes, both byte orders', () => {
    for (const big of [false, true]) {
      expect(decodeWkb(wkb([[SQUARE, HOLE]], big, false))).toEqual({
        type: 'Polygon',
        coordinates: [SQUARE, HOLE],
      });
    }
  });

  it('decodes multipolygons', () => {
    const far = SQUARE.map(([x, y]) => [x + 5, y] as [number, number]);
    expect(decodeWkb(wkb([[SQUARE], [far]], false, true))).toEqual({
      type: 'MultiPolygon',
      coordinates: [[SQUARE], [far]],
    });
  });

  it('drops Z values of ISO WKB (type 1003)', () => {
    const buf = Buffer.alloc(9 + 4 + 24 * 5);
    buf.writeUInt8(1, 0);
    buf.writeUInt32LE(1003, 1);
    buf.writeUInt32LE(1, 5);
    buf.writeUInt32LE(5, 9);
    SQUARE.forEach(([x, y], i) => {
      buf.writeDoubleLE(x, 13 + 24 * i);
      buf.writeDoubleLE(y, 21 + 24 * i);
      buf.writeDoubleLE(99, 29 + 24 * i);
    });
    expect(decodeWkb(buf)).toEqual({ type: 'Polygon', coordinates: [SQUARE] });
  });

  it('reads the GeoPackage header: srs id, envelope skipped, empty flag', () => {
    const blob = gpkgBlob(25832, [[SQUARE]]);
    expect(decodeGpkgGeometry(blob)).toEqual({
      srsId: 25832,
      geometry: { type: 'Polygon', coordinates: [SQUARE] },
    });
    const empty = Buffer.from(blob.subarray(0, 8));
    empty.writeUInt8(0b0001_0001, 3);
    expect(decodeGpkgGeometry(empty)).toEqual({ srsId: 25832, geometry: null });
  });

  it('rejects points, truncated blobs and blobs without magic', () => {
    const point = Buffer.alloc(21);
    point.writeUInt8(1, 0);
    point.writeUInt32LE(1, 1);
    expect(() => decodeWkb(point)).toThrow(/WKB geometry type 1: only Polygon/);
    const blob = gpkgBlob(4326, [[SQUARE]]);
    expect(() => decodeGpkgGeometry(blob.subarray(0, blob.length - 8))).toThrow(/WKB ends after/);
    expect(() => decodeGpkgGeometry(Buffer.from('XX123456'))).toThrow(GeometryProblem);
  });

  it('rejects an unclosed ring', () => {
    const open: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0.5],
    ];
    expect(() => decodeWkb(wkb([[open]], false, false))).toThrow(/ring is not closed/);
  });
});
