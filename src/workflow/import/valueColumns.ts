// A batch of import values in columns, for handing it from the reading worker to the main thread cheaply.
//
// Decisions:
// - Numbers, lines and flags travel in typed arrays whose buffers are transferred, not copied.
// - Strings that repeat across a batch (unit set, variable, column, reference date, missing reason, quality,
//   note) travel once each, in a small dictionary, with a Uint32Array of indices per value.
// - Strings mostly unique per value (unit code, cell text, region key) travel joined into one string with
//   their end offsets: one string copy instead of thousands; the rebuilt values slice it.
// - Pure: `encodeValues` and `decodeValues` are exact inverses (test/workflow/import/valueColumns.test.ts).
import type { MissingReason } from '../../model/index.js';
import type { ImportValue } from './types.js';

/** Distinct strings (or null) and, per value, the index of its own. */
export interface DictionaryColumn {
  entries: (string | null)[];
  indices: Uint32Array;
}

/** Strings joined end to end, with the offset after each value's string. */
export interface JoinedColumn {
  text: string;
  ends: Uint32Array;
}

export interface ValueColumns {
  size: number;
  unitSet: DictionaryColumn;
  variable: DictionaryColumn;
  missingReason: DictionaryColumn;
  referenceDate: DictionaryColumn;
  column: DictionaryColumn;
  quality: DictionaryColumn;
  note: DictionaryColumn;
  unitCode: JoinedColumn;
  text: JoinedColumn;
  /** The region key, where FLAG_REGION_KEY is set; empty otherwise. */
  regionKey: JoinedColumn;
  value: Float64Array;
  line: Float64Array;
  /** FLAG_* bits per value. */
  flags: Uint8Array;
}

const FLAG_VALUE = 1;
const FLAG_CONFIDENTIAL = 2;
const FLAG_REGION_KEY = 4;

export function encodeValues(values: readonly ImportValue[]): ValueColumns {
  const size = values.length;
  const value = new Float64Array(size);
  const line = new Float64Array(size);
  const flags = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const v = values[i]!;
    if (v.value !== null) value[i] = v.value;
    line[i] = v.line;
    flags[i] =
      (v.value !== null ? FLAG_VALUE : 0) |
      (v.confidential ? FLAG_CONFIDENTIAL : 0) |
      (v.regionKey !== null ? FLAG_REGION_KEY : 0);
  }
  return {
    size,
    unitSet: dictionary(values, (v) => v.unitSet),
    variable: dictionary(values, (v) => v.variable),
    missingReason: dictionary(values, (v) => v.missingReason),
    referenceDate: dictionary(values, (v) => v.referenceDate),
    column: dictionary(values, (v) => v.column),
    quality: dictionary(values, (v) => v.quality),
    note: dictionary(values, (v) => v.note),
    unitCode: joined(values, (v) => v.unitCode),
    text: joined(values, (v) => v.text),
    regionKey: joined(values, (v) => v.regionKey ?? ''),
    value,
    line,
    flags,
  };
}

/** The buffers of `columns` to transfer with the message that carries it (it is unusable afterwards). */
export function transferList(columns: ValueColumns): ArrayBuffer[] {
  const views = [
    columns.value,
    columns.line,
    columns.flags,
    columns.unitCode.ends,
    columns.text.ends,
    columns.regionKey.ends,
    columns.unitSet.indices,
    columns.variable.indices,
    columns.missingReason.indices,
    columns.referenceDate.indices,
    columns.column.indices,
    columns.quality.indices,
    columns.note.indices,
  ];
  return views.map((view) => view.buffer as ArrayBuffer);
}

export function decodeValues(columns: ValueColumns): ImportValue[] {
  const { size, value, line, flags } = columns;
  const unitSet = lookup(columns.unitSet);
  const variable = lookup(columns.variable);
  const missingReason = lookup(columns.missingReason);
  const referenceDate = lookup(columns.referenceDate);
  const column = lookup(columns.column);
  const quality = lookup(columns.quality);
  const note = lookup(columns.note);
  const unitCode = slicer(columns.unitCode);
  const text = slicer(columns.text);
  const regionKey = slicer(columns.regionKey);
  const values = new Array<ImportValue>(size);
  for (let i = 0; i < size; i++) {
    const f = flags[i]!;
    values[i] = {
      kind: 'value',
      unitSet: unitSet(i)!,
      unitCode: unitCode(i),
      variable: variable(i)!,
      value: f & FLAG_VALUE ? value[i]! : null,
      missingReason: missingReason(i) as MissingReason | null,
      referenceDate: referenceDate(i)!,
      line: line[i]!,
      column: column(i)!,
      text: text(i),
      regionKey: f & FLAG_REGION_KEY ? regionKey(i) : null,
      quality: quality(i),
      confidential: (f & FLAG_CONFIDENTIAL) !== 0,
      note: note(i),
    };
  }
  return values;
}

function dictionary(
  values: readonly ImportValue[],
  field: (v: ImportValue) => string | null,
): DictionaryColumn {
  const entries: (string | null)[] = [];
  const index = new Map<string | null, number>();
  const indices = new Uint32Array(values.length);
  let last: string | null | undefined;
  let lastIndex = 0;
  for (let i = 0; i < values.length; i++) {
    const s = field(values[i]!);
    // Runs of the same string are the common case (a column, a date): no map look-up for them.
    if (s !== last) {
      let at = index.get(s);
      if (at === undefined) {
        at = entries.length;
        entries.push(s);
        index.set(s, at);
      }
      last = s;
      lastIndex = at;
    }
    indices[i] = lastIndex;
  }
  return { entries, indices };
}

function joined(values: readonly ImportValue[], field: (v: ImportValue) => string): JoinedColumn {
  const parts = new Array<string>(values.length);
  const ends = new Uint32Array(values.length);
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    const s = field(values[i]!);
    parts[i] = s;
    end += s.length;
    ends[i] = end;
  }
  return { text: parts.join(''), ends };
}

function lookup(column: DictionaryColumn): (i: number) => string | null {
  const { entries, indices } = column;
  return (i) => entries[indices[i]!] as string | null;
}

function slicer(column: JoinedColumn): (i: number) => string {
  const { text, ends } = column;
  return (i) => text.slice(i === 0 ? 0 : ends[i - 1]!, ends[i]!);
}
