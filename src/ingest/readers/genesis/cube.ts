// Reader of the GENESIS cube export (data/cubefile): "K;" lines name a block and its columns, "D;" lines are its records; values in QEI.
import { IngestError } from '../../errors.js';
import type { RawObservation, SourceTable, TableMetadata } from '../types.js';
import { readCell } from './cell.js';
import { REGION_VARIABLES } from './regions.js';
import { flattenBatches, headOf, notANumber, recordsOf, type GenesisReadOptions } from './source.js';
import { genesisTime } from './time.js';

/** What the blocks before QEI say about the value records. */
interface CubeLayout {
  cube: string | null;
  /** DQA: the classifying dimensions in the order of the key columns of QEI. */
  dimensions: string[];
  /** DQI: the value variables and their units, in the order of their value groups in QEI. */
  values: { name: string; unit: string | null }[];
}

/**
 * Reads a cube file. A QEI record is `D;<key per dimension>;<time>;` then, per value variable,
 * `WERT;QUALITAET;GESPERRT;WERT-VERFAELSCHT`. Values have a decimal point. The region is the dimension named
 * like a region level (DINSG, DLAND, …); the others become attributes. A non-empty GESPERRT marks the value
 * as locked (kept, `confidential`). Several cubes may follow each other in one file.
 */
export async function openGenesisCube(file: string, options: GenesisReadOptions = {}): Promise<SourceTable> {
  const head = await headOf(file, options);
  const cubeLine = head.lines.findIndex((l) => l.startsWith('K;DQ;'));
  const cube = cubeLine >= 0 ? (head.lines[cubeLine + 1]?.split(';')[1] ?? null) : null;
  const metadata: TableMetadata = {
    format: 'genesis-cube',
    tableCode: cube,
    title: null,
    publisher: null,
    encoding: head.encoding,
  };
  async function* batches(): AsyncGenerator<RawObservation[]> {
    let layout: CubeLayout = { cube: null, dimensions: [], values: [] };
    let block = '';
    let sawData = false;
    for await (const records of recordsOf(file, metadata, options)) {
      const batch: RawObservation[] = [];
      for (const { line, cells } of records) {
        const kind = cells[0]!.trim();
        if (kind === '' || kind.startsWith('*')) continue;
        if (kind === 'K') {
          block = cells[1] ?? '';
          if (block === 'DQ') layout = { cube: null, dimensions: [], values: [] };
          continue;
        }
        if (kind !== 'D') throw new IngestError(file, line, null, `"${kind}" is neither a K nor a D record`);
        if (block === 'DQ') layout.cube = cells[1] ?? null;
        else if (block === 'DQA') layout.dimensions.push(cells[1] ?? '');
        else if (block === 'DQI') layout.values.push({ name: cells[1] ?? '', unit: cells[2] || null });
        else if (block === 'QEI') {
          sawData = true;
          for (const o of cubeObservations(file, layout, line, cells)) batch.push(o);
        }
      }
      yield batch;
    }
    if (!sawData) throw new IngestError(file, null, null, 'no value block (K;QEI) in the cube file');
  }
  return { metadata, observations: flattenBatches(batches), batches: { [Symbol.asyncIterator]: batches } };
}

function cubeObservations(
  file: string,
  layout: CubeLayout,
  line: number,
  cells: readonly string[],
): RawObservation[] {
  const nd = layout.dimensions.length;
  const expected = 1 + nd + 1 + 4 * layout.values.length;
  if (cells.length < expected) {
    throw new IngestError(
      file,
      line,
      null,
      `${cells.length} cells, but the cube's blocks announce ${expected}`,
    );
  }
  let regionKey: string | null = null;
  const attributes: Record<string, string> = {};
  layout.dimensions.forEach((name, i) => {
    const key = cells[1 + i]!;
    if (regionKey === null && REGION_VARIABLES.has(name)) regionKey = key;
    else if (key !== '') attributes[name] = key;
  });
  if (regionKey === null)
    throw new IngestError(file, line, null, 'the cube has no region dimension (DINSG, DLAND, …)');
  const timeText = cells[1 + nd]!;
  const time = genesisTime(timeText);
  if (time === undefined)
    throw new IngestError(file, line, 'ZI-WERT', `"${timeText}" is not a year or a date`);
  return layout.values.map((v, k) => {
    const at = 2 + nd + 4 * k;
    const text = cells[at]!;
    const cell = readCell(text, 'en');
    if (cell === undefined) throw notANumber(file, line, `${v.name} WERT`, text);
    const quality = cells[at + 1]!.trim();
    return {
      line,
      column: `${v.name} WERT`,
      regionKey: regionKey!,
      regionLabel: null,
      variable: v.name,
      attributes,
      time,
      value: cell.value,
      missingReason: cell.missingReason,
      text,
      unit: v.unit,
      quality: quality === '' ? cell.quality : quality,
      confidential: cells[at + 2]!.trim() !== '',
    };
  });
}
