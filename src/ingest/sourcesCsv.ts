// Reads the table of sources that value rows refer to.
import { readCsvTable } from './csvTable.js';
import { IngestError } from './errors.js';

export interface SourceRecord {
  id: string;
  publisher: string;
  table: string | null;
  title: string | null;
  licence: string | null;
  url: string | null;
  retrieved: string | null;
  fileName: string | null;
  fileHash: string | null;
  synthetic: boolean;
}

export function readSourcesCsv(file: string): SourceRecord[] {
  return readCsvTable(file, ['id', 'publisher', 'synthetic']).map(({ line, fields }) => {
    if (!fields.id) throw new IngestError(file, line, 'id', 'must not be empty');
    if (fields.synthetic !== '0' && fields.synthetic !== '1') {
      throw new IngestError(file, line, 'synthetic', `"${fields.synthetic}" must be 0 or 1`);
    }
    return {
      id: fields.id,
      publisher: fields.publisher!,
      table: fields.table_code || null,
      title: fields.title || null,
      licence: fields.licence || null,
      url: fields.url || null,
      retrieved: null,
      fileName: null,
      fileHash: null,
      synthetic: fields.synthetic === '1',
    };
  });
}
