// The columnar batch of import values: decoding gives back exactly the values encoded, also after a transfer.
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportValue } from '../../../src/workflow/import/types.js';
import {
  decodeValues,
  encodeValues,
  transferList,
  type ValueColumns,
} from '../../../src/workflow/import/valueColumns.js';

const REASONS = [
  'nothing',
  'unknown',
  'not-meaningful',
  'uncertain',
  'later',
  'suppressed',
  'absent',
] as const;

/** Strings from a small pool (so that dictionaries repeat) or any, including empty and non-ASCII ones. */
const text = fc.oneof(
  fc.constantFrom('', 'a', 'BEVSTD', 'Köln', '05913000', '2024-12-31'),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

const importValue: fc.Arbitrary<ImportValue> = fc.record({
  kind: fc.constant('value' as const),
  unitSet: text,
  unitCode: text,
  variable: text,
  value: fc.option(fc.double(), { nil: null }),
  missingReason: fc.option(fc.constantFrom(...REASONS), { nil: null }),
  referenceDate: text,
  line: fc.oneof(fc.nat(), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
  column: text,
  text,
  regionKey: fc.option(text, { nil: null }),
  quality: fc.option(text, { nil: null }),
  confidential: fc.boolean(),
  note: fc.option(text, { nil: null }),
});

/** What the receiving thread gets: a structured clone with the buffers transferred. */
function transferred(columns: ValueColumns): ValueColumns {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(columns, transferList(columns));
  const received = receiveMessageOnPort(port2)!.message as ValueColumns;
  port1.close();
  return received;
}

describe('columnar import values', () => {
  it('decode(encode(values)) gives the same values, in order, with the same fields', () => {
    fc.assert(
      fc.property(fc.array(importValue, { maxLength: 60 }), (values) => {
        expect(decodeValues(encodeValues(values))).toEqual(values);
      }),
    );
  });

  it('survives the transfer between threads (the buffers move, the sender keeps none)', () => {
    fc.assert(
      fc.property(fc.array(importValue, { minLength: 1, maxLength: 30 }), (values) => {
        const columns = encodeValues(values);
        const received = transferred(columns);
        expect(columns.value.length).toBe(0); // detached: moved, not copied
        expect(decodeValues(received)).toEqual(values);
      }),
    );
  });

  it('keeps -0, NaN, infinities and the difference between 0 and no value', () => {
    const base: ImportValue = {
      kind: 'value',
      unitSet: 'municipalities',
      unitCode: '05913000',
      variable: 'population',
      value: 0,
      missingReason: null,
      referenceDate: '2024-12-31',
      line: 2,
      column: 'value',
      text: '0',
      regionKey: null,
      quality: null,
      confidential: false,
      note: null,
    };
    const values: ImportValue[] = [-0, Number.NaN, Infinity, -Infinity, 0, null].map((value, i) => ({
      ...base,
      value,
      line: i + 2,
      missingReason: value === null ? 'unknown' : null,
    }));
    const back = decodeValues(transferred(encodeValues(values)));
    expect(Object.is(back[0]!.value, -0)).toBe(true);
    expect(back[1]!.value).toBeNaN();
    expect(back.map((v) => v.value)).toEqual([-0, Number.NaN, Infinity, -Infinity, 0, null]);
    expect(back[5]).toMatchObject({ value: null, missingReason: 'unknown' });
  });

  it('sends a repeated string once: a batch of one column and date has one-entry dictionaries', () => {
    const values = Array.from({ length: 2000 }, (_, i): ImportValue => ({
      kind: 'value',
      unitSet: 'municipalities',
      unitCode: String(5_000_000 + i).padStart(8, '0'),
      variable: i % 2 ? 'population' : 'employees',
      value: i,
      missingReason: null,
      referenceDate: '2024-12-31',
      line: i + 2,
      column: 'value',
      text: String(i),
      regionKey: null,
      quality: null,
      confidential: false,
      note: null,
    }));
    const columns = encodeValues(values);
    expect(columns.column.entries).toEqual(['value']);
    expect(columns.referenceDate.entries).toEqual(['2024-12-31']);
    expect(columns.variable.entries).toEqual(['employees', 'population']);
    expect(columns.note.entries).toEqual([null]);
    expect(decodeValues(columns)).toEqual(values);
  });
});
