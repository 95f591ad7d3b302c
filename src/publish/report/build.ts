// Assembles the reports' HTML from an edition: runs the analyses the chapters need, then renders.
import { buildFindings, type FindingsInput } from '../../analysis/findings/build.js';
import { analyseLeaders } from '../../analysis/leaders.js';
import { unitProfile } from '../../analysis/profile.js';
import { analyseRegions } from '../../analysis/regions.js';
import { analyseRobustness, type RobustnessResult } from '../../analysis/robustness.js';
import type { Geometry } from '../../geodata/types.js';
import { editionReportHtml } from './editionReport.js';
import type { Lang } from './html.js';
import { unitReportHtml } from './unitReport.js';

export interface ReportData {
  input: FindingsInput;
  boundaries: ReadonlyMap<string, Geometry> | null;
}

export interface ReportOptions {
  lang: Lang;
  generatedAt: string;
  seed?: number;
  /** Runs of the robustness analysis (0 leaves the chapter out). */
  runs?: number;
}

export function robustnessOf(data: ReportData, options: ReportOptions): RobustnessResult | null {
  const runs = options.runs ?? 200;
  return runs > 0 ? analyseRobustness(data.input.municipalities, { runs, seed: options.seed ?? 1 }) : null;
}

export function buildEditionReport(
  data: ReportData,
  options: ReportOptions,
  robustness = robustnessOf(data, options),
): string {
  const m = data.input.municipalities;
  const focus = data.input.focusRegion ?? 'ruhr';
  const regionData = data.input.regions ?? null;
  return editionReportHtml({
    lang: options.lang,
    municipalities: m,
    findings: buildFindings({ ...data.input, seed: options.seed ?? 1 }, options.lang),
    leaders: analyseLeaders(m),
    regions: regionData && regionData.result.units.includes(focus) ? analyseRegions(regionData, focus) : null,
    regionData,
    robustness,
    boundaries: data.boundaries,
    generatedAt: options.generatedAt,
  });
}

/** Two-page profiles of the given units (codes), in the given order. */
export function buildUnitReports(
  data: ReportData,
  codes: readonly string[],
  options: ReportOptions,
  robustness = robustnessOf(data, options),
): { code: string; name: string; html: string }[] {
  const m = data.input.municipalities;
  const notice = m.synthetic
    ? options.lang === 'de'
      ? 'Hinweis: synthetische Demodaten, keine amtlichen Statistiken.'
      : 'Note: synthetic demo data, not official statistics.'
    : null;
  return codes.map((code) => {
    const profile = unitProfile(m, code);
    return {
      code,
      name: profile.name,
      html: unitReportHtml({
        lang: options.lang,
        data: m,
        profile,
        interval: robustness?.units.find((u) => u.code === code) ?? null,
        boundaries: data.boundaries,
        notice,
        generatedAt: options.generatedAt,
      }),
    };
  });
}
