// Reads tables of the Federal Employment Agency's statistics (CSV exports and Excel tables) with a region key column.
import { extname } from 'node:path';
import { cellText, type ReadTable } from '../csv/grid.js';
import type { GridTableOptions, Roles } from '../csv/gridTable.js';
import { isKeyHeader, type Header } from '../csv/header.js';
import { preambleProperties, readCsv, type CsvOptions } from '../csv/readCsv.js';
import { readXlsx } from '../xlsx/readXlsx.js';
import { baTimeOf } from './baTime.js';
import { classifyBaRegion, describeClass } from './pseudoRegions.js';

export interface BaOptions extends Pick<
  CsvOptions,
  'delimiter' | 'encoding' | 'source' | 'decimal' | 'thousands' | 'valueColumns'
> {
  /** Header of the region key column (default the first "Regionalschlüssel", "Schlüssel", "AGS", …). */
  keyColumn?: string;
  headerRows?: number | 'auto';
  sheet?: string | number;
  time?: string;
}

const PUBLISHER = 'Statistik der Bundesagentur für Arbeit';

/**
 * A BA table: a key/value metadata block ("Land";"Nordrhein-Westfalen", "Thema:";"Einpendler Kreise",
 * "Berichtsmonat";"Juni 2023"), a header (several rows where group labels sit above; merged cells carried),
 * the data, a footer after a blank line. The first key column is the region; the column left of it its
 * label. Further key columns (e.g. the Wohnort of commuters) become attributes named by the column left of
 * them. Rows whose region or further key is a pseudo-region ("Übrige Kreise", `010xx`) or a foreign country
 * are skipped and counted, as are totals in the region column. `*` = suppressed, `x` = not meaningful,
 * `-` = nothing. Numbers are German ("1.234") unless declared otherwise.
 */
export async function readBa(file: string, options: BaOptions = {}): Promise<ReadTable> {
  let properties: Record<string, string> = {};
  let secondary: { index: number; label: number | null; name: string }[] = [];
  let time = options.time ?? '';
  const grid: GridTableOptions = {
    keyColumn: options.keyColumn,
    headerRows: options.headerRows ?? 'auto',
    carryAcross: true,
    stopAtBlankRow: true,
    decimal: options.decimal ?? ',',
    thousands: options.thousands ?? '.',
    valueColumns: options.valueColumns,
    time: options.time,
    resolveRoles: (header, roles) => {
      properties = preambleProperties(header.preamble.map((row) => row.cells.map(cellText)));
      time = options.time ?? baTimeOf(properties) ?? '';
      const resolved = baRoles(header, roles, options.valueColumns !== undefined);
      secondary = resolved.secondary;
      return resolved.roles;
    },
    finish: (o) => (o.time === '' ? { ...o, time } : o),
    skipRow: ({ row, key, label }) => {
      const own = classifyBaRegion(key, label);
      if (own !== 'region') return `region: ${describeClass(own)}`;
      for (const s of secondary) {
        const cls = classifyBaRegion(
          cellText(row.cells[s.index]),
          s.label === null ? null : cellText(row.cells[s.label]),
        );
        if (cls === 'pseudo-region' || cls === 'foreign')
          return { reason: `${s.name}: ${describeClass(cls)}`, index: s.index };
      }
      return null;
    },
  };
  const xlsx = extname(file).toLowerCase() === '.xlsx';
  const table = xlsx
    ? await readXlsx(file, { ...grid, sheet: options.sheet, format: 'ba', publisher: PUBLISHER })
    : await readCsv(file, {
        ...grid,
        delimiter: options.delimiter,
        encoding: options.encoding,
        source: options.source,
        format: 'ba',
        publisher: PUBLISHER,
      });
  return {
    ...table,
    metadata: { ...table.metadata, title: properties['Thema'] ?? table.metadata.title },
    properties: { ...table.properties, ...properties },
  };
}

function baRoles(
  header: Header,
  roles: Roles,
  valuesDeclared: boolean,
): { roles: Roles; secondary: { index: number; label: number | null; name: string }[] } {
  const keys = header.last.flatMap((text, index) => (isKeyHeader(text, undefined) ? [index] : []));
  const region = roles.key;
  const labelOf = (index: number): number | null =>
    index > 0 && header.last[index - 1] !== '' && !keys.includes(index - 1) ? index - 1 : null;
  const secondary = keys
    .filter((index) => index !== region)
    .map((index) => {
      const label = labelOf(index);
      return { index, label, name: label === null ? header.names[index]! : header.last[label]! };
    });
  const label = roles.label ?? labelOf(region);
  const taken = new Set<number | null>([region, label, ...secondary.flatMap((s) => [s.index, s.label])]);
  return {
    secondary,
    roles: {
      ...roles,
      label,
      attributes: [...roles.attributes, ...secondary.map((s) => ({ index: s.index, name: s.name }))],
      values: valuesDeclared ? roles.values : roles.values.filter((v) => !taken.has(v.index)),
    },
  };
}
