// Findings on north–south and east–west differences of a sub-index or indicator, with the exceptions.
import { quantile } from '../../engine/stats/quantile.js';
import { scoresOf, valuesOf } from '../access.js';
import type { NodeSpatial } from '../spatial/spatial.js';
import { nodeName, quoted, sourceNote, valueText, type FindingsContext } from './context.js';
import { list, num } from './format.js';

const MIN_RHO = 0.3;

const WORDS = {
  de: { north: 'Norden', south: 'Süden', east: 'Osten', west: 'Westen' },
  en: { north: 'north', south: 'south', east: 'east', west: 'west' },
} as const;
const OPPOSITE = { north: 'south', south: 'north', east: 'west', west: 'east' } as const;

/**
 * A sentence when the node's values rise towards one side: a significant rank correlation with |ρ| ≥ 0.3, or,
 * for sub-indices, a mean on one side at least twice the other's with a rank correlation of the same sign
 * (the footnote gives ρ and p, so a reader sees how firm the difference is).
 */
export function writeGradient(c: FindingsContext, s: NodeSpatial): void {
  const de = c.lang === 'de';
  const ns = s.gradient.northSouth;
  const ew = s.gradient.eastWest;
  const m0 = s.gradient.means;
  const side = (
    t: { rho: number; higherIn: string | null },
    plus: 'north' | 'east',
    minus: 'south' | 'west',
  ): 'north' | 'south' | 'east' | 'west' | null => {
    if (t.higherIn && Math.abs(t.rho) >= MIN_RHO) return t.higherIn as 'north' | 'south' | 'east' | 'west';
    if (s.measure !== 'score' || !Number.isFinite(t.rho) || t.rho === 0) return null;
    const [hi, lo] = t.rho > 0 ? [m0[plus], m0[minus]] : [m0[minus], m0[plus]];
    return hi > 0 && hi >= 2 * lo ? (t.rho > 0 ? plus : minus) : null;
  };
  const sides = [side(ns, 'north', 'south'), side(ew, 'east', 'west')].filter(
    (x): x is 'north' | 'south' | 'east' | 'west' => x !== null,
  );
  if (sides.length === 0) return;
  const w = WORDS[c.lang];
  const high = sides.map((x) => w[x]);
  const low = sides.map((x) => w[OPPOSITE[x]]);
  const isIndicator = s.measure === 'value';
  const what = isIndicator
    ? de
      ? `beim Indikator ${quoted(c, s.node)}`
      : `on ${quoted(c, s.node)}`
    : de
      ? `im Teilindex ${nodeName(c, s.node)}`
      : `in the ${nodeName(c, s.node)} sub-index`;
  const main = sides[0]!;
  const m = s.gradient.means;
  const fmt = (x: number) =>
    isIndicator ? valueText(c, s.node, x) : `${num(x, c.lang)} ${de ? 'Punkte' : 'points'}`;
  const comparison = [m[main], m[OPPOSITE[main]]];
  const exceptions = northernExceptions(c, s, main);
  const exceptText =
    exceptions.length > 0
      ? de
        ? `, mit Ausnahme von ${list(exceptions, 'de')}`
        : `, except ${list(exceptions, 'en')}`
      : '';
  c.out.say(
    de
      ? `Kommunen im ${high.join(' und ')} schneiden ${what} besser ab als Kommunen im ${low.join(' und ')}` +
          `${exceptText} (im Mittel ${fmt(comparison[0]!)} gegenüber ${fmt(comparison[1]!)}).`
      : `Municipalities in the ${high.join(' and ')} do better ${what} than those in the ${low.join(' and ')}` +
          `${exceptText} (on average ${fmt(comparison[0]!)} against ${fmt(comparison[1]!)}).`,
    `${sourceNote(c)}. ${de ? 'Spearmans ρ mit der geografischen Breite' : "Spearman's ρ with latitude"} ` +
      `${num(ns.rho, c.lang, 2)} (p = ${num(ns.p, c.lang, 3)}), ${de ? 'mit der Länge' : 'with longitude'} ` +
      `${num(ew.rho, c.lang, 2)} (p = ${num(ew.p, c.lang, 3)}); ${de ? 'Mittel' : 'means'} ` +
      `${w.north} ${fmt(m.north)}, ${w.south} ${fmt(m.south)}, ${w.west} ${fmt(m.west)}, ${w.east} ${fmt(m.east)} ` +
      `(${de ? 'geteilt am Median von Breite und Länge' : 'split at the median latitude and longitude'})`,
    [
      { node: s.node, unit: null, value: ns.rho, measure: 'spearman_latitude' },
      { node: s.node, unit: null, value: ew.rho, measure: 'spearman_longitude' },
      { node: s.node, unit: null, value: m.north, measure: 'mean_north' },
      { node: s.node, unit: null, value: m.south, measure: 'mean_south' },
    ],
  );
}

/**
 * When the south leads, the northern units (north of the median latitude) whose value still lies in the top
 * quarter of all units: the exceptions worth naming.
 */
function northernExceptions(c: FindingsContext, s: NodeSpatial, main: string): string[] {
  if (main !== 'south') return [];
  const column = s.measure === 'value' ? valuesOf(c.data, s.node) : scoresOf(c.data, s.node);
  const lats = c.data.units.map((u) => u.lat ?? Number.NaN);
  const midLat = quantile(Float64Array.from(lats), 0.5);
  const q75 = quantile(column, 0.75);
  return c.data.units
    .map((u, i) => ({ name: u.name, v: column[i]!, north: lats[i]! > midLat }))
    .filter((u) => u.north && u.v > q75)
    .sort((a, b) => b.v - a.v)
    .map((u) => u.name);
}
