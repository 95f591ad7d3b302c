// Fixtures the job tests make for themselves: temporary files, a small unit set, an edition, boundaries, job-search pages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Unit } from '../../src/model/index.js';
import {
  upsertEdition,
  upsertSource,
  upsertUnits,
  upsertUnitSet,
  type Store,
} from '../../src/store/index.js';
import { replaceGeometries } from '../../src/store/geometries.js';
import type { IndicatorRow } from '../../src/store/editions.js';

/** A temporary directory with `write(name, text)`; `remove()` deletes it. */
export function tempDir(): { dir: string; write(name: string, text: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-test-'));
  return {
    dir,
    write: (name, text) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Four municipalities (real names and keys, invented centres on a 0.1° grid near the Ruhr). */
export const UNITS: Unit[] = [
  unit('05113000', 'Essen', 51.45, 7.05),
  unit('05117000', 'Mülheim an der Ruhr', 51.45, 6.85),
  unit('05513000', 'Gelsenkirchen', 51.55, 7.05),
  unit('05954008', 'Castrop-Rauxel', 51.55, 7.25),
];

function unit(code: string, name: string, lat: number, lon: number): Unit {
  return {
    unitSet: 'municipalities',
    code,
    name,
    type: 'Stadt',
    district: null,
    population: 100000,
    areaKm2: 100,
    centerLat: lat,
    centerLon: lon,
    source: 'master',
  };
}

export async function seedUnits(store: Store): Promise<void> {
  await upsertUnitSet(store.db, { code: 'municipalities', nameDe: 'Kommunen', nameEn: 'Municipalities' });
  await upsertUnits(store.db, UNITS);
}

/** A square of ±0.05° around each unit's centre, as its boundary. */
export async function seedBoundaries(store: Store): Promise<void> {
  await upsertSource(store.db, {
    id: 'geo-test',
    publisher: 'test',
    table: null,
    title: null,
    licence: null,
    retrieved: null,
    fileName: null,
    fileHash: null,
    synthetic: false,
  });
  await replaceGeometries(
    store.db,
    'municipalities',
    UNITS.map((u) => {
      const [x, y] = [u.centerLon!, u.centerLat!];
      const ring: [number, number][] = [
        [x - 0.05, y - 0.05],
        [x + 0.05, y - 0.05],
        [x + 0.05, y + 0.05],
        [x - 0.05, y + 0.05],
        [x - 0.05, y - 0.05],
      ];
      return {
        unitSet: 'municipalities',
        code: u.code,
        geojson: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
        bbox: [x - 0.05, y - 0.05, x + 0.05, y + 0.05],
        vertices: 5,
        sourceName: u.name,
        sourceId: 'geo-test',
        reprojectedFrom: null,
        simplifyToleranceM: 0,
      };
    }),
  );
}

/** An edition whose spec declares `job_ads` (denominator) and `ai_job_ads` (indicator, share in %). */
export async function seedEdition(store: Store, year: number): Promise<void> {
  const node = (
    code: string,
    kind: IndicatorRow['kind'],
    position: number,
    extra: Partial<IndicatorRow> = {},
  ): IndicatorRow => ({
    code,
    kind,
    nameDe: code,
    nameEn: code,
    unitDe: null,
    unitEn: null,
    direction: null,
    denominator: null,
    scale: null,
    parent: null,
    weight: null,
    position,
    ...extra,
  });
  await upsertEdition(
    store.db,
    {
      year,
      indexId: 'test',
      indexVersion: '1',
      title: `Test ${year}`,
      specJson: '{}',
      specHash: `hash-${year}`,
      synthetic: false,
    },
    [
      node('job_ads', 'denominator', 0),
      node('ai_job_ads', 'indicator', 1, {
        direction: 1,
        denominator: 'job_ads',
        scale: 100,
        parent: 'index',
        weight: 1,
      }),
      node('index', 'aggregate', 2),
    ],
  );
}

/** A result page of the job search in the service's format (entries as the caller gives them). */
export function searchPage(entries: object[], page: number, size: number, total: number): string {
  return JSON.stringify({
    stellenangebote: entries,
    maxErgebnisse: total,
    page,
    size,
    facetten: { befristung: { counts: { '1': 3, '2': 4 }, maxCount: total } },
  });
}

/** One entry of `stellenangebote`; `place` overrides parts of `arbeitsort`. */
export function searchEntry(
  refnr: string,
  titel: string,
  place: Record<string, unknown> = {},
  date = '2025-05-02',
): object {
  return {
    beruf: 'Softwareentwickler/in',
    titel,
    refnr,
    arbeitsort: {
      plz: '45127',
      ort: 'Essen',
      region: 'Nordrhein-Westfalen',
      land: 'Deutschland',
      koordinaten: { lat: 51.455, lon: 7.011 },
      ...place,
    },
    arbeitgeber: 'Beispiel GmbH',
    aktuelleVeroeffentlichungsdatum: date,
    modifikationsTimestamp: `${date}T08:15:00.123`,
    eintrittsdatum: date,
    kundennummerHash: 'aGFzaA==',
  };
}
