// Turns one run's draw into the index structure that run computes.
import { EngineError } from '../errors.js';
import type { IndexStructure, PipelineChoices } from '../structure.js';
import { choiceName, type Draw, type UncertainChoice } from './choices.js';
import { excludeNode } from './excludeNode.js';

/**
 * The structure with each choice set to its drawn value. Weights and methods are set first and
 * exclusions last, so a left-out node's siblings share its (perturbed) weight.
 */
export function applyChoices(
  structure: IndexStructure,
  choices: readonly UncertainChoice[],
  draw: Draw,
): IndexStructure {
  if (draw.length !== choices.length) {
    throw new EngineError(
      'uncertainty',
      `a run has ${draw.length} values for ${choices.length} uncertain choices`,
    );
  }
  // Choices are checked and collected in order, then applied at once: one copy of the pipeline and of
  // the nodes per run rather than one per choice (a later weight for a node overrides an earlier one).
  let pipeline: PipelineChoices | null = null;
  const weights = new Map<string, number>();
  const exclusions: string[] = [];
  choices.forEach((choice, c) => {
    const value = draw[c]!;
    if (choice.kind === 'weights') {
      if (!('weights' in value))
        throw new EngineError(choiceName(choice), 'a weights choice needs weights, not an alternative');
      collectWeights(structure, value.weights, choiceName(choice), weights);
      return;
    }
    if (!('alternative' in value))
      throw new EngineError(choiceName(choice), 'this choice needs an alternative, not weights');
    const alternative = choice.alternatives[value.alternative];
    if (alternative === undefined) {
      throw new EngineError(
        choiceName(choice),
        `there is no alternative ${value.alternative + 1} (of ${choice.alternatives.length})`,
      );
    }
    if (choice.kind === 'exclude') {
      if (alternative !== null) exclusions.push(alternative as string);
      return;
    }
    const method = alternative as Exclude<typeof alternative, string | null>;
    pipeline ??= { ...structure.pipeline };
    if (choice.kind === 'normalise') pipeline.normalise = method;
    else if (choice.kind === 'impute') pipeline.impute = method;
    else if (choice.kind === 'treat') pipeline.treat = method;
    else if (choice.level !== undefined)
      pipeline.aggregateByLevel = { ...pipeline.aggregateByLevel, [choice.level]: method };
    else {
      pipeline.aggregate = method;
      pipeline.aggregateByLevel = {};
    }
  });
  let out = withWeights(pipeline ? { ...structure, pipeline } : structure, weights);
  for (const code of exclusions) {
    if (out.indicators.some((n) => n.code === code) || out.aggregates.some((n) => n.code === code))
      out = excludeNode(out, code);
  }
  return out;
}

/** The codes of a structure's nodes, kept per structure: every run checks its weights against them. */
const nodeCodes = new WeakMap<IndexStructure, Set<string>>();

function collectWeights(
  structure: IndexStructure,
  weights: Readonly<Record<string, number>>,
  name: string,
  into: Map<string, number>,
): void {
  let known = nodeCodes.get(structure);
  if (!known || known.size !== structure.indicators.length + structure.aggregates.length) {
    known = new Set([...structure.indicators, ...structure.aggregates].map((n) => n.code));
    nodeCodes.set(structure, known);
  }
  for (const code of Object.keys(weights)) {
    if (!known.has(code))
      throw new EngineError(name, `cannot set the weight of "${code}": no such node in the index`);
    into.set(code, weights[code]!);
  }
}

function withWeights(structure: IndexStructure, weights: ReadonlyMap<string, number>): IndexStructure {
  if (weights.size === 0) return structure;
  const set = <T extends { code: string; weight: number }>(n: T): T =>
    weights.has(n.code) ? { ...n, weight: weights.get(n.code)! } : n;
  return {
    ...structure,
    indicators: structure.indicators.map(set),
    aggregates: structure.aggregates.map(set),
  };
}
