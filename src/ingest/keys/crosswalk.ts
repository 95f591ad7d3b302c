// Reads a territorial-change table (from_ags,to_ags,weight,valid_from) and checks it.
import { parseCsvTable, readCsvTable, type CsvRecord } from '../csvTable.js';
import { IngestError } from '../errors.js';
import { AGS_PATTERN } from '../../model/index.js';

/**
 * One row: from `validFrom` on, the share `weight` of the old municipality `fromAgs` belongs to `toAgs`.
 * A merge lists each old municipality with weight 1; a split lists the parts of one old municipality with
 * weights that add up to 1 (its share of the counted quantity, e.g. of the population); a municipality that
 * only changed its key is a merge of one.
 */
export interface CrosswalkRow {
  fromAgs: string;
  toAgs: string;
  weight: number;
  validFrom: string;
  line: number;
}

export interface Crosswalk {
  file: string;
  rows: readonly CrosswalkRow[];
}

const COLUMNS = ['from_ags', 'to_ags', 'weight', 'valid_from'];
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TOLERANCE = 1e-6;

export function readCrosswalk(file: string): Crosswalk {
  return toCrosswalk(readCsvTable(file, COLUMNS), file);
}

export function parseCrosswalk(text: string, file: string): Crosswalk {
  return toCrosswalk(parseCsvTable(text, file, COLUMNS), file);
}

function toCrosswalk(records: CsvRecord[], file: string): Crosswalk {
  const rows = records.map((record) => toRow(record, file));
  checkShares(rows, file);
  return { file, rows };
}

function toRow(record: CsvRecord, file: string): CrosswalkRow {
  const field = (name: string) => record.fields[name] ?? '';
  for (const name of ['from_ags', 'to_ags']) {
    if (!AGS_PATTERN.test(field(name))) {
      throw new IngestError(file, record.line, name, `"${field(name)}" is not an 8-digit AGS`);
    }
  }
  const weightText = field('weight');
  const weight = Number(weightText);
  if (!/^\d+(\.\d+)?$/.test(weightText) || !(weight > 0) || weight > 1) {
    throw new IngestError(file, record.line, 'weight', `"${weightText}" is not a share in (0, 1]`);
  }
  if (!DATE.test(field('valid_from'))) {
    throw new IngestError(
      file,
      record.line,
      'valid_from',
      `"${field('valid_from')}" is not a date YYYY-MM-DD`,
    );
  }
  return {
    fromAgs: field('from_ags'),
    toAgs: field('to_ags'),
    weight,
    validFrom: field('valid_from'),
    line: record.line,
  };
}

/** The shares of one old municipality at one date must add up to 1, so that counts are neither lost nor doubled. */
function checkShares(rows: CrosswalkRow[], file: string): void {
  const sums = new Map<string, { sum: number; first: CrosswalkRow; targets: Set<string> }>();
  for (const row of rows) {
    const key = `${row.fromAgs}@${row.validFrom}`;
    const entry = sums.get(key) ?? { sum: 0, first: row, targets: new Set<string>() };
    if (entry.targets.has(row.toAgs)) {
      throw new IngestError(
        file,
        row.line,
        'to_ags',
        `${row.fromAgs} → ${row.toAgs} at ${row.validFrom} appears twice (first on line ${entry.first.line})`,
      );
    }
    entry.targets.add(row.toAgs);
    entry.sum += row.weight;
    sums.set(key, entry);
  }
  for (const { sum, first } of sums.values()) {
    if (Math.abs(sum - 1) > TOLERANCE) {
      throw new IngestError(
        file,
        first.line,
        'weight',
        `the weights of ${first.fromAgs} at ${first.validFrom} add up to ${round(sum)}, not 1`,
      );
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
