/**
 * Divides each value by its denominator scaled down by `scale` (x / (d / scale), as COINr's Denominate with a
 * ScaleFactor; with scale 1 exactly x / d). A missing denominator gives a missing value. A zero denominator gives a
 * missing value, counted as a warning that names the indicator and the unit; a negative one is an error, since a
 * denominator (inhabitants, employees, area, firms) cannot be negative.
 */
import { EngineError } from './errors.js';
import type { Warnings } from './warnings.js';

export interface DenominateContext {
  indicator: string;
  units: readonly string[];
  warnings: Warnings;
}

export function denominate(
  values: Float64Array,
  denominator: Float64Array,
  scale: number,
  context?: DenominateContext,
): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const d = denominator[i]!;
    if (d < 0) {
      throw new EngineError(
        context?.indicator ?? 'denomination',
        `negative denominator ${d} for unit ${unitName(context, i)}`,
      );
    }
    if (d === 0) {
      context?.warnings.add(
        'zero denominator (value treated as missing)',
        `${context.indicator}, unit ${unitName(context, i)}`,
      );
      out[i] = Number.NaN;
    } else {
      out[i] = values[i]! / (d / scale);
    }
  }
  return out;
}

function unitName(context: DenominateContext | undefined, i: number): string {
  return context?.units[i] ?? `in row ${i + 1}`;
}
