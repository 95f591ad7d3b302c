// Region keys of a table made for the index (CSV, XLSX): within the area of the master data, every key must fit.
import { districtOf } from '../../ingest/allocate/index.js';
import { IngestError } from '../../ingest/errors.js';
import { parseRegionKey, regionMasterFromUnits } from '../../ingest/keys/index.js';
import type { RawObservation } from '../../ingest/readers/types.js';
import type { Unit } from '../../model/index.js';

/**
 * An official table covers the whole country, and rows outside the master data are skipped. A table made
 * for the index (generic CSV or XLSX, municipality level, no crosswalk) is held to more: a key inside a
 * district the master data covers must be a known municipality, or an independent city's district key.
 * Anything else there is a typo, a district row in a municipality table, or a territorial change that
 * needs a crosswalk, and stops the import at its line. Keys outside the covered districts are left to the
 * mapping (it skips them and counts why).
 */
export function checkedKeys(
  file: string,
  units: readonly Unit[],
  batches: AsyncIterable<RawObservation[]>,
): AsyncIterable<RawObservation[]> {
  const master = regionMasterFromUnits(units);
  const covered = new Set(units.map((u) => districtOf(u.code)));
  return {
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches) {
        for (const observation of batch) {
          const problem = keyProblem(observation.regionKey, master, covered);
          if (problem !== null) throw new IngestError(file, observation.line, null, problem);
        }
        yield batch;
      }
    },
  };
}

function keyProblem(
  text: string,
  master: ReturnType<typeof regionMasterFromUnits>,
  covered: ReadonlySet<string>,
): string | null {
  const parsed = parseRegionKey(text, master);
  if (parsed.ok) {
    const district = districtOf(parsed.ags);
    if (master.known.has(parsed.ags) || !covered.has(district)) return null;
    return (
      `region key "${text}" is not a municipality of the master data, although its district ${district} is ` +
      'covered: a typo, or a territorial change that needs a crosswalk'
    );
  }
  if (parsed.problem !== 'district') return null;
  const district = text
    .trim()
    .replace(/^="?|"$/g, '')
    .padStart(5, '0');
  if (!covered.has(district)) return null;
  return (
    `region key "${text}" is the key of district ${district}, which is not an independent city (kreisfreie ` +
    'Stadt) of the master data: a district value needs level: district and an allocation in the mapping'
  );
}
