// Checks of mapped values that need the spec: counts are not negative, reference dates are real dates.
import { IngestError } from '../../ingest/errors.js';
import type { IndexSpec } from '../../spec/schema.js';
import { isCalendarDate } from './checkMapping.js';
import type { ImportValue } from './types.js';

/**
 * Denominators and the numerators of indicators with a denominator are counts (inhabitants, firms, ads):
 * a negative one is an error at its cell. Indicators without a denominator (shares, scores) may be negative.
 */
export function checkValues(file: string, spec: IndexSpec, values: readonly ImportValue[]): void {
  const counts = new Set([
    ...spec.denominators.map((d) => d.code),
    ...spec.indicators.filter((i) => i.denominator).map((i) => i.code),
  ]);
  const dates = new Map<string, boolean>();
  const isDate = (text: string) => {
    let ok = dates.get(text);
    if (ok === undefined) dates.set(text, (ok = isCalendarDate(text)));
    return ok;
  };
  for (const v of values) {
    if (v.value !== null && v.value < 0 && counts.has(v.variable)) {
      throw new IngestError(
        file,
        v.line,
        v.column,
        `"${v.text}" is negative, but ${v.variable} counts (it is ${denominatorRole(spec, v.variable)})`,
      );
    }
    if (!isDate(v.referenceDate)) {
      throw new IngestError(
        file,
        v.line,
        v.column,
        `reference date "${v.referenceDate}" is not a date of the calendar`,
      );
    }
  }
}

function denominatorRole(spec: IndexSpec, code: string): string {
  if (spec.denominators.some((d) => d.code === code)) return 'a denominator';
  const indicator = spec.indicators.find((i) => i.code === code)!;
  return `the numerator of an indicator per ${indicator.denominator}`;
}
