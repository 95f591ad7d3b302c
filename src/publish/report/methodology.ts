// The methodology and sources chapter, derived from the edition's spec: indicators, units, sources, licences, method.
import { indicatorsOf, nodeOf, subIndicesOf } from '../../analysis/access.js';
import type { EditionData } from '../../analysis/types.js';
import type { MethodChoice } from '../../engine/structure.js';
import { esc, table, type Lang } from './html.js';

export function methodologyChapter(d: EditionData, lang: Lang): string {
  const de = lang === 'de';
  const p = d.structure.pipeline;
  const method = (m: MethodChoice) =>
    m.method +
    (Object.keys(m.params).length > 0
      ? ` (${Object.entries(m.params)
          .map(([k, v]) => `${k} = ${String(v)}`)
          .join(', ')})`
      : '');
  const steps: [string, string][] = [
    [de ? 'Auswahl' : 'Screening', method(p.screen)],
    [de ? 'Bezugsgrößen' : 'Denominators', p.denominate ? (de ? 'ja' : 'yes') : de ? 'nein' : 'no'],
    [de ? 'Imputation' : 'Imputation', method(p.impute)],
    [de ? 'Ausreißerbehandlung' : 'Treatment', method(p.treat)],
    [de ? 'Normierung' : 'Normalisation', method(p.normalise)],
    [de ? 'Gewichtung' : 'Weighting', method(p.weights)],
    [de ? 'Aggregation' : 'Aggregation', method(p.aggregate)],
  ];
  const rows = indicatorsOf(d).map((n) => [
    n.name[lang],
    nodeOf(d, n.parent!).name[lang],
    n.unit?.[lang] ?? '',
    n.direction === -1 ? '−' : '+',
    String(n.weight),
    [n.source?.publisher, n.source?.title].filter(Boolean).join(': '),
    n.source?.licence ?? (de ? 'keine Angabe' : 'not stated'),
  ]);
  const weights = subIndicesOf(d)
    .map((s) => `${s.name[lang]} ${s.weight}`)
    .join(', ');
  return (
    `<section class="chapter"><h2>${de ? 'Methodik und Quellen' : 'Methodology and sources'}</h2>` +
    `<p>${esc(
      de
        ? `Jeder Indikator wird durch seine Bezugsgröße geteilt und skaliert, mit seiner Richtung versehen, über die Kommunen normiert und dann entlang der Hierarchie (Indikator → Teilindex → Index) gemittelt. Gewichte der Teilindizes: ${weights}.`
        : `Each indicator is divided by its denominator and scaled, given its direction, normalised over the municipalities and averaged up the hierarchy (indicator → sub-index → index). Sub-index weights: ${weights}.`,
    )}</p>` +
    table([de ? 'Schritt' : 'Step', de ? 'Verfahren' : 'Method'], steps) +
    table(
      [
        de ? 'Indikator' : 'Indicator',
        de ? 'Teilindex' : 'Sub-index',
        de ? 'Einheit' : 'Unit',
        de ? 'Richtung' : 'Direction',
        de ? 'Gewicht' : 'Weight',
        de ? 'Quelle' : 'Source',
        de ? 'Lizenz' : 'Licence',
      ],
      rows,
    ) +
    (d.synthetic
      ? `<p class="notice">${esc(de ? 'Die Werte dieser Ausgabe sind synthetische Demodaten; die Quellen nennen die beabsichtigten amtlichen Quellen.' : 'The values of this edition are synthetic demo data; the sources name the intended official sources.')}</p>`
      : '') +
    '</section>'
  );
}
