// What both GENESIS flat layouts (ffcsv and the older flat file) take from a row: its width, region, attributes and time.
import { IngestError } from '../../errors.js';
import { REGION_VARIABLES } from './regions.js';
import { genesisTime } from './time.js';

/** Column positions of one dimension: its variable code, and the code and label of its attribute. */
export interface DimensionColumns {
  code: number;
  attributeCode: number;
  attributeLabel: number;
}

export interface RowParts {
  regionKey: string;
  regionLabel: string | null;
  /** The other dimensions' attributes, totals (empty attribute code) left out. */
  attributes: Record<string, string>;
  /** YYYY or YYYY-MM-DD. */
  time: string;
}

/**
 * The region is the first dimension whose variable code is a region level (GEMEIN, KREISE, DLAND, REGBEZ,
 * DINSG); an empty attribute code there is the total over that level and stays empty. Cells are trimmed when
 * `trim` (the older layout pads them). A row of the wrong width, without a region or with a time that is no
 * year or date is an error at its line.
 */
export function rowParts(
  file: string,
  line: number,
  cells: readonly string[],
  layout: { width: number; time: number; dimensions: readonly DimensionColumns[] },
  timeField: string,
  trim: boolean,
): RowParts {
  if (cells.length !== layout.width) {
    throw new IngestError(
      file,
      line,
      null,
      `${cells.length} cells, but the header has ${layout.width} columns`,
    );
  }
  const cell = trim ? (i: number) => cells[i]!.trim() : (i: number) => cells[i]!;
  let regionKey: string | null = null;
  let regionLabel: string | null = null;
  const attributes: Record<string, string> = {};
  for (const d of layout.dimensions) {
    const code = cell(d.code);
    const attribute = cell(d.attributeCode);
    if (regionKey === null && REGION_VARIABLES.has(code)) {
      regionKey = attribute;
      regionLabel = cell(d.attributeLabel) || null;
    } else if (attribute !== '') {
      attributes[code] = attribute;
    }
  }
  if (regionKey === null) {
    throw new IngestError(
      file,
      line,
      null,
      'no region dimension (GEMEIN, KREISE, DLAND, REGBEZ or DINSG) in this row',
    );
  }
  const timeText = cells[layout.time]!;
  const time = genesisTime(timeText);
  if (time === undefined)
    throw new IngestError(file, line, timeField, `"${timeText}" is not a year or a date`);
  return { regionKey, regionLabel, attributes, time };
}
