// The columns of a firm list: canonical names, the German and English aliases accepted for them, and the header check.
import { IngestError } from '../../ingest/errors.js';

export type FirmColumn = 'firm_id' | 'name' | 'url' | 'ags' | 'postcode' | 'town' | 'founded' | 'wz';

const ALIASES: Record<FirmColumn, readonly string[]> = {
  firm_id: ['firm_id', 'firmid', 'id'],
  name: ['name', 'firma', 'firm_name', 'company'],
  url: ['url', 'website', 'homepage', 'internet', 'webseite'],
  ags: ['ags', 'gemeindeschluessel', 'gemeindeschlüssel'],
  postcode: ['postcode', 'plz', 'postleitzahl', 'zip'],
  town: ['town', 'ort', 'city', 'gemeinde'],
  founded: ['founded', 'gruendung', 'gründung', 'gruendungsjahr', 'gründungsjahr'],
  wz: ['wz', 'wz2008', 'nace'],
};

/** Column positions of the canonical columns present in the header. */
export type ColumnIndex = Partial<Record<FirmColumn, number>>;

/**
 * Finds the columns (case-insensitive, aliases allowed). `firm_id`, `name` and `url` are required, and
 * either `ags` or both `postcode` and `town`. A column given twice is an error.
 */
export function indexColumns(file: string, headerLine: number, header: readonly string[]): ColumnIndex {
  const index: ColumnIndex = {};
  header.forEach((raw, position) => {
    const name = raw
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    for (const [column, aliases] of Object.entries(ALIASES) as [FirmColumn, readonly string[]][]) {
      if (!aliases.includes(name)) continue;
      if (index[column] !== undefined) {
        throw new IngestError(
          file,
          headerLine,
          column,
          `column given twice ("${header[index[column]]}" and "${raw}")`,
        );
      }
      index[column] = position;
    }
  });
  const found = header.join(', ');
  for (const column of ['firm_id', 'name', 'url'] as const) {
    if (index[column] === undefined) {
      throw new IngestError(file, headerLine, column, `missing column "${column}" (found: ${found})`);
    }
  }
  if (index.ags === undefined && (index.postcode === undefined || index.town === undefined)) {
    throw new IngestError(
      file,
      headerLine,
      'ags',
      `missing column "ags" (or "postcode" and "town" instead) (found: ${found})`,
    );
  }
  return index;
}
