// Small builders for store tests: units, sources, values, results and a seeded edition.
import type { Kysely } from 'kysely';
import type { ObservedValue, ResultRow, Unit } from '../../src/model/index.js';
import {
  upsertEdition,
  upsertSource,
  upsertUnits,
  upsertUnitSet,
  type Database,
  type EditionInput,
} from '../../src/store/index.js';

export const MUNICIPALITIES = 'municipalities';

export function unit(code: string, overrides: Partial<Unit> = {}): Unit {
  return {
    unitSet: MUNICIPALITIES,
    code,
    name: `Gemeinde ${code}`,
    type: 'Stadt',
    district: 'Kreis',
    population: 1000.5,
    areaKm2: 12.25,
    centerLat: 51.5,
    centerLon: 7.25,
    source: 'master',
    ...overrides,
  };
}

export function edition(year: number, overrides: Partial<EditionInput> = {}): EditionInput {
  return {
    year,
    indexId: 'ruhr',
    indexVersion: '1.0',
    title: `Digital-Index ${year}`,
    specJson: JSON.stringify({ id: 'ruhr', year }),
    specHash: `hash-${year}`,
    synthetic: true,
    ...overrides,
  };
}

export function value(
  unitCode: string,
  variable: string,
  overrides: Partial<ObservedValue> = {},
): ObservedValue {
  return {
    edition: 2023,
    unitSet: MUNICIPALITIES,
    unitCode,
    variable,
    value: 42.5,
    missingReason: null,
    referenceDate: '2023-12-31',
    sourceId: 'src-a',
    row: 7,
    synthetic: false,
    confidential: false,
    ...overrides,
  };
}

export function result(unitCode: string, node: string, overrides: Partial<ResultRow> = {}): ResultRow {
  return {
    edition: 2023,
    unitSet: MUNICIPALITIES,
    unitCode,
    node,
    stage: 'aggregated',
    value: 50,
    rank: 1,
    ...overrides,
  };
}

/** Unit codes `00000001`, `00000002`, …: eight characters with leading zeros, like AGS. */
export function codes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(i + 1).padStart(8, '0'));
}

/** A unit set with `unitCodes`, source `src-a` and the editions `years`, enough to store values and results. */
export async function seed(
  db: Kysely<Database>,
  unitCodes: readonly string[],
  years = [2023],
): Promise<void> {
  await upsertUnitSet(db, { code: MUNICIPALITIES, nameDe: 'Gemeinden', nameEn: 'Municipalities' });
  await upsertUnits(
    db,
    unitCodes.map((code) => unit(code)),
  );
  await upsertSource(db, {
    id: 'src-a',
    publisher: 'IT.NRW',
    table: null,
    title: null,
    licence: null,
    retrieved: null,
    fileName: null,
    fileHash: null,
    synthetic: false,
  });
  for (const year of years) await upsertEdition(db, edition(year));
}

export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
