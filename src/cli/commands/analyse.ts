// `digitalindex analyse <analysis>`: runs one analysis of an edition and prints it as tables or JSON.
import { readFileSync } from 'node:fs';
import {
  analyseLeaders,
  analyseLevers,
  analyseMovers,
  analyseNeed,
  analyseRegions,
  analyseSpatial,
  analyseTypology,
  applyScenario,
  loadEditionData,
  loadNeighbourPairs,
  parseScenario,
  type EditionData,
} from '../../analysis/index.js';
import { findUnit } from '../../analysis/access.js';
import { IngestError } from '../../ingest/errors.js';
import { listEditions, type Store } from '../../store/index.js';
import { compareEditions } from '../../workflow/compareEditions.js';
import { chooseEdition, openExistingStore } from '../../workflow/import/existingStore.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { EXIT } from '../errors.js';
import type { AnalysisKind } from '../definitions/analyse.js';
import type { Lang } from '../table.js';
import * as text from './analyseText.js';

export interface AnalyseOptions extends GlobalOptions {
  edition?: number;
  unitSet: string;
  seed: number;
  permutations: number;
  neighbours: 'auto' | 'contiguity' | 'circles' | 'knn';
  k?: number;
  method: 'kmeans' | 'ward';
  unit?: string;
  target?: string[];
  node: string;
  scenario?: string;
  focus: string;
  from?: number;
  runs: number;
  top: number;
  lang: string;
  json?: boolean;
}

/** A wrong argument that only the data can reveal (unknown unit, indicator or region): exit 2. */
class UsageProblem extends Error {}

export async function analyseCommand(kind: AnalysisKind, options: AnalyseOptions): Promise<void> {
  const lang: Lang = options.lang === 'en' ? 'en' : 'de';
  const store = await openExistingStore(databaseLocation(options));
  try {
    const result = await run(kind, store, options, lang);
    process.stdout.write(
      options.json ? JSON.stringify(result.json, jsonNumbers, 2) + '\n' : result.text + '\n',
    );
  } catch (error) {
    if (!(error instanceof UsageProblem || error instanceof RangeError)) throw error;
    process.stderr.write(`digitalindex: usage error: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } finally {
    await store.close();
  }
}

async function run(
  kind: AnalysisKind,
  store: Store,
  o: AnalyseOptions,
  lang: Lang,
): Promise<{ json: unknown; text: string }> {
  const unitSet = kind === 'regions' ? 'regions' : o.unitSet;
  if (kind === 'movers') {
    const to = (await chooseEdition(store, o.edition)).year;
    const years = (await listEditions(store.db)).map((e) => e.year).filter((y) => y < to);
    const from = o.from ?? years.at(-1);
    if (from === undefined) throw new UsageProblem(`no edition before ${to} to compare with`);
    if (from === to) throw new UsageProblem('--from and --edition must name two different editions');
    const comparison = await compareEditions(store, { from, to, unitSet, runs: o.runs, seed: o.seed });
    const movers = analyseMovers(comparison, o.top);
    return { json: movers, text: text.movers(movers, lang) };
  }
  const data = await loadEditionData(store, o.edition, unitSet);
  switch (kind) {
    case 'leaders': {
      const r = analyseLeaders(data, { top: Math.min(o.top, 10) });
      return { json: r, text: text.leaders(data, r, lang) };
    }
    case 'typology': {
      const r = analyseTypology(data, { method: o.method, seed: o.seed, ...(o.k ? { k: o.k } : {}) });
      return { json: r, text: text.typology(data, r, lang) };
    }
    case 'spatial': {
      const pairs = await loadNeighbourPairs(store, unitSet);
      if (o.neighbours === 'contiguity' && !pairs)
        throw new UsageProblem(
          '--neighbours contiguity needs imported boundaries (digitalindex geodata import)',
        );
      const r = analyseSpatial(data, {
        pairs,
        neighbourhood: o.neighbours,
        permutations: o.permutations,
        seed: o.seed,
        ...(o.k ? { k: o.k } : {}),
      });
      return { json: r, text: text.spatial(data, r, lang) };
    }
    case 'levers': {
      const units = o.unit ? [unitCode(data, o.unit)] : undefined;
      const targets = parseTargets(data, o.target ?? []);
      const r = analyseLevers(data, {
        goals: Object.keys(targets).length > 0 ? ['median', 'best', 'target'] : ['median', 'best'],
        targets,
        ...(units ? { units } : {}),
      });
      const need = analyseNeed(data, o.node, o.top);
      return { json: { ...r, need }, text: text.levers(data, r, need, lang, o.top) };
    }
    case 'whatif': {
      const file = o.scenario!;
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch (error) {
        throw new IngestError(file, null, null, `cannot read the scenario: ${(error as Error).message}`);
      }
      const r = applyScenario(data, parseScenario(source, file));
      return { json: r, text: text.whatIf(data, r, lang) };
    }
    case 'regions': {
      if (!data.result.units.includes(o.focus))
        throw new UsageProblem(`unknown region "${o.focus}" (known: ${data.result.units.join(', ')})`);
      const r = analyseRegions(data, o.focus);
      return { json: r, text: text.regions(data, r, lang) };
    }
  }
}

function unitCode(data: EditionData, given: string): string {
  const i = findUnit(data, given);
  if (i < 0) throw new UsageProblem(`unknown unit "${given}" in unit set ${data.unitSet}`);
  return data.units[i]!.code;
}

function parseTargets(data: EditionData, given: string[]): Record<string, number> {
  const targets: Record<string, number> = {};
  for (const t of given) {
    const m = /^([^=]+)=\s*(-?[\d.,]+)\s*%?$/.exec(t.trim());
    if (!m) throw new UsageProblem(`--target needs indicator=value, e.g. fttbh=80, not "${t}"`);
    const code = m[1]!.trim();
    if (!data.result.denominated.has(code)) throw new UsageProblem(`--target: unknown indicator "${code}"`);
    targets[code] = Number(m[2]!.replace(',', '.'));
  }
  return targets;
}

/** JSON has no NaN or Infinity: they become null. */
function jsonNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
