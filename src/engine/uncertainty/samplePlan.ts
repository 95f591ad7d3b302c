// The runs of an analysis: N random draws (uncertainty), or Saltelli's A, B and A_B^i design (sensitivity).
import { EngineError } from '../errors.js';
import type { Random } from '../random.js';
import type { IndexStructure } from '../structure.js';
import { checkChoices, choiceName, type ChoiceValue, type Draw, type UncertainChoice } from './choices.js';

/** `ua`: N runs, each choice drawn at random. `sa`: N × (d + 2) runs in Saltelli's design (COINr's SA_sample). */
export type AnalysisType = 'ua' | 'sa';

export interface SamplePlan {
  type: AnalysisType;
  /** The base sample size N. */
  n: number;
  /** The number of uncertain choices. */
  d: number;
  /** UA: N rows. SA: the rows of A, then of B, then of each A_B^i (A with choice i taken from B). */
  draws: Draw[];
}

export function samplePlan(
  structure: IndexStructure,
  choices: readonly UncertainChoice[],
  n: number,
  type: AnalysisType,
  random: Random,
): SamplePlan {
  checkChoices(choices);
  const d = choices.length;
  if (!Number.isInteger(n) || n < 3)
    throw new EngineError('uncertainty', `the number of runs N must be an integer of at least 3, not ${n}`);
  if (d === 0) throw new EngineError('uncertainty', 'no uncertain choice is declared');
  if (type === 'sa' && d < 2) {
    throw new EngineError(
      'uncertainty',
      'sensitivity indices need at least two uncertain choices; run an uncertainty analysis instead',
    );
  }
  // The nodes each weights choice perturbs, found once rather than for every draw.
  const targets = choices.map((choice) =>
    choice.kind === 'weights' ? perturbedNodes(structure, choice) : [],
  );
  const row = (): Draw => choices.map((choice, c) => drawFrom(choice, targets[c]!, random));
  const a = Array.from({ length: n }, row);
  if (type === 'ua') return { type, n, d, draws: a };
  const b = Array.from({ length: n }, row);
  const mixes = choices.flatMap((_, i) => a.map((rowA, r) => rowA.map((v, c) => (c === i ? b[r]![c]! : v))));
  return { type, n, d, draws: [...a, ...b, ...mixes] };
}

/** One random value of one choice: an alternative picked uniformly, or each target weight w → w + (2u − 1)·x·w. */
export function drawValue(structure: IndexStructure, choice: UncertainChoice, random: Random): ChoiceValue {
  return drawFrom(choice, choice.kind === 'weights' ? perturbedNodes(structure, choice) : [], random);
}

/** drawValue with the perturbed nodes of a weights choice given. */
function drawFrom(
  choice: UncertainChoice,
  perturbed: readonly { code: string; weight: number }[],
  random: Random,
): ChoiceValue {
  if (choice.kind !== 'weights') return { alternative: random.int(choice.alternatives.length) };
  const weights: Record<string, number> = {};
  for (const node of perturbed) {
    weights[node.code] = node.weight + (random.uniform() * 2 - 1) * choice.perturbation * node.weight;
  }
  return { weights };
}

/** The nodes a weights choice perturbs: the children of its node, or every node below the root. */
export function perturbedNodes(
  structure: IndexStructure,
  choice: UncertainChoice & { kind: 'weights' },
): { code: string; weight: number }[] {
  const nodes = [...structure.indicators, ...structure.aggregates];
  if (choice.node === undefined) return nodes.filter((n) => n.code !== structure.root);
  const parent = structure.aggregates.find((a) => a.code === choice.node);
  if (!parent) throw new EngineError(choiceName(choice), `"${choice.node}" is not an aggregate of the index`);
  return parent.children.map((code) => nodes.find((n) => n.code === code)!);
}
