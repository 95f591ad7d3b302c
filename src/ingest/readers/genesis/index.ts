// GENESIS readers: recognise the format of a file and open it as a SourceTable.
import { IngestError } from '../../errors.js';
import type { SourceTable } from '../types.js';
import { openGenesisClassic } from './classic.js';
import { openGenesisCube } from './cube.js';
import { detectGenesisFormat, type GenesisFormat } from './detect.js';
import { openGenesisFfcsv } from './ffcsv.js';
import { openGenesisFlatOld } from './flatOld.js';
import { readHead } from './sample.js';
import type { GenesisReadOptions } from './source.js';

export { detectGenesisFormat, type GenesisFormat } from './detect.js';
export type { GenesisReadOptions } from './source.js';
export { openGenesisClassic, openGenesisCube, openGenesisFfcsv, openGenesisFlatOld };

const OPENERS: Record<GenesisFormat, (file: string, options: GenesisReadOptions) => Promise<SourceTable>> = {
  'genesis-classic': openGenesisClassic,
  'genesis-ffcsv': openGenesisFfcsv,
  'genesis-flat-old': openGenesisFlatOld,
  'genesis-cube': openGenesisCube,
};

/** Opens any GENESIS file, recognising its format unless it is given. */
export async function openGenesisTable(
  file: string,
  options: GenesisReadOptions & { format?: GenesisFormat } = {},
): Promise<SourceTable> {
  const format = options.format ?? detectGenesisFormat(await readHead(file, 16 * 1024));
  if (format === null) {
    throw new IngestError(
      file,
      1,
      null,
      'not a GENESIS file: expected "GENESIS-Tabelle: …" (classic export), a flat file header ' +
        '"statistics_code;…;value;…" or "Zeit;1_Merkmal_Code;…", or a cube export ("K;DQ;…")',
    );
  }
  return OPENERS[format](file, options);
}
