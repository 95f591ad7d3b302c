// The index (root) scores of one run, reusing the stages before weighting when a run repeats their choices.
import { aggregators, aggregatorsInto, type AggregateContext } from '../aggregate/index.js';
import { EngineError } from '../errors.js';
import { computeIndex, type PipelineInput } from '../pipeline.js';
import { strategyFor } from '../registry.js';
import type { AggregateNode, IndexStructure, MethodChoice } from '../structure.js';
import { Warnings } from '../warnings.js';
import { weighters } from '../weight/index.js';

interface Front {
  /** The units that took part, and the position in the input of each. */
  units: readonly string[];
  positions: Int32Array;
  /** Every unit took part, in input order (positions[k] = k). */
  everyUnit: boolean;
  normalised: Map<string, Float64Array>;
}

/**
 * Screening to normalisation, keyed by everything they may depend on (the structure without its
 * weights and aggregation methods). Bounded: the oldest entry goes when it is full.
 */
export class StageCache {
  private readonly entries = new Map<string, Front>();
  constructor(private readonly capacity = 32) {}

  /** `key`, when given, must identify the front stages' choices (e.g. the draw's method alternatives). */
  front(structure: IndexStructure, input: PipelineInput, key = frontKey(structure)): Front {
    let entry = this.entries.get(key);
    if (!entry) {
      const result = computeIndex(structure, input);
      const positions = Int32Array.from(result.screening.kept.flatMap((kept, i) => (kept ? [i] : [])));
      const everyUnit = positions.length === input.units.length;
      entry = { units: result.units, positions, everyUnit, normalised: result.normalised };
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, entry);
    }
    return entry;
  }
}

/**
 * The root's scores in input order (NaN for a unit screened out), computed as computeIndex does:
 * weights from the weighting strategy, then each aggregate from its children, children first.
 */
export function rootScores(
  structure: IndexStructure,
  input: PipelineInput,
  cache: StageCache,
  key?: string,
): Float64Array {
  return new RunScorer(input, cache).rootScores(structure, key);
}

/** What an aggregate's scores were last computed from. */
interface NodeState {
  /** The scores; valid only while `computed` (false before the first computation and after a failure). */
  scores: Float64Array;
  computed: boolean;
  /** Bumped whenever `scores` is rewritten, so that a parent can tell that its input changed. */
  version: number;
  /** The run that last used the scores (a parent reads only scores of its own run). */
  run: number;
  /** A buffer of our own that the fast aggregators write into, reused from run to run. */
  buffer: Float64Array;
  method: MethodChoice | null;
  minShare: number;
  /** The children's scores, their versions and weights: the aggregator's arguments. */
  inputs: Float64Array[];
  inputVersions: number[];
  weights: number[];
}

const NONE = new Float64Array(0);

/**
 * Computes run after run as rootScores does, with less work per run: each aggregate keeps its scores
 * in a buffer of its own, and an aggregate whose method, children's scores and weights are those of
 * the previous run is not recomputed (e.g. the groups a weights choice on one node does not touch).
 * The aggregations are deterministic, so this gives the very same numbers.
 */
export class RunScorer {
  private readonly nodes = new Map<string, NodeState>();
  private readonly out: Float64Array;
  private run = 0;

  constructor(
    private readonly input: PipelineInput,
    private readonly cache: StageCache,
  ) {
    this.out = new Float64Array(input.units.length);
  }

  /** The root's scores in input order, NaN for a unit screened out; the array is reused by the next call. */
  rootScores(structure: IndexStructure, key?: string): Float64Array {
    this.run++;
    const { pipeline } = structure;
    const front = this.cache.front(structure, this.input, key);
    const weigh = strategyFor(weighters, pipeline.weights, 'weights', 'weighting');
    const weights = weigh(structure, front.normalised, pipeline.weights);
    const warnings = new Warnings();
    for (const node of structure.aggregates) {
      const choice = node.aggregate ?? pipeline.aggregateByLevel[node.level] ?? pipeline.aggregate;
      this.aggregate(node, choice, pipeline.minShareAvailable, front, weights, warnings);
    }
    return this.inInputOrder(this.scoresOf(structure.root, front)!, front);
  }

  private aggregate(
    node: AggregateNode,
    choice: MethodChoice,
    minShare: number,
    front: Front,
    weights: ReadonlyMap<string, number>,
    warnings: Warnings,
  ): void {
    const aggregate = strategyFor(aggregators, choice, node.code, 'aggregation');
    const state = this.stateOf(node.code);
    const inputsChanged = this.gatherInputs(node, front, weights, state);
    let total = 0;
    for (const w of state.weights) total += w;
    if (total <= 0) throw new EngineError(node.code, 'the weights of its children sum to zero');
    state.run = this.run;
    const unchanged =
      state.computed &&
      !inputsChanged &&
      state.method === choice &&
      state.minShare === minShare &&
      state.scores.length === front.units.length;
    if (unchanged) return;
    state.computed = false;
    state.version++;
    const context: AggregateContext = { node, minShare, warnings, units: front.units };
    const into = Object.hasOwn(aggregatorsInto, choice.method) ? aggregatorsInto[choice.method]! : null;
    if (into) {
      if (state.buffer.length !== front.units.length) state.buffer = new Float64Array(front.units.length);
      state.scores = into(state.inputs, state.weights, choice, context, state.buffer);
    } else {
      state.scores = aggregate(state.inputs, state.weights, choice, context);
    }
    state.method = choice;
    state.minShare = minShare;
    state.computed = true;
  }

  /** Puts the children's current scores, versions and weights into the state; true if any differs. */
  private gatherInputs(
    node: AggregateNode,
    front: Front,
    weights: ReadonlyMap<string, number>,
    state: NodeState,
  ): boolean {
    const k = node.children.length;
    let changed = state.inputs.length !== k;
    if (changed) {
      state.inputs = Array.from({ length: k }, () => NONE);
      state.inputVersions = Array.from({ length: k }, () => -1);
      state.weights = Array.from({ length: k }, () => 0);
    }
    for (let j = 0; j < k; j++) {
      const code = node.children[j]!;
      const scores = this.scoresOf(code, front)!;
      const version = front.normalised.has(code) ? 0 : this.nodes.get(code)!.version;
      const weight = weights.get(code) ?? 0;
      // Object.is: the same weight bit for bit (−0 and 0 differ, NaN equals NaN) gives the same scores.
      if (
        state.inputs[j] !== scores ||
        state.inputVersions[j] !== version ||
        !Object.is(state.weights[j], weight)
      ) {
        changed = true;
        state.inputs[j] = scores;
        state.inputVersions[j] = version;
        state.weights[j] = weight;
      }
    }
    return changed;
  }

  /** An indicator's normalised scores, or the scores this run computed for an aggregate. */
  private scoresOf(code: string, front: Front): Float64Array | undefined {
    const indicator = front.normalised.get(code);
    if (indicator) return indicator;
    const state = this.nodes.get(code);
    return state?.computed && state.run === this.run ? state.scores : undefined;
  }

  private stateOf(code: string): NodeState {
    let state = this.nodes.get(code);
    if (!state) {
      state = {
        scores: NONE,
        computed: false,
        version: 0,
        run: 0,
        buffer: NONE,
        method: null,
        minShare: Number.NaN,
        inputs: [],
        inputVersions: [],
        weights: [],
      };
      this.nodes.set(code, state);
    }
    return state;
  }

  private inInputOrder(root: Float64Array, front: Front): Float64Array {
    if (front.everyUnit) {
      this.out.set(root);
      return this.out;
    }
    this.out.fill(Number.NaN);
    for (let k = 0; k < front.positions.length; k++) this.out[front.positions[k]!] = root[k]!;
    return this.out;
  }
}

function frontKey(structure: IndexStructure): string {
  const {
    weights: _w,
    aggregate: _a,
    aggregateByLevel: _l,
    minShareAvailable: _m,
    ...front
  } = structure.pipeline;
  return JSON.stringify([
    front,
    structure.indicators.map(({ weight: _weight, ...rest }) => rest),
    structure.aggregates.map((a) => [a.code, a.parent, a.level, a.children]),
  ]);
}
