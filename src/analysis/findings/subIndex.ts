// Findings per sub-index: its leaders and laggards, and for each of its indicators the leaders, zeros, gradients and axes.
import { quantile } from '../../engine/stats/quantile.js';
import { spearman } from '../../engine/stats/spearman.js';
import { indicatorsOf, scoresOf, subIndicesOf } from '../access.js';
import type { LeadersResult, NodeLeaders } from '../leaders.js';
import type { SpatialResult, ValueBand } from '../spatial/spatial.js';
import {
  nodeName,
  quoted,
  scoreEvidence,
  sourceNote,
  valueEvidence,
  type FindingsContext,
} from './context.js';
import { writeGradient } from './gradient.js';
import { count, list, num } from './format.js';

export function writeSubIndex(
  c: FindingsContext,
  sub: string,
  leaders: LeadersResult,
  spatial: SpatialResult | null,
): void {
  const de = c.lang === 'de';
  const name = nodeName(c, sub);
  c.out.paragraph(sub, de ? `Teilindex ${name}` : `${name} sub-index`);
  const node = leaders.subIndices.find((n) => n.node === sub);
  if (node && node.leaders.length > 0) {
    const top = node.leaders.map((u) => u.name);
    const bottom = node.laggards.map((u) => u.name);
    const ref = (u: NodeLeaders['leaders'][number]) => ({
      node: sub,
      unit: u.code,
      value: u.score,
      rank: u.rank,
    });
    c.out.say(
      de
        ? `Den Teilindex ${name} führen ${list(top, 'de')} an; hinten liegen ${list(bottom, 'de')}.`
        : `${list(top, 'en')} lead the ${name} sub-index; ${list(bottom, 'en')} trail.`,
      `${sourceNote(c)}. ${name}: ` +
        [...node.leaders, ...node.laggards].map((u) => scoreEvidence(c, u)).join('; '),
      [...node.leaders, ...node.laggards].map(ref),
    );
  }
  const subSpatial = spatial?.nodes.find((n) => n.node === sub);
  if (subSpatial) writeGradient(c, subSpatial);
  writeKinship(c, sub);
  for (const ind of indicatorsOf(c.data, sub)) writeIndicator(c, ind.code, leaders, spatial);
}

/**
 * When the sub-index moves closely with an earlier sub-index (Spearman's ρ ≥ 0.6 over the units), say so once,
 * at the later of the two.
 */
function writeKinship(c: FindingsContext, sub: string): void {
  const de = c.lang === 'de';
  const subs = subIndicesOf(c.data).map((n) => n.code);
  const earlier = subs.slice(0, subs.indexOf(sub));
  const own = scoresOf(c.data, sub);
  const best = earlier
    .map((other) => ({ other, rho: spearman(own, scoresOf(c.data, other)) }))
    .filter((x) => Number.isFinite(x.rho))
    .sort((a, b) => b.rho - a.rho)[0];
  if (!best || best.rho < 0.6) return;
  c.out.say(
    de
      ? `Der Teilindex ${nodeName(c, sub)} geht eng mit dem Teilindex ${nodeName(c, best.other)} einher ` +
          `(Rangkorrelation ${num(best.rho, 'de', 2)}).`
      : `The ${nodeName(c, sub)} sub-index goes closely with the ${nodeName(c, best.other)} sub-index ` +
          `(rank correlation ${num(best.rho, 'en', 2)}).`,
    `${sourceNote(c)}. Spearmans ρ ${nodeName(c, sub)} – ${nodeName(c, best.other)}: ${num(best.rho, c.lang, 2)} ` +
      `(${c.data.units.length} ${de ? 'Kommunen' : 'municipalities'})`,
    [{ node: sub, unit: null, value: best.rho, measure: `spearman_${best.other}` }],
  );
}

function writeIndicator(
  c: FindingsContext,
  indicator: string,
  leaders: LeadersResult,
  spatial: SpatialResult | null,
): void {
  const de = c.lang === 'de';
  const node = leaders.indicators.find((n) => n.node === indicator);
  const none = leaders.noneOf.find((z) => z.indicator === indicator);
  const n = leaders.ranking.length;
  const label = quoted(c, indicator);
  if (node && node.leaders.length >= 2) {
    const top = node.leaders;
    const population = c.data.units.map((u) => u.population ?? Number.NaN);
    const medianPopulation = quantile(Float64Array.from(population), 0.5);
    const popOf = (code: string) => c.data.units.find((u) => u.code === code)?.population ?? Number.NaN;
    const smallPair = top.slice(0, 2).every((u) => popOf(u.code) < medianPopulation);
    const bigTrio = top.length >= 3 && top.slice(0, 3).every((u) => popOf(u.code) >= 2 * medianPopulation);
    const concentrated = none !== undefined && none.share >= 0.5;
    const names = top.map((u) => u.name);
    let text: string;
    if (concentrated && de)
      text =
        `Beim Indikator ${label} konzentriert sich das Geschehen auf wenige Kommunen: in ` +
        `${none.share > 0.5 ? 'mehr als der Hälfte der Kommunen' : 'der Hälfte der Kommunen'} (${none.count} von ${n}) ` +
        `liegt der Wert bei null; vorn liegen ${list(names.slice(0, 2), 'de')}.`;
    else if (concentrated)
      text =
        `${label} is concentrated in a few places: ${none.share > 0.5 ? 'more than half' : 'half'} of the ` +
        `municipalities (${none.count} of ${n}) have none; ` +
        `${list(names.slice(0, 2), 'en')} lead.`;
    else if (smallPair && de)
      text =
        `Beim Indikator ${label} liegen mit ${list(names.slice(0, 2), 'de')} kleinere Kommunen vorn, gefolgt von ${names[2] ?? ''}.`.replace(
          ', gefolgt von .',
          '.',
        );
    else if (smallPair)
      text =
        `On ${label}, smaller municipalities lead: ${list(names.slice(0, 2), 'en')}, followed by ${names[2] ?? ''}.`.replace(
          ', followed by .',
          '.',
        );
    else if (bigTrio && de)
      text = `Beim Indikator ${label} liegen mit ${list(names, 'de')} größere Städte vorn.`;
    else if (bigTrio) text = `On ${label}, larger cities lead: ${list(names, 'en')}.`;
    else
      text = de
        ? `Beim Indikator ${label} liegen ${list(names, 'de')} vorn.`
        : `${list(names, 'en')} lead on ${label}.`;
    c.out.say(
      text,
      `${sourceNote(c)}. ${nodeName(c, indicator)}: ` +
        top.map((u) => valueEvidence(c, indicator, u)).join('; ') +
        (concentrated
          ? `; ${de ? 'Kommunen mit Wert null' : 'municipalities at zero'}: ${none.count} ${de ? 'von' : 'of'} ${n}`
          : '') +
        (smallPair || bigTrio
          ? `; ${de ? 'Einwohner' : 'population'}: ` +
            top.map((u) => `${u.name} ${num(popOf(u.code), c.lang, 0)}`).join(', ') +
            ` (${de ? 'Median' : 'median'} ${num(medianPopulation, c.lang, 0)})`
          : ''),
      top.map((u) => ({ node: indicator, unit: u.code, value: u.value, rank: u.rank })),
    );
  }
  if (none && none.count > 0 && none.share < 0.5) writeNone(c, indicator, none.units, n);
  else if (none && none.share >= 0.5 && none.share < 1 && (!node || node.leaders.length < 2))
    writeNone(c, indicator, none.units, n);
  const s = spatial?.nodes.find((x) => x.node === indicator);
  if (s) writeGradient(c, s);
  const bands = (spatial?.bands ?? []).filter((b) => b.indicator === indicator && isAxis(c, b));
  if (bands.length > 0) writeBands(c, indicator, bands);
}

function writeNone(
  c: FindingsContext,
  indicator: string,
  units: { code: string; name: string }[],
  n: number,
): void {
  const de = c.lang === 'de';
  const names = units.map((u) => u.name);
  const shown = names.length <= 6 ? names : largest(c, units, 3);
  const label = quoted(c, indicator);
  const head = de
    ? `In ${count(units.length, 'de')} von ${n} Kommunen liegt der Indikator ${label} bei null`
    : `In ${count(units.length, 'en')} of ${n} municipalities ${label} is zero`;
  const tail =
    names.length <= 6
      ? `: ${list(shown, c.lang)}.`
      : de
        ? `, darunter ${list(shown, 'de')}.`
        : `, among them ${list(shown, 'en')}.`;
  c.out.say(
    head + tail,
    `${sourceNote(c)}. ${nodeName(c, indicator)} = 0: ${names.join(', ')}`,
    units.map((u) => ({ node: indicator, unit: u.code, value: 0 })),
  );
}

function largest(c: FindingsContext, units: { code: string; name: string }[], k: number): string[] {
  const pop = (code: string) => c.data.units.find((u) => u.code === code)?.population ?? 0;
  return [...units]
    .sort((a, b) => pop(b.code) - pop(a.code))
    .slice(0, k)
    .map((u) => u.name);
}

/**
 * Axes worth a sentence: at least four members, at most 40 % of all units, spread west–east over at least
 * 0.3° of longitude; a band of counts only when it holds at least half of the total.
 */
function isAxis(c: FindingsContext, band: ValueBand): boolean {
  const lonOf = (code: string) => c.data.units.find((u) => u.code === code)?.lon ?? 0;
  if (band.members.length < 4 || band.members.length > 0.4 * c.data.units.length) return false;
  if (lonOf(band.east.code) - lonOf(band.west.code) < 0.3) return false;
  return band.measure !== 'count' || (band.shareOfTotal ?? 0) >= 0.5;
}

function writeBands(c: FindingsContext, indicator: string, bands: ValueBand[]): void {
  const de = c.lang === 'de';
  const label = quoted(c, indicator);
  const axis = (b: ValueBand) => `${b.west.name}–${b.east.name}`;
  const value = bands.find((b) => b.measure === 'value');
  const counted = bands.find((b) => b.measure === 'count');
  const share = (b: ValueBand) => num(100 * (b.shareOfTotal ?? 0), c.lang, 0);
  const parts: string[] = [];
  if (value)
    parts.push(
      de
        ? `Überdurchschnittliche Werte beim Indikator ${label} ziehen sich entlang der Achse ${axis(value)}`
        : `Above-average values on ${label} run along the ${axis(value)} axis`,
    );
  if (counted)
    parts.push(
      value
        ? de
          ? `die größten absoluten Zahlen (zusammen ${share(counted)} %) ${axis(counted) === axis(value) ? 'liegen ebenfalls dort' : `entfallen auf die Achse ${axis(counted)}`}`
          : `the largest absolute numbers (together ${share(counted)} %) ${axis(counted) === axis(value) ? 'lie there too' : `lie along the ${axis(counted)} axis`}`
        : de
          ? `Die größten absoluten Zahlen beim Indikator ${label} – zusammen ${share(counted)} % – finden sich entlang der Achse ${axis(counted)}`
          : `The largest absolute numbers on ${label} – together ${share(counted)} % – lie along the ${axis(counted)} axis`,
    );
  const describe = (b: ValueBand) =>
    (b.measure === 'count'
      ? de
        ? 'Zähler über dem Mittelwert'
        : 'numerator above the mean'
      : de
        ? 'Wert über dem Mittelwert'
        : 'value above the mean') +
    `, ${de ? 'zusammenhängend benachbart, west–ost' : 'connected neighbours, west to east'}: ` +
    b.members.map((m) => m.name).join(', ') +
    (b.shareOfTotal === null ? '' : `; ${de ? 'Anteil an der Summe' : 'share of the total'} ${share(b)} %`);
  c.out.say(
    parts.join('; ') + '.',
    `${sourceNote(c)}. ${nodeName(c, indicator)}: ` + bands.map(describe).join('. '),
    bands.flatMap((b) =>
      b.members.map((m) => ({ node: indicator, unit: m.code, value: null, measure: `band_${b.measure}` })),
    ),
  );
}
