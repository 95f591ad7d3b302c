// Applies a mapping to a table's observations: selects, converts, keys, allocates and crosswalks them into values.
import type { MissingReason, Unit } from '../../model/index.js';
import { allocateDistrictValues, type Allocation, type AllocationKey } from '../allocate/index.js';
import { IngestError } from '../errors.js';
import {
  applyCrosswalk,
  normaliseDistrictKey,
  parseRegionKey,
  regionMasterFromUnits,
  type Crosswalk,
  type KeyProblem,
  type RegionMaster,
} from '../keys/index.js';
import { SkipTally, type SkipCount } from '../readers/csv/skipTally.js';
import type { RawObservation } from '../readers/types.js';
import { FirstValues, type FirstValue } from './firstValues.js';
import { attributesMatch, prepareEntries, timeMatches, type PreparedEntry } from './prepare.js';
import type { Mapping } from './schema.js';

export interface MappingMasterData {
  /** The municipalities of the mapping's unit set; their population is the default population key. */
  units: readonly Unit[];
  /** Allocation keys by AGS (e.g. employees from the store); population falls back to the units. */
  keys?: Partial<Record<AllocationKey, ReadonlyMap<string, number>>>;
  /** Σ key per whole district, when the unit set covers only part of a district. */
  districtTotals?: Partial<Record<AllocationKey, ReadonlyMap<string, number>>>;
  crosswalk?: Crosswalk;
}

export interface ApplyOptions {
  /** The edition being imported (`--edition`); entries mapped for another edition are left out. */
  edition?: number;
  /** The table file and the mapping file, for error messages. */
  file?: string;
  mappingFile?: string;
}

/** One value ready to be stored, with the cell it came from and how it was obtained. */
export interface MappedValue {
  edition: number;
  unitSet: string;
  unitCode: string;
  target: string;
  kind: 'indicator' | 'denominator' | null;
  value: number | null;
  missingReason: MissingReason | null;
  referenceDate: string;
  /** The source cell (the first, when a crosswalk merged several). */
  line: number;
  column: string;
  text: string;
  unit: string | null;
  quality: string | null;
  confidential: boolean;
  /** How a district value was allocated to this municipality; null for municipality-level values. */
  allocation: Allocation | null;
  /** The old AGS a crosswalk carried into this value; empty when the territory did not change. */
  crosswalkedFrom: string[];
}

export interface MappingResult {
  values: MappedValue[];
  skipped: SkipCount[];
}

/** Maps every observation; the values come sorted by target, then unit code. */
export function applyMapping(
  observations: Iterable<RawObservation>,
  mapping: Mapping,
  masterData: MappingMasterData,
  options: ApplyOptions = {},
): MappingResult {
  const values: MappedValue[] = [];
  const applier = new MappingApplier(mapping, masterData, options, (v) => values.push(v));
  for (const observation of observations) applier.add(observation);
  const skipped = applier.finish();
  return { values: sortedValues(values), skipped };
}

export async function applyMappingAsync(
  observations: AsyncIterable<RawObservation>,
  mapping: Mapping,
  masterData: MappingMasterData,
  options: ApplyOptions = {},
): Promise<MappingResult> {
  const values: MappedValue[] = [];
  const applier = new MappingApplier(mapping, masterData, options, (v) => values.push(v));
  for await (const observation of observations) applier.add(observation);
  const skipped = applier.finish();
  return { values: sortedValues(values), skipped };
}

/** The mapped values as they are read, in batches; `skipped()` tells what was left out once they are through. */
export interface MappingStream {
  batches: AsyncIterable<MappedValue[]>;
  skipped(): SkipCount[];
}

/**
 * Streams the mapping over batches of observations: municipality values leave as soon as their row is read (in file order), so memory
 * does not grow with the rows read; what needs every row first (district allocation, a crosswalk) comes at
 * the end. At most `batchSize` values are held at a time, plus a few bytes per value to find repetitions.
 */
export function streamMapping(
  batches: AsyncIterable<readonly RawObservation[]>,
  mapping: Mapping,
  masterData: MappingMasterData,
  options: ApplyOptions = {},
  batchSize = 5000,
): MappingStream {
  let skipped: SkipCount[] | null = null;
  async function* mapped(): AsyncGenerator<MappedValue[]> {
    let batch: MappedValue[] = [];
    const applier = new MappingApplier(mapping, masterData, options, (v) => batch.push(v));
    for await (const observations of batches) {
      for (const observation of observations) applier.add(observation);
      while (batch.length >= batchSize) {
        yield batch.slice(0, batchSize);
        batch = batch.slice(batchSize);
      }
    }
    skipped = applier.finish();
    for (let i = 0; i < batch.length; i += batchSize) yield batch.slice(i, i + batchSize);
  }
  return {
    batches: mapped(),
    skipped: () => {
      if (skipped === null) throw new Error('streamMapping: skipped() before the batches were read');
      return skipped;
    },
  };
}

interface Pending {
  observation: RawObservation;
  ags: string;
  value: number | null;
  missingReason: MissingReason | null;
  referenceDate: string;
}

const KEY_REASONS: Readonly<Record<KeyProblem, string>> = {
  malformed: 'region key is not a number',
  'other-level': 'region key of another level (not a municipality)',
  district: 'district key that is not an independent city of the master data',
  unknown: 'municipality not in the master data',
};

/**
 * Takes observations one by one and hands each value to `emit`: a municipality value at once, district values
 * and crosswalked ones (which need every row) in `finish()`.
 */
export class MappingApplier {
  private readonly byVariable: Map<string, PreparedEntry[]>;
  private readonly master: RegionMaster;
  private readonly pending = new Map<number, Map<string, Pending>>();
  private readonly skipped = new SkipTally();
  private readonly file: string;
  private readonly mappingFile: string;
  /** Each unit's position in the master data: its slot in `firsts`. */
  private readonly slots = new Map<string, number>();
  /** Per streamed entry (by index), the first value each unit took. */
  private readonly firsts = new Map<number, FirstValues>();

  constructor(
    private readonly mapping: Mapping,
    private readonly masterData: MappingMasterData,
    private readonly options: ApplyOptions,
    private readonly emit: (value: MappedValue) => void,
  ) {
    this.byVariable = prepareEntries(mapping);
    this.master = regionMasterFromUnits(masterData.units);
    masterData.units.forEach((unit, slot) => this.slots.set(unit.code, slot));
    this.file = options.file ?? '(table)';
    this.mappingFile = options.mappingFile ?? '(mapping)';
    for (const entries of this.byVariable.values()) {
      for (const entry of entries) {
        if (options.edition === undefined && entry.edition === undefined) {
          throw new IngestError(
            this.mappingFile,
            null,
            `values[${entry.index}].edition`,
            'no edition: give --edition or edition in the mapping',
          );
        }
      }
    }
  }

  add(observation: RawObservation): void {
    const candidates = this.byVariable.get(observation.variable);
    const where = { line: observation.line, column: observation.column, text: observation.text };
    if (candidates === undefined) {
      this.skipped.add(`variable "${observation.variable}" is not in the mapping`, where);
      return;
    }
    const selected =
      candidates.length === 1
        ? selects(candidates[0]!, observation)
          ? candidates
          : []
        : candidates.filter((c) => selects(c, observation));
    if (selected.length === 0) {
      this.skipped.add(
        `variable "${observation.variable}": attributes or time not selected by the mapping`,
        where,
      );
      return;
    }
    for (const entry of selected) {
      if (
        this.options.edition !== undefined &&
        entry.edition !== undefined &&
        entry.edition !== this.options.edition
      ) {
        this.skipped.add(`values[${entry.index}] is mapped for edition ${entry.edition}`, where);
        continue;
      }
      this.collect(entry, observation);
    }
  }

  private collect(entry: PreparedEntry, observation: RawObservation): void {
    const where = { line: observation.line, column: observation.column, text: observation.regionKey };
    const referenceDate = entry.referenceDate ?? observation.time;
    if (referenceDate === '') {
      this.skipped.add('no reference date (give referenceDate in the mapping)', where);
      return;
    }
    let ags: string;
    if (entry.level === 'district') {
      const key = normaliseDistrictKey(observation.regionKey);
      if (!key.ok) {
        this.skipped.add('not a district key', where);
        return;
      }
      ags = key.district;
    } else {
      const key = parseRegionKey(observation.regionKey, this.master);
      if (!key.ok) {
        this.skipped.add(KEY_REASONS[key.problem], where);
        return;
      }
      ags = key.ags;
      if (this.masterData.crosswalk === undefined || entry.measure === undefined) {
        this.stream(entry, observation, ags, referenceDate);
        return;
      }
    }
    const byKey = this.pending.get(entry.index) ?? new Map<string, Pending>();
    this.pending.set(entry.index, byKey);
    const value = observation.value === null ? null : observation.value * entry.factor;
    const first = byKey.get(ags);
    if (first !== undefined) {
      if (first.value === value && first.missingReason === observation.missingReason) {
        this.skipped.add('the same value twice', where);
        return;
      }
      throw this.secondValue(entry, observation, ags, first.observation);
    }
    byKey.set(ags, { observation, ags, value, missingReason: observation.missingReason, referenceDate });
  }

  /** A municipality value that needs no other row: checked against the entry's earlier values, then emitted. */
  private stream(
    entry: PreparedEntry,
    observation: RawObservation,
    ags: string,
    referenceDate: string,
  ): void {
    const slot = this.slots.get(ags);
    if (slot === undefined) {
      this.skipped.add(KEY_REASONS.unknown, {
        line: observation.line,
        column: observation.column,
        text: observation.regionKey,
      });
      return;
    }
    let firsts = this.firsts.get(entry.index);
    if (firsts === undefined) {
      firsts = new FirstValues(this.slots.size);
      this.firsts.set(entry.index, firsts);
    }
    const value = observation.value === null ? null : observation.value * entry.factor;
    const first = firsts.get(slot);
    if (first !== undefined) {
      this.repeated(entry, observation, ags, first, firsts.same(slot, value, observation.missingReason));
      return;
    }
    firsts.set(slot, {
      line: observation.line,
      value,
      missingReason: observation.missingReason,
      text: observation.text,
      time: observation.time,
    });
    this.emit({
      edition: this.options.edition ?? entry.edition!,
      unitSet: this.mapping.unitSet,
      unitCode: ags,
      target: entry.entry.target,
      kind: entry.entry.kind ?? null,
      value,
      missingReason: observation.missingReason,
      referenceDate,
      line: observation.line,
      column: observation.column,
      text: observation.text,
      unit: entry.unit ?? observation.unit,
      quality: observation.quality,
      confidential: observation.confidential || entry.confidential,
      allocation: null,
      crosswalkedFrom: [],
    });
  }

  /** A second value of the same entry and unit: skipped when it says the same, an error when it does not. */
  private repeated(
    entry: PreparedEntry,
    observation: RawObservation,
    ags: string,
    first: FirstValue,
    same: boolean,
  ): void {
    if (same) {
      this.skipped.add('the same value twice', {
        line: observation.line,
        column: observation.column,
        text: observation.regionKey,
      });
      return;
    }
    throw this.secondValue(entry, observation, ags, first);
  }

  private secondValue(
    entry: PreparedEntry,
    observation: RawObservation,
    ags: string,
    first: { line: number; text: string; time: string },
  ): IngestError {
    return new IngestError(
      this.file,
      observation.line,
      observation.column,
      `a second value for ${entry.entry.target} of ${ags}: "${observation.text}" (${observation.time || 'no time'}); line ${first.line} has "${first.text}" (${first.time || 'no time'})` +
        (first.time !== observation.time ? ': select one time in the mapping (time:)' : ''),
    );
  }

  /** Emits what needed every row (district allocation, crosswalks); returns what was left out, by reason. */
  finish(): SkipCount[] {
    for (const entries of this.byVariable.values()) {
      for (const entry of entries) {
        const pending = [...(this.pending.get(entry.index)?.values() ?? [])];
        if (pending.length === 0) continue;
        const mapped =
          entry.level === 'district' ? this.allocate(entry, pending) : this.municipal(entry, pending);
        for (const value of mapped) this.emit(value);
      }
    }
    return this.skipped.list();
  }

  private municipal(entry: PreparedEntry, pending: Pending[]): MappedValue[] {
    const crosswalk = this.masterData.crosswalk;
    const items =
      crosswalk === undefined || entry.measure === undefined
        ? pending.map((p) => ({
            ags: p.ags,
            value: p.value,
            missingReason: p.missingReason,
            parts: [p],
            changed: false,
          }))
        : applyCrosswalk(pending, crosswalk, {
            measure: entry.measure,
            referenceDate: pending[0]!.referenceDate,
          });
    const out: MappedValue[] = [];
    for (const item of items) {
      const first = item.parts[0]!;
      if (!this.master.known.has(item.ags)) {
        this.skipped.add(KEY_REASONS.unknown, {
          line: first.observation.line,
          column: first.observation.column,
          text: first.observation.regionKey,
        });
        continue;
      }
      out.push({
        ...this.base(entry, first),
        unitCode: item.ags,
        value: item.value,
        missingReason: item.missingReason,
        crosswalkedFrom: item.changed ? item.parts.map((p) => p.ags) : [],
      });
    }
    return out;
  }

  private allocate(entry: PreparedEntry, pending: Pending[]): MappedValue[] {
    const method = entry.allocation!;
    const targets = this.masterData.units.map((unit) => ({
      ags: unit.code,
      key: method === 'as-is' ? null : this.keyOf(method, unit),
    }));
    const districts = pending.map((p) => ({ ...p, district: p.ags }));
    const totals = method === 'as-is' ? undefined : this.masterData.districtTotals?.[method];
    const result = allocateDistrictValues(districts, targets, method, totals);
    for (const problem of result.problems) {
      const source = districts.find((d) => d.district === problem.district)!;
      const where = {
        line: source.observation.line,
        column: source.observation.column,
        text: source.observation.regionKey,
      };
      if (problem.kind === 'no-municipality')
        this.skipped.add('district without a municipality in the master data', where);
      else if (problem.kind === 'missing-key')
        this.skipped.add(`district with a municipality lacking its ${method} (${problem.ags})`, where);
      else this.skipped.add(`district whose ${method} adds up to 0`, where);
    }
    return result.values.map((v) => ({
      ...this.base(entry, v.from),
      unitCode: v.ags,
      value: v.value,
      missingReason: v.missingReason,
      allocation: v.allocation,
    }));
  }

  private keyOf(method: AllocationKey, unit: Unit): number | null {
    const keys = this.masterData.keys?.[method];
    if (keys !== undefined) return keys.get(unit.code) ?? null;
    if (method === 'population') return unit.population;
    throw new IngestError(
      this.mappingFile,
      null,
      'allocation',
      `allocation by ${method} needs the ${method} of every municipality (import that denominator first)`,
    );
  }

  private base(entry: PreparedEntry, p: Pending): Omit<MappedValue, 'unitCode' | 'value' | 'missingReason'> {
    const o = p.observation;
    return {
      edition: this.options.edition ?? entry.edition!,
      unitSet: this.mapping.unitSet,
      target: entry.entry.target,
      kind: entry.entry.kind ?? null,
      referenceDate: p.referenceDate,
      line: o.line,
      column: o.column,
      text: o.text,
      unit: entry.unit ?? o.unit,
      quality: o.quality,
      confidential: o.confidential || entry.confidential,
      allocation: null,
      crosswalkedFrom: [],
    };
  }
}

/** Whether a mapping entry takes this observation (its attributes and time). */
function selects(c: PreparedEntry, observation: RawObservation): boolean {
  return (
    attributesMatch(c.entry.attributes, observation.attributes) && timeMatches(c.entry.time, observation)
  );
}

/** By target, then unit code (plain code-unit order, as SQLite and the C collation sort; faster than localeCompare). */
function sortedValues(values: MappedValue[]): MappedValue[] {
  return values.sort((a, b) => byCode(a.target, b.target) || byCode(a.unitCode, b.unitCode));
}

/** Plain code-unit order (as SQLite and the C collation sort), much faster than localeCompare. */
function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
