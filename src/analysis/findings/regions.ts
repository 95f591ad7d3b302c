// Findings on the region comparison: the focus region's rank, its strengths and weaknesses.
import type { RegionsResult, RegionStanding } from '../regions.js';
import { nodeName, quoted, sourceNote, valueText, type FindingsContext } from './context.js';
import { count, list, num, rank } from './format.js';

export function writeRegions(c: FindingsContext, r: RegionsResult): void {
  const de = c.lang === 'de';
  const n = r.index.of;
  c.out.paragraph('regions', de ? 'Vergleich der Metropolregionen' : 'Metropolitan regions compared');
  const title = nodeName(c, r.index.node);
  c.out.say(
    de
      ? `Im Vergleich der ${count(n, 'de')} Metropolregionen belegt die ${r.focus.name} im ${title} ${rank(r.index.rank, 'de')}.`
      : `Among the ${count(n, 'en')} metropolitan regions, ${r.focus.name} ranks ${r.index.rank ?? '–'} on the ${title}.`,
    `${sourceNote(c)}, ${de ? 'Metropolregionen' : 'metropolitan regions'}. ${title}: ${r.focus.name} ` +
      `${num(r.index.score, c.lang)} (${rank(r.index.rank, c.lang)} ${de ? 'von' : 'of'} ${n}); ` +
      `${de ? 'vorn' : 'first'}: ${r.index.leader.name} ${num(r.index.leader.value, c.lang)}`,
    [{ node: r.index.node, unit: r.focus.code, value: r.index.score, rank: r.index.rank }],
  );
  const cut = Math.max(3, Math.round(n / 3));
  const strong = [...r.indicators]
    .filter((s) => s.rank !== null && s.rank <= cut)
    .sort((a, b) => a.rank! - b.rank!);
  if (strong.length > 0) {
    const item = (s: RegionStanding) =>
      de
        ? `beim Indikator ${quoted(c, s.node)} mit ${valueText(c, s.node, s.value)} ${rank(s.rank, 'de')}`
        : `${rank(s.rank, 'en')} on ${quoted(c, s.node)} with ${valueText(c, s.node, s.value)}`;
    c.out.say(
      de
        ? `Ihre Stärken: Die ${r.focus.name} erreicht ${list(strong.map(item), 'de')}.`
        : `Its strengths: ${r.focus.name} is ${list(strong.map(item), 'en')}.`,
      `${sourceNote(c)}. ` + strong.map((s) => evidence(c, r, s)).join('; '),
      strong.map((s) => ({ node: s.node, unit: r.focus.code, value: s.value, rank: s.rank })),
    );
  }
  const weak = [...r.subIndices, ...r.indicators]
    .filter((s) => s.rank !== null && s.rank > s.of - cut)
    .sort((a, b) => b.rank! - a.rank!);
  if (weak.length > 0) {
    const item = (s: RegionStanding) =>
      s.kind === 'aggregate'
        ? de
          ? `im Teilindex ${nodeName(c, s.node)} (${rank(s.rank, 'de')})`
          : `in the ${nodeName(c, s.node)} sub-index (${rank(s.rank, 'en')})`
        : de
          ? `beim Indikator ${quoted(c, s.node)} (${rank(s.rank, 'de')})`
          : `on ${quoted(c, s.node)} (${rank(s.rank, 'en')})`;
    c.out.say(
      de
        ? `Aufholbedarf zeigt sie ${list(weak.map(item), 'de')}.`
        : `It has ground to make up ${list(weak.map(item), 'en')}.`,
      `${sourceNote(c)}. ` + weak.map((s) => evidence(c, r, s)).join('; '),
      weak.map((s) => ({ node: s.node, unit: r.focus.code, value: s.value ?? s.score, rank: s.rank })),
    );
  }
}

function evidence(c: FindingsContext, r: RegionsResult, s: RegionStanding): string {
  const de = c.lang === 'de';
  const own = s.kind === 'indicator' ? valueText(c, s.node, s.value) : num(s.score, c.lang);
  const lead = s.kind === 'indicator' ? valueText(c, s.node, s.leader.value) : num(s.leader.value, c.lang);
  return (
    `${nodeName(c, s.node)}: ${r.focus.name} ${own} (${rank(s.rank, c.lang)} ${de ? 'von' : 'of'} ${s.of}), ` +
    `${de ? 'vorn' : 'first'} ${s.leader.name} ${lead}`
  );
}
