// The weighting strategies, selected by method name: they return the weight of every node.
import type { Weighter } from '../stages.js';

export const weighters: Record<string, Weighter> = {
  explicit: (structure) => new Map([...structure.indicators, ...structure.aggregates].map((n) => [n.code, n.weight])),
};
