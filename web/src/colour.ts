// Class breaks and colours of the choropleth maps: equal intervals over the observed range, ColorBrewer YlGnBu (colour-blind safe).
import { scaleQuantize } from 'd3-scale';
import { schemeYlGnBu } from 'd3-scale-chromatic';

export const MISSING_COLOUR = '#d9d9d9';

export interface Classes {
  /** Lower bound of each class, then the upper bound of the last (k + 1 numbers). */
  breaks: number[];
  colours: readonly string[];
  /** The class index of a value (−1 when missing). */
  classOf(value: number | null): number;
  colourOf(value: number | null): string;
}

/** k (3–9) classes of equal width over the present values, widened to nice numbers. */
export function classify(values: readonly (number | null)[], k = 5): Classes {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const colours = schemeYlGnBu[k] ?? schemeYlGnBu[5]!;
  const min = present.length ? Math.min(...present) : 0;
  const max = present.length ? Math.max(...present) : 1;
  const scale = scaleQuantize<number>()
    .domain([min, max > min ? max : min + 1])
    .nice(k)
    .range(colours.map((_, i) => i));
  const [low, high] = scale.domain() as [number, number];
  const breaks = [low, ...scale.thresholds(), high];
  const classOf = (value: number | null): number =>
    value === null || !Number.isFinite(value) ? -1 : scale(value);
  return {
    breaks,
    colours,
    classOf,
    colourOf: (value) => {
      const c = classOf(value);
      return c < 0 ? MISSING_COLOUR : colours[c]!;
    },
  };
}
