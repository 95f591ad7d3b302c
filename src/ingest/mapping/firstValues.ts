// The first value a mapping entry took for each unit, held in typed arrays so that a million values stay small.
import type { MissingReason } from '../../model/index.js';

/** What is remembered of the first value of a unit: enough to tell a repetition from a contradiction. */
export interface FirstValue {
  line: number;
  value: number | null;
  missingReason: MissingReason | null;
  text: string;
  time: string;
}

const REASONS: readonly (MissingReason | null)[] = [
  null,
  'nothing',
  'unknown',
  'not-meaningful',
  'uncertain',
  'later',
  'suppressed',
  'absent',
];
const REASON_CODES = new Map(REASONS.map((reason, code) => [reason, code]));

/**
 * One slot per unit (by its position in the master data): about 25 bytes plus the cell's text (as UTF-8 in
 * one growing buffer) per value taken, instead of the whole observation. No object per value: a million
 * values add nothing the garbage collector has to walk. Times are interned (a table has few).
 */
export class FirstValues {
  private readonly lines: Int32Array;
  private readonly values: Float64Array;
  private readonly reasons: Uint8Array;
  private readonly timeIndex: Uint32Array;
  private readonly textStart: Int32Array;
  private readonly textLength: Int32Array;
  private textBytes: Buffer = Buffer.alloc(1 << 16);
  private textEnd = 0;
  private readonly times: string[] = [];
  private readonly timeCodes = new Map<string, number>();

  constructor(units: number) {
    this.lines = new Int32Array(units);
    this.values = new Float64Array(units);
    this.reasons = new Uint8Array(units);
    this.timeIndex = new Uint32Array(units);
    this.textStart = new Int32Array(units);
    this.textLength = new Int32Array(units);
  }

  /** The first value of unit `slot`, or undefined when it has none yet. */
  get(slot: number): FirstValue | undefined {
    const line = this.lines[slot]!;
    if (line === 0) return undefined;
    const value = this.values[slot]!;
    return {
      line,
      value: Number.isNaN(value) ? null : value,
      missingReason: REASONS[this.reasons[slot]!] ?? null,
      text: this.textBytes.toString(
        'utf8',
        this.textStart[slot],
        this.textStart[slot]! + this.textLength[slot]!,
      ),
      time: this.times[this.timeIndex[slot]!] ?? '',
    };
  }

  /** Whether `slot` holds a value equal to this one (value and missing reason). */
  same(slot: number, value: number | null, missingReason: MissingReason | null): boolean {
    if ((REASON_CODES.get(missingReason) ?? 0) !== this.reasons[slot]) return false;
    const stored = this.values[slot]!;
    return value === null ? Number.isNaN(stored) : stored === value;
  }

  set(slot: number, first: FirstValue): void {
    this.lines[slot] = Math.max(1, first.line);
    this.values[slot] = first.value ?? Number.NaN;
    this.reasons[slot] = REASON_CODES.get(first.missingReason) ?? 0;
    this.storeText(slot, first.text);
    let time = this.timeCodes.get(first.time);
    if (time === undefined) {
      time = this.times.length;
      this.times.push(first.time);
      this.timeCodes.set(first.time, time);
    }
    this.timeIndex[slot] = time;
  }

  private storeText(slot: number, text: string): void {
    const need = Buffer.byteLength(text);
    if (this.textEnd + need > this.textBytes.length) {
      const grown = Buffer.alloc(Math.max(this.textBytes.length * 2, this.textEnd + need));
      this.textBytes.copy(grown, 0, 0, this.textEnd);
      this.textBytes = grown;
    }
    this.textStart[slot] = this.textEnd;
    this.textLength[slot] = this.textBytes.write(text, this.textEnd);
    this.textEnd += this.textLength[slot]!;
  }
}
