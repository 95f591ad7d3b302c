// Reads the master data of unit sets: municipalities (AGS-keyed) and metropolitan regions.
import { AGS_PATTERN, type Unit } from '../model/index.js';
import { readCsvTable, parseNumberField, type CsvRecord } from './csvTable.js';
import { IngestError } from './errors.js';

const MUNICIPALITY_COLUMNS = [
  'ags',
  'name',
  'type',
  'kreis',
  'area_km2',
  'population',
  'center_lat',
  'center_lon',
];

export function readMunicipalities(file: string, source: string): Unit[] {
  const records = readCsvTable(file, MUNICIPALITY_COLUMNS);
  rejectDuplicateCodes(records, 'ags', file);
  return records.map((record) => {
    const ags = record.fields.ags!;
    if (!AGS_PATTERN.test(ags)) {
      throw new IngestError(
        file,
        record.line,
        'ags',
        `"${ags}" is not an 8-digit AGS (Amtlicher Gemeindeschlüssel)`,
      );
    }
    return {
      unitSet: 'municipalities',
      code: ags,
      name: required(record, 'name', file),
      type: record.fields.type || null,
      district: record.fields.kreis || null,
      population: parseNumberField(record, 'population', file),
      areaKm2: parseNumberField(record, 'area_km2', file),
      centerLat: parseNumberField(record, 'center_lat', file),
      centerLon: parseNumberField(record, 'center_lon', file),
      source,
    };
  });
}

export function readRegions(file: string, source: string): Unit[] {
  const records = readCsvTable(file, ['code', 'name']);
  rejectDuplicateCodes(records, 'code', file);
  return records.map((record) => ({
    unitSet: 'regions',
    code: required(record, 'code', file),
    name: required(record, 'name', file),
    type: record.fields.is_focus === '1' ? 'focus' : null,
    district: null,
    population: null,
    areaKm2: null,
    centerLat: null,
    centerLon: null,
    source,
  }));
}

function required(record: CsvRecord, field: string, file: string): string {
  const value = record.fields[field] ?? '';
  if (value === '') throw new IngestError(file, record.line, field, 'must not be empty');
  return value;
}

function rejectDuplicateCodes(records: CsvRecord[], field: string, file: string): void {
  const seen = new Map<string, number>();
  for (const record of records) {
    const code = record.fields[field] ?? '';
    const first = seen.get(code);
    if (first !== undefined)
      throw new IngestError(file, record.line, field, `"${code}" appears twice (first on line ${first})`);
    seen.set(code, record.line);
  }
}
