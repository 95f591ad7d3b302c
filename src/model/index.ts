// model: the domain types shared by every layer (unit sets, units, indicators, editions, values, provenance).

/** Text in the two UI languages: German first, English second. */
export interface Text {
  de: string;
  en: string;
}

/** A code of a set of units that an index can be computed for, e.g. `municipalities` or `regions`. */
export type UnitSetCode = string;

/** A territorial unit: a municipality (keyed by its 8-character AGS) or a metropolitan region. */
export interface Unit {
  unitSet: UnitSetCode;
  code: string;
  name: string;
  type: string | null;
  district: string | null;
  population: number | null;
  areaKm2: number | null;
  centerLat: number | null;
  centerLon: number | null;
  source: string;
}

/** Where a value came from. */
export interface Provenance {
  publisher: string;
  table: string | null;
  title: string | null;
  licence: string | null;
  retrieved: string | null;
  fileName: string | null;
  fileHash: string | null;
}

/**
 * Why an official table has no number in a cell. GENESIS: `-` nothing (exactly zero is reported as nothing),
 * `.` unknown or secret, `x` not meaningful, `/` too uncertain, `...` later; BA: `*` suppressed (small
 * numbers); `absent`: the cell or row is not in the file.
 */
export type MissingReason =
  'nothing' | 'unknown' | 'not-meaningful' | 'uncertain' | 'later' | 'suppressed' | 'absent';

/** One observation: a variable (indicator numerator or denominator) for one unit in one edition. */
export interface ObservedValue {
  edition: number;
  unitSet: UnitSetCode;
  unitCode: string;
  variable: string;
  value: number | null;
  missingReason: MissingReason | null;
  referenceDate: string;
  sourceId: string;
  row: number | null;
  synthetic: boolean;
  confidential: boolean;
}

/** A registered source of values (one file or table). */
export interface Source extends Provenance {
  id: string;
}

/** The computed outcome for one unit and one node of the index hierarchy. */
export interface ResultRow {
  edition: number;
  unitSet: UnitSetCode;
  unitCode: string;
  node: string;
  stage: ResultStage;
  value: number | null;
  rank: number | null;
}

export type ResultStage = 'denominated' | 'normalised' | 'aggregated';

/** The 8-character official municipality key (Amtlicher Gemeindeschlüssel). */
export const AGS_PATTERN = /^\d{8}$/;
