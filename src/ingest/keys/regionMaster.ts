// The master data a region key is checked against: the known AGS and which of them are independent cities.
import type { Unit } from '../../model/index.js';

export interface RegionMaster {
  /** Every known 8-digit AGS of the unit set. */
  known: ReadonlySet<string>;
  /** AGS of independent cities (kreisfreie Städte): their 5-digit district key stands for the city. */
  independentCities: ReadonlySet<string>;
}

/** Master data from the municipalities' units: `district === 'kreisfrei'` marks an independent city. */
export function regionMasterFromUnits(units: readonly Unit[]): RegionMaster {
  const known = new Set<string>();
  const independentCities = new Set<string>();
  for (const unit of units) {
    known.add(unit.code);
    if (unit.district?.trim().toLowerCase() === 'kreisfrei') independentCities.add(unit.code);
  }
  return { known, independentCities };
}
