// Findings on levers: the best-served against the units that would gain most from catching up to the median.
import type { NeedResult } from '../levers/need.js';
import { nodeName, scoreEvidence, sourceNote, type FindingsContext } from './context.js';
import { list, num, rank, signed } from './format.js';

export function writeNeed(c: FindingsContext, need: NeedResult): void {
  const de = c.lang === 'de';
  const name = nodeName(c, need.node);
  const gainers = need.byGain.filter((g) => g.indexGain > 0).slice(0, 3);
  if (gainers.length === 0 || need.best.length === 0) return;
  c.out.paragraph('levers', de ? 'Hebel' : 'Levers');
  const best = need.best.slice(0, 3);
  const [g1, ...rest] = gainers;
  c.out.say(
    de
      ? `Der Vergleich der Kommunen mit der besten ${name} (${list(
          best.map((b) => b.name),
          'de',
        )}) mit denen mit ` +
          `dem größten Aufholbedarf zeigt, dass gezielte lokale Investitionen viel bewirken: Erreichte ${g1!.name} ` +
          `bei jedem Indikator der ${name} den Median, stiege der Indexwert um ${num(g1!.indexGain, 'de')} Punkte ` +
          `(von ${rank(g1!.rank, 'de')} auf ${rank(g1!.rankAfter, 'de')})` +
          (rest.length > 0
            ? `; ähnlich viel gewönnen ${list(
                rest.map((g) => g.name),
                'de',
              )}.`
            : '.')
      : `Comparing the municipalities with the best ${name.toLowerCase()} (${list(
          best.map((b) => b.name),
          'en',
        )}) ` +
          `with those most in need shows that targeted local investment can change a lot: if ${g1!.name} reached ` +
          `the median on every ${name.toLowerCase()} indicator, its index would rise by ${num(g1!.indexGain, 'en')} ` +
          `points (from ${rank(g1!.rank, 'en')} to ${rank(g1!.rankAfter, 'en')})` +
          (rest.length > 0
            ? `; ${list(
                rest.map((g) => g.name),
                'en',
              )} would gain almost as much.`
            : '.'),
    `${sourceNote(c)}. ${name}, ${de ? 'beste' : 'best'}: ${best.map((b) => scoreEvidence(c, b)).join('; ')}. ` +
      `${de ? 'Gewinn beim Aufholen auf den Median' : 'gain from reaching the median'}: ` +
      gainers
        .map(
          (g) =>
            `${g.name} ${signed(g.indexGain, c.lang)} ${de ? 'Punkte' : 'points'} (${rank(g.rank, c.lang)} → ` +
            `${rank(g.rankAfter, c.lang)}; ${de ? 'angehoben' : 'raised'}: ${g.raised.map((r) => nodeName(c, r)).join(', ')})`,
        )
        .join('; ') +
      `; ${de ? 'neu berechnet mit der vollständigen Index-Pipeline' : 'recomputed with the full index pipeline'}`,
    [
      ...best.map((b) => ({ node: need.node, unit: b.code, value: b.score, rank: b.rank })),
      ...gainers.map((g) => ({
        node: c.data.structure.root,
        unit: g.code,
        value: g.indexGain,
        rank: g.rankAfter,
        measure: 'gain_median',
      })),
    ],
  );
}
