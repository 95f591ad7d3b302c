// analysis: what the index results say — leaders, typology, spatial patterns, levers and what-if, regions, movers, findings; pure functions over EditionData.
//
// Usage: `const data = await loadEditionData(store, year, unitSet)` (the one I/O edge, in load.ts), then any
// `analyseX(data, options)`; every result is plain JSON-serialisable data (numbers, strings, null).
export type { AnalysisUnit, EditionData, NodeInfo, NumberRef } from './types.js';
export { prepareEdition, nodesOf, type PrepareInput } from './prepare.js';
export { loadEditionData, loadNeighbourPairs } from './load.js';
export {
  analyseLeaders,
  rankedUnits,
  noneOf,
  type LeadersResult,
  type LeadersOptions,
  type NodeLeaders,
  type NoneOf,
  type RankedUnit,
} from './leaders.js';
export {
  analyseTypology,
  type TypologyOptions,
  type TypologyResult,
  type Cluster,
  type ClusterMethod,
} from './typology/typology.js';
export {
  analyseSpatial,
  type SpatialOptions,
  type SpatialResult,
  type NodeSpatial,
  type ValueBand,
  type Neighbourhood,
} from './spatial/spatial.js';
export { moranI, moranTest, type MoranTest } from './spatial/moran.js';
export { localMoran, type LocalMoran, type LisaClass } from './spatial/lisa.js';
export {
  analyseLevers,
  type LeversOptions,
  type LeversResult,
  type UnitLevers,
  type Lever,
} from './levers/levers.js';
export { analyseNeed, type NeedResult, type CatchUp } from './levers/need.js';
export {
  parseScenario,
  applyScenario,
  type Scenario,
  type ScenarioChange,
  type ScenarioResult,
} from './levers/scenario.js';
export { recompute, type Overrides } from './levers/recompute.js';
export { analyseRegions, type RegionsResult, type RegionStanding } from './regions.js';
export { analyseMovers, type MoversResult } from './movers.js';
export { unitProfile, type UnitProfile, type ProfileNode } from './profile.js';
export { buildFindings, SYNTHETIC_NOTICE, type FindingsInput } from './findings/build.js';
export { renderFindingsText, findingsPlainText } from './findings/render.js';
export type { Findings, Paragraph, Sentence, Footnote } from './findings/types.js';
export { analyseRobustness, type RobustnessResult, type RankInterval } from './robustness.js';
