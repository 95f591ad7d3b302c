// Reads broadband atlas tables (CSV with long or code headers, the bba_MM_YYYY.xlsx layout) as canonical columns.
import { basename, extname } from 'node:path';
import { IngestError } from '../../errors.js';
import { cellText, type ReadTable } from '../csv/grid.js';
import type { GridTableOptions, Roles } from '../csv/gridTable.js';
import type { Header } from '../csv/header.js';
import { readCsv, type CsvOptions } from '../csv/readCsv.js';
import { readXlsx } from '../xlsx/readXlsx.js';
import { broadbandDateFromHeader, broadbandDateFromName, broadbandVariable } from './variables.js';

export interface BroadbandOptions extends Pick<
  CsvOptions,
  'delimiter' | 'encoding' | 'decimal' | 'thousands' | 'source'
> {
  /** Sheet of the XLSX file (default "Privathaushalte"). */
  sheet?: string | number;
  /** Reference time; default from the header ("Festnetz: 12.2025") or the file name (bba_12_2025, 2018_ende). */
  time?: string;
  /** Administrative level kept where the table has a "Verwaltungsebene" column (default Gemeinde). */
  level?: 'Gemeinde' | 'Kreis' | 'all';
}

/** Shares a little above 100 occur in real files (100.01 in landkreis_privat_2021_1): rounding, kept as they are. */
const ROUNDING = 0.5;

const PUBLISHER = 'Bundesnetzagentur (Breitbandatlas | Gigabit-Grundbuch)';

/**
 * Each availability column becomes the canonical variable `<technology>_<Mbit/s>` (`all_1000`, `ftth_1000`,
 * …, see variables.ts), whatever the layout; other columns (names, levels, counts) are not read. Values are percentages of
 * households 0–100 (a value outside, beyond rounding, is an error); `-` means no data (`unknown`). In the XLSX layout rows of
 * other administrative levels than the one asked for are skipped and counted.
 */
export async function readBroadband(file: string, options: BroadbandOptions = {}): Promise<ReadTable> {
  const xlsx = extname(file).toLowerCase() === '.xlsx';
  let time = options.time ?? '';
  const columns = { level: -1 };
  const level = options.level ?? 'Gemeinde';
  const grid: GridTableOptions = {
    keyColumn: 'AGS',
    headerRows: xlsx ? 4 : 1,
    carryAcross: true,
    decimal: options.decimal,
    thousands: options.thousands,
    missing: { '-': 'unknown' },
    time: options.time,
    resolveRoles: (header, roles) => {
      const headerTime = header.rows
        .map((row) => broadbandDateFromHeader(row.cells.map(cellText).join(' ')))
        .find((d) => d !== null);
      time = options.time ?? headerTime ?? broadbandDateFromName(basename(file)) ?? '';
      return canonicalRoles(file, header, roles, columns);
    },
    finish: (o) => {
      if (o.value !== null && (o.value < 0 || o.value > 100 + ROUNDING)) {
        throw new IngestError(file, o.line, o.column, `"${o.text}" is not a share of households 0–100`);
      }
      return { ...o, time: o.time === '' ? time : o.time, unit: '%' };
    },
    skipRow: ({ row }) => {
      if (level === 'all' || columns.level < 0) return null;
      const text = cellText(row.cells[columns.level]);
      return text.toLowerCase().includes(level.toLowerCase())
        ? null
        : `administrative level "${text}" (not ${level})`;
    },
  };
  const table = xlsx
    ? await readXlsx(file, {
        ...grid,
        sheet: options.sheet ?? 'Privathaushalte',
        format: 'broadband',
        publisher: PUBLISHER,
      })
    : await readCsv(file, { ...grid, ...pick(options), format: 'broadband', publisher: PUBLISHER });
  return { ...table, metadata: { ...table.metadata, title: `Breitbandatlas ${basename(file)}` } };
}

function pick(options: BroadbandOptions): Partial<CsvOptions> {
  return { delimiter: options.delimiter, encoding: options.encoding, source: options.source };
}

function canonicalRoles(file: string, header: Header, roles: Roles, columns: { level: number }): Roles {
  columns.level = header.last.findIndex((text) => /^verwaltungsebene$/i.test(text.trim()));
  const nameColumn = header.last.findIndex((text) => /^(name|gemeindename|gemeinde)$/i.test(text.trim()));
  const seen = new Map<string, number>();
  const values = roles.values.flatMap(({ index, variable }) => {
    if (index === columns.level || index === nameColumn) return [];
    const canonical = broadbandVariable(variable);
    if (canonical === null) return [];
    const first = seen.get(canonical);
    if (first !== undefined) {
      throw new IngestError(
        file,
        header.rows[header.rows.length - 1]!.line,
        variable,
        `two columns are ${canonical} ("${header.names[first]}" and "${variable}")`,
      );
    }
    seen.set(canonical, index);
    return [{ index, variable: canonical }];
  });
  if (values.length === 0) {
    throw new IngestError(
      file,
      header.rows[header.rows.length - 1]!.line,
      null,
      `no availability columns ("alle Technologien ≥ 1000 Mbit/s", "verf_300_1000", …) among: ${header.names.filter((n) => n).join(', ')}`,
    );
  }
  return { ...roles, label: nameColumn >= 0 ? nameColumn : roles.label, values };
}
