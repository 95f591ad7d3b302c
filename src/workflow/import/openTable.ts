// Recognises an input file's format (GENESIS, CSV, XLSX, BA, broadband) and opens it with its reader.
import { basename } from 'node:path';
import { IngestError } from '../../ingest/errors.js';
import type { TableOptions } from '../../ingest/mapping/schema.js';
import { readBa } from '../../ingest/readers/ba/readBa.js';
import { readBroadband } from '../../ingest/readers/broadband/readBroadband.js';
import type { SkipCount } from '../../ingest/readers/csv/skipTally.js';
import { readCsv } from '../../ingest/readers/csv/readCsv.js';
import { decodeSample, type TextEncoding } from '../../ingest/readers/decode.js';
import {
  detectGenesisFormat,
  openGenesisTable,
  type GenesisFormat,
} from '../../ingest/readers/genesis/index.js';
import { readHead } from '../../ingest/readers/genesis/sample.js';
import type { SourceTable } from '../../ingest/readers/types.js';
import { readXlsx } from '../../ingest/readers/xlsx/readXlsx.js';
import { footerChecked } from './classicFooter.js';

/** The readers a file can be opened with; a mapping's `format` names one of them. */
export const FORMATS = [
  'genesis',
  'genesis-classic',
  'genesis-ffcsv',
  'genesis-flat-old',
  'genesis-cube',
  'csv',
  'xlsx',
  'ba',
  'broadband',
] as const;
export type FormatName = (typeof FORMATS)[number];

/** A table as opened for an import: the common SourceTable, plus what the reader itself left out. */
export interface OpenedTable extends SourceTable {
  format: FormatName;
  /** Rows the reader skipped (footers, totals, pseudo-regions), filled while reading; empty for GENESIS. */
  readerSkips(): SkipCount[];
}

const HEAD_BYTES = 64 * 1024;

/** Opens `file` with the reader `format` names, or the one its first bytes and its name point to. */
export async function openTable(
  file: string,
  format: string | undefined,
  options: TableOptions = {},
): Promise<OpenedTable> {
  const chosen = format === undefined ? await detectFormat(file) : checkedFormat(file, format);
  if (chosen.startsWith('genesis')) {
    const genesisFormat = chosen === 'genesis' ? undefined : (chosen as GenesisFormat);
    const encoding = textEncoding(file, options.encoding);
    const table = await openGenesisTable(file, {
      ...(genesisFormat ? { format: genesisFormat } : {}),
      ...(encoding ? { encoding } : {}),
    });
    if (chosen === 'genesis-classic' || table.metadata.format === 'genesis-classic') {
      // The footer check wraps the row stream: the reader's own batches would bypass it.
      const observations = footerChecked(file, table.observations);
      return { metadata: table.metadata, observations, format: chosen, readerSkips: () => [] };
    }
    return { ...table, format: chosen, readerSkips: () => [] };
  }
  const grid = {
    keyColumn: options.keyColumn,
    labelColumn: options.labelColumn,
    timeColumn: options.timeColumn,
    time: options.time,
    valueColumns: options.valueColumns,
    attributeColumns: options.attributeColumns,
    variableColumn: options.variableColumn,
    valueColumn: options.valueColumn,
    unitColumn: options.unitColumn,
    headerRow: options.headerRow,
    headerRows: options.headerRows,
    decimal: options.decimal,
    thousands: options.thousands,
    missing: options.missing,
  };
  const text = { delimiter: options.delimiter, encoding: options.encoding };
  const table =
    chosen === 'csv'
      ? await readCsv(file, { ...grid, ...text })
      : chosen === 'xlsx'
        ? await readXlsx(file, { ...grid, sheet: options.sheet })
        : chosen === 'ba'
          ? await readBa(file, {
              ...text,
              keyColumn: options.keyColumn,
              headerRows: options.headerRows,
              sheet: options.sheet,
              time: options.time,
              decimal: options.decimal,
              thousands: options.thousands,
              valueColumns: options.valueColumns,
            })
          : await readBroadband(file, {
              ...text,
              sheet: options.sheet,
              time: options.time,
              decimal: options.decimal,
              thousands: options.thousands,
            });
  return { ...table, format: chosen, readerSkips: () => table.skipped.list() };
}

/**
 * The format from the first bytes: a ZIP is a workbook (the broadband atlas when named bba_MM_YYYY), the
 * GENESIS layouts are recognised by their first lines, the BA's exports by their publisher line, broadband
 * CSVs by their availability headers; any other text is a generic delimited table. An old binary .xls and
 * other binary data are rejected here, before any reader sees them.
 */
export async function detectFormat(file: string): Promise<FormatName> {
  const head = await readHead(file, HEAD_BYTES);
  if (head.length === 0) throw new IngestError(file, null, null, 'the file is empty');
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    return /^bba_\d{2}_\d{4}/i.test(basename(file)) ? 'broadband' : 'xlsx';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new IngestError(file, null, null, 'an old binary Excel file (.xls): save it as .xlsx or CSV first');
  }
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    throw new IngestError(
      file,
      1,
      null,
      'UTF-16 text (byte order mark FF FE or FE FF): save it as UTF-8 or Windows-1252',
    );
  }
  const nul = head.indexOf(0);
  if (nul >= 0) {
    const line = 1 + countNewlines(head.subarray(0, nul));
    throw new IngestError(file, line, null, `binary data (a NUL byte at byte ${nul + 1}), not a text table`);
  }
  const genesis = detectGenesisFormat(head);
  if (genesis) return genesis;
  const text = decodeSample(head);
  if (/Statistik der Bundesagentur für Arbeit|"?Berichtsmonat"?\s*[;,]/i.test(text)) return 'ba';
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (/(^|[;,"])\s*"?verf_\d{3}_\d+|Mbit\/s/i.test(firstLine)) return 'broadband';
  return 'csv';
}

export function isFormat(format: string): format is FormatName {
  return (FORMATS as readonly string[]).includes(format) || format === 'genesis-flat';
}

function checkedFormat(file: string, format: string): FormatName {
  if (format !== 'genesis-flat' && isFormat(format)) return format;
  if (format === 'genesis-flat') return 'genesis-ffcsv';
  throw new IngestError(file, null, 'format', `unknown format "${format}" (known: ${FORMATS.join(', ')})`);
}

function textEncoding(file: string, encoding: string | undefined): TextEncoding | undefined {
  if (encoding === undefined) return undefined;
  const name = encoding.toLowerCase().replace(/_/g, '-');
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'latin-1'].includes(name)) return 'windows-1252';
  throw new IngestError(file, null, 'encoding', `unknown encoding "${encoding}" (use utf-8 or windows-1252)`);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 0x0a) n++;
  return n;
}
