// Unit sets (municipalities, regions) and their units; unit codes are text so AGS keep their leading zeros.
import type { Kysely, Selectable } from 'kysely';
import type { Unit, UnitSetCode } from '../model/index.js';
import { batches } from './batch.js';
import { toNumber } from './columns.js';
import type { Database, UnitTable } from './schema.js';
import { inTransaction } from './transaction.js';

export interface UnitSet {
  code: UnitSetCode;
  nameDe: string;
  nameEn: string;
}

export async function upsertUnitSet(db: Kysely<Database>, unitSet: UnitSet): Promise<void> {
  await db
    .insertInto('unit_sets')
    .values({ code: unitSet.code, name_de: unitSet.nameDe, name_en: unitSet.nameEn })
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name_de: eb.ref('excluded.name_de'),
        name_en: eb.ref('excluded.name_en'),
      })),
    )
    .execute();
}

/** Every unit set, ordered by code. */
export async function listUnitSets(db: Kysely<Database>): Promise<UnitSet[]> {
  const rows = await db.selectFrom('unit_sets').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, nameDe: r.name_de, nameEn: r.name_en }));
}

/** Inserts the units, or updates those already there (same unit set and code); their unit sets must exist. */
export async function upsertUnits(db: Kysely<Database>, units: readonly Unit[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const batch of batches(units)) {
      await trx
        .insertInto('units')
        .values(batch.map(toRow))
        .onConflict((oc) =>
          oc.columns(['unit_set', 'code']).doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            type: eb.ref('excluded.type'),
            district: eb.ref('excluded.district'),
            population: eb.ref('excluded.population'),
            area_km2: eb.ref('excluded.area_km2'),
            center_lat: eb.ref('excluded.center_lat'),
            center_lon: eb.ref('excluded.center_lon'),
            source: eb.ref('excluded.source'),
          })),
        )
        .execute();
    }
  });
}

/** The units of one set, ordered by code. */
export async function listUnits(db: Kysely<Database>, unitSet: UnitSetCode): Promise<Unit[]> {
  const rows = await db
    .selectFrom('units')
    .selectAll()
    .where('unit_set', '=', unitSet)
    .orderBy('code')
    .execute();
  return rows.map(fromRow);
}

function toRow(unit: Unit): UnitTable {
  return {
    unit_set: unit.unitSet,
    code: unit.code,
    name: unit.name,
    type: unit.type,
    district: unit.district,
    population: toNumber(unit.population),
    area_km2: toNumber(unit.areaKm2),
    center_lat: toNumber(unit.centerLat),
    center_lon: toNumber(unit.centerLon),
    source: unit.source,
  };
}

function fromRow(r: Selectable<UnitTable>): Unit {
  return {
    unitSet: r.unit_set,
    code: r.code,
    name: r.name,
    type: r.type,
    district: r.district,
    population: r.population,
    areaKm2: r.area_km2,
    centerLat: r.center_lat,
    centerLon: r.center_lon,
    source: r.source,
  };
}
