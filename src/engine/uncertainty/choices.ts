// The uncertain choices of an uncertainty analysis, and the value each run draws for them.
import { aggregators } from '../aggregate/index.js';
import { EngineError } from '../errors.js';
import { imputers } from '../impute/index.js';
import { normalisers } from '../normalise/index.js';
import { strategyFor } from '../registry.js';
import type { MethodChoice } from '../structure.js';
import { treaters } from '../treat/index.js';

/**
 * An assumption that varies from run to run. `weights` multiplies the weight of each child of `node`
 * (of every node below the root when `node` is absent) by its own uniform factor in [1 − x, 1 + x];
 * the other kinds pick one of their alternatives with equal probability. An `exclude` alternative
 * names a node to leave out (null: leave nothing out). An `aggregate` choice with a `level` sets
 * that level's method only; without, it sets the method of every level.
 */
export type UncertainChoice = { name?: string } & (
  | { kind: 'weights'; node?: string; perturbation: number }
  | { kind: 'normalise'; alternatives: MethodChoice[] }
  | { kind: 'aggregate'; alternatives: MethodChoice[]; level?: number }
  | { kind: 'impute'; alternatives: MethodChoice[] }
  | { kind: 'treat'; alternatives: MethodChoice[] }
  | { kind: 'exclude'; alternatives: (string | null)[] }
);

/** One run's setting of one choice: the index of an alternative, or the weights of the perturbed nodes. */
export type ChoiceValue = { alternative: number } | { weights: Readonly<Record<string, number>> };

/** One run's settings, one value per uncertain choice, in the order the choices are declared. */
export type Draw = readonly ChoiceValue[];

/** The name of a choice: its own, else its kind with the node or level it targets (`weights:research`). */
export function choiceName(choice: UncertainChoice): string {
  if (choice.name) return choice.name;
  if (choice.kind === 'weights' && choice.node) return `weights:${choice.node}`;
  if (choice.kind === 'aggregate' && choice.level !== undefined) return `aggregate:${choice.level}`;
  return choice.kind;
}

/** Checks that the choices can be drawn from: names unique, alternatives present, perturbations in [0, 1]. */
export function checkChoices(choices: readonly UncertainChoice[]): void {
  const names = new Set<string>();
  for (const choice of choices) {
    const name = choiceName(choice);
    if (names.has(name))
      throw new EngineError(name, 'two uncertain choices have this name; give one of them another name');
    names.add(name);
    if (choice.kind === 'weights') {
      if (!(choice.perturbation >= 0 && choice.perturbation <= 1)) {
        throw new EngineError(
          name,
          `the weight perturbation must be between 0 and 1, not ${choice.perturbation}`,
        );
      }
    } else if (choice.alternatives.length === 0) {
      throw new EngineError(name, 'an uncertain choice needs at least one alternative');
    }
  }
}

const REGISTRIES = {
  normalise: [normalisers, 'normalisation'],
  aggregate: [aggregators, 'aggregation'],
  impute: [imputers, 'imputation'],
  treat: [treaters, 'treatment'],
} as const;

/** Checks that every method alternative names a registered method, before any run. */
export function checkMethods(choices: readonly UncertainChoice[]): void {
  for (const choice of choices) {
    if (choice.kind === 'weights' || choice.kind === 'exclude') continue;
    const [registry, stage] = REGISTRIES[choice.kind];
    for (const alternative of choice.alternatives)
      strategyFor<unknown>(registry, alternative, choiceName(choice), stage);
  }
}
