// ingest/coinr: reads COINr's two input tables (iData, iMeta) into an index spec and a project table.
import { basename } from 'node:path';
import type { ProjectTable } from '../project/table.js';
import { checkHierarchy } from './hierarchy.js';
import { readIData } from './iData.js';
import { readIMeta, type IMetaRow } from './iMeta.js';
import { readCoinrTable } from './table.js';
import { coinrSpec } from './toSpec.js';

export interface CoinrImport {
  spec: ReturnType<typeof coinrSpec>;
  table: ProjectTable;
  meta: IMetaRow[];
  /** iData columns of Type Other, left out. */
  dropped: string[];
}

export function readCoinr(dataFile: string, metaFile: string, id: string): CoinrImport {
  const meta = readIMeta(readCoinrTable(metaFile));
  checkHierarchy(meta, metaFile);
  const { table, dropped } = readIData(readCoinrTable(dataFile), meta, metaFile);
  return { spec: coinrSpec(meta, { id, dataFile: basename(dataFile) }), table, meta, dropped };
}
