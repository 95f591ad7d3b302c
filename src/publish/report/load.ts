// Reads what the reports need from the store: the findings input (edition, regions, borders) and the boundaries.
import { loadFindingsInput } from '../../analysis/findings/load.js';
import { loadBoundaries } from '../../geodata/boundaries.js';
import type { Store } from '../../store/index.js';
import type { ReportData } from './build.js';

export async function loadReportData(store: Store, edition: number | undefined): Promise<ReportData> {
  const input = await loadFindingsInput(store, edition);
  const stored = await loadBoundaries(store.db, input.municipalities.unitSet);
  return {
    input,
    boundaries: stored.length > 0 ? new Map(stored.map((b) => [b.code, b.geometry])) : null,
  };
}
