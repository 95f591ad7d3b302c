// Builds the key findings of an edition from computed results: every sentence from numbers, each with its footnote.
import { analyseLeaders } from '../leaders.js';
import { analyseNeed } from '../levers/need.js';
import { analyseRegions } from '../regions.js';
import { analyseSpatial } from '../spatial/spatial.js';
import { analyseTypology } from '../typology/typology.js';
import { subIndicesOf } from '../access.js';
import type { EditionData } from '../types.js';
import type { FindingsContext } from './context.js';
import type { Lang } from './format.js';
import { writeNeed } from './levers.js';
import { writeOverall } from './overall.js';
import { writePatterns } from './patterns.js';
import { writeRegions } from './regions.js';
import { writeSubIndex } from './subIndex.js';
import type { Findings } from './types.js';
import { FindingsWriter } from './writer.js';

export interface FindingsInput {
  municipalities: EditionData;
  /** The same edition over the metropolitan regions, for the region comparison. */
  regions?: EditionData | null;
  /** The region compared with the others (default "ruhr"). */
  focusRegion?: string;
  /** Pairs of units sharing a border (imported boundaries); otherwise neighbourhoods come from centres and areas. */
  pairs?: readonly [string, string][] | null;
  /** The sub-index whose catching-up the levers paragraph weighs (default "infrastructure" when present). */
  leverNode?: string;
  seed?: number;
  permutations?: number;
}

export const SYNTHETIC_NOTICE = {
  de: 'Hinweis: Die Werte sind synthetische Demodaten, keine amtlichen Statistiken.',
  en: 'Note: the values are synthetic demo data, not official statistics.',
} as const;

export function buildFindings(input: FindingsInput, lang: Lang): Findings {
  const data = input.municipalities;
  const c: FindingsContext = { data, lang, out: new FindingsWriter() };
  const seed = input.seed ?? 1;
  const leaders = analyseLeaders(data);
  const spatial = data.units.some((u) => u.lat !== null)
    ? analyseSpatial(data, { pairs: input.pairs ?? null, seed, permutations: input.permutations ?? 999 })
    : null;
  writeOverall(c, leaders);
  for (const sub of subIndicesOf(data)) writeSubIndex(c, sub.code, leaders, spatial);
  const focus = input.focusRegion ?? 'ruhr';
  if (input.regions && input.regions.result.units.includes(focus)) {
    writeRegions({ ...c, data: input.regions }, analyseRegions(input.regions, focus));
  }
  const leverNode =
    input.leverNode ??
    (subIndicesOf(data).some((s) => s.code === 'infrastructure') ? 'infrastructure' : null);
  if (leverNode) writeNeed(c, analyseNeed(data, leverNode));
  let typology = null;
  try {
    typology = analyseTypology(data, { seed });
  } catch {
    typology = null; // fewer than three complete units: no typology to report
  }
  writePatterns(c, spatial, typology);
  return {
    lang,
    edition: data.edition,
    title: data.title[lang],
    synthetic: data.synthetic,
    notice: data.synthetic ? SYNTHETIC_NOTICE[lang] : null,
    paragraphs: c.out.result(),
    footnotes: c.out.footnotes,
  };
}
