// Findings on spatial patterns of the index (Moran's I, hot and cold spots) and on the typology of profiles.
import type { SpatialResult } from '../spatial/spatial.js';
import type { TypologyResult } from '../typology/typology.js';
import { nodeName, sourceNote, type FindingsContext } from './context.js';
import { count, list, num } from './format.js';

export function writePatterns(
  c: FindingsContext,
  spatial: SpatialResult | null,
  typology: TypologyResult | null,
): void {
  const de = c.lang === 'de';
  c.out.paragraph('patterns', de ? 'Räumliche Muster und Typen' : 'Spatial patterns and types');
  const root = c.data.structure.root;
  const s = spatial?.nodes.find((n) => n.node === root);
  if (spatial && s) {
    const significant = s.moran.pValue <= spatial.alpha;
    const strength = Math.abs(s.moran.I) >= 0.3 ? (de ? 'deutlich' : 'clearly') : de ? 'schwach' : 'weakly';
    const text = significant
      ? de
        ? `Benachbarte Kommunen ähneln sich im ${nodeName(c, root)} ${strength} (Moran's I = ${num(s.moran.I, 'de', 2)}).`
        : `Neighbouring municipalities resemble each other ${strength} on the ${nodeName(c, root)} (Moran's I = ${num(s.moran.I, 'en', 2)}).`
      : de
        ? `Im ${nodeName(c, root)} zeigt sich kein gesichertes räumliches Muster: Nachbarn ähneln sich nicht mehr als zufällig (Moran's I = ${num(s.moran.I, 'de', 2)}).`
        : `The ${nodeName(c, root)} shows no reliable spatial pattern: neighbours are no more alike than chance would make them (Moran's I = ${num(s.moran.I, 'en', 2)}).`;
    c.out.say(
      text,
      `${sourceNote(c)}. Moran's I ${num(s.moran.I, c.lang, 3)}, ${de ? 'Erwartungswert' : 'expectation'} ` +
        `${num(s.moran.expected, c.lang, 3)}, ${de ? 'Permutations-p' : 'permutation p'} ${num(s.moran.pValue, c.lang, 3)} ` +
        `(${spatial.permutations} ${de ? 'Permutationen, Seed' : 'permutations, seed'} ${spatial.seed}); ` +
        `${de ? 'Nachbarschaft' : 'neighbourhood'}: ${spatial.neighbourhood.kind}, ` +
        `${num(spatial.neighbourhood.meanNeighbours, c.lang, 1)} ${de ? 'Nachbarn im Mittel' : 'neighbours on average'}`,
      [
        { node: root, unit: null, value: s.moran.I, measure: 'moran_i' },
        { node: root, unit: null, value: s.moran.pValue, measure: 'moran_p' },
      ],
    );
    if (s.hotSpots.length > 0 || s.coldSpots.length > 0) {
      const cluster = (spots: { name: string }[], highDe: string, highEn: string) =>
        de
          ? `ein Schwerpunkt ${highDe} Werte um ${list(
              spots.map((u) => u.name),
              'de',
            )}`
          : `a cluster of ${highEn} values around ${list(
              spots.map((u) => u.name),
              'en',
            )}`;
      const parts: string[] = [];
      if (s.hotSpots.length > 0) parts.push(cluster(s.hotSpots, 'hoher', 'high'));
      if (s.coldSpots.length > 0) parts.push(cluster(s.coldSpots, 'niedriger', 'low'));
      c.out.say(
        de ? `Lokal zeigt sich ${parts.join(' sowie ')}.` : `Locally, there is ${parts.join(' and ')}.`,
        `${sourceNote(c)}. ${de ? 'Lokales Moran’s I (LISA), p ≤' : 'local Moran’s I (LISA), p ≤'} ${num(spatial.alpha, c.lang, 2)}: ` +
          [
            ...s.hotSpots.map((u) => `${u.name} high-high`),
            ...s.coldSpots.map((u) => `${u.name} low-low`),
          ].join(', '),
        [...s.hotSpots, ...s.coldSpots].map((u) => ({
          node: root,
          unit: u.code,
          value: null,
          measure: 'lisa',
        })),
      );
    }
  }
  if (typology && typology.clusters.length >= 2) {
    const describe = (cl: TypologyResult['clusters'][number]) => {
      const lead = cl.members[0]?.name ?? '';
      const traits = cl.distinctive.map((t) =>
        de
          ? `${t.standardised > 0 ? 'stark' : 'schwach'} in ${nodeName(c, t.node)}`
          : `${t.standardised > 0 ? 'strong' : 'weak'} in ${nodeName(c, t.node)}`,
      );
      const n = de
        ? `${count(cl.size, 'de')} ${cl.size === 1 ? 'Kommune' : 'Kommunen'}`
        : `${count(cl.size, 'en')} ${cl.size === 1 ? 'municipality' : 'municipalities'}`;
      return `${n} (${de ? 'etwa' : 'e.g.'} ${lead}${traits.length > 0 ? `; ${traits.join(', ')}` : ''})`;
    };
    c.out.say(
      de
        ? `Nach ihrem Profil in den Teilindizes bilden die Kommunen ${count(typology.k, 'de')} Gruppen: ${list(typology.clusters.map(describe), 'de')}.`
        : `By their sub-index profile the municipalities form ${count(typology.k, 'en')} groups: ${list(typology.clusters.map(describe), 'en')}.`,
      `${sourceNote(c)}. ${typology.method === 'kmeans' ? 'k-means' : 'Ward'}, k = ${typology.k} ` +
        `(${de ? 'mittlere Silhouette' : 'mean silhouette'} ${num(typology.silhouette, c.lang, 2)}, seed ${typology.seed}); ` +
        typology.clusters
          .map((cl) => `${de ? 'Gruppe' : 'group'} ${cl.id}: ${cl.members.map((m) => m.name).join(', ')}`)
          .join('; '),
      typology.clusters.map((cl) => ({
        node: root,
        unit: null,
        value: cl.indexMean,
        measure: `cluster_${cl.id}_mean`,
      })),
    );
  }
}
