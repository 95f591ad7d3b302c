// What every view receives: the state, the loaded edition data, and how to link and navigate.
import type {
  EditionSummary as Edition,
  ResultRow,
  ResultsResponse,
  StructureNode,
  StructureResponse,
} from './contract.js';
import { pick } from './i18n.js';
import type { State } from './state.js';

export interface Context {
  state: State;
  editions: Edition[];
  edition: Edition;
  structure: StructureResponse;
  /** Results of the municipalities. */
  results: ResultsResponse;
  tree: Tree;
  /** A link (query string) to the state changed by `patch`. */
  href(patch: Partial<State>): string;
  navigate(patch: Partial<State>, options?: { replace?: boolean }): void;
}

/** The index tree by role: the root, its children (sub-indices), and the indicators (leaves). */
export interface Tree {
  root: StructureNode;
  subIndices: StructureNode[];
  indicators: StructureNode[];
  byCode: Map<string, StructureNode>;
  /** Root, sub-indices, then indicators: the order of columns in tables and selectors. */
  ordered: StructureNode[];
}

export function treeOf(structure: StructureResponse): Tree {
  const byCode = new Map(structure.nodes.map((node) => [node.code, node]));
  const root = structure.nodes.find((node) => !node.parent || !byCode.has(node.parent));
  if (!root) throw new Error('the index structure has no root');
  const subIndices = structure.nodes.filter((node) => node.parent === root.code);
  const parents = new Set(structure.nodes.map((node) => node.parent));
  const indicators = structure.nodes.filter((node) => !parents.has(node.code));
  // Indicators grouped under their sub-index, in the order of the sub-indices.
  const order = new Map(subIndices.map((node, i) => [node.code, i]));
  const grouped = [...indicators].sort(
    (a, b) => (order.get(a.parent ?? '') ?? 99) - (order.get(b.parent ?? '') ?? 99),
  );
  return {
    root,
    subIndices,
    indicators: grouped,
    byCode,
    ordered: [root, ...subIndices.filter((n) => n !== root), ...grouped.filter((n) => n !== root)],
  };
}

export function nodeName(node: StructureNode | undefined, fallback = ''): string {
  return node ? pick(node.name_de, node.name_en) : fallback;
}

/** The score of a unit for a column (null when missing). */
export function scoreOf(row: ResultRow, code: string): number | null {
  const value = row.scores[code];
  return value === undefined || value === null || Number.isNaN(value) ? null : value;
}

export function rankOf(row: ResultRow, code: string): number | null {
  const value = row.ranks[code];
  return value === undefined || value === null ? null : value;
}

/** Rows sorted by their rank in `code` (missing last, then by name). */
export function byRank(rows: readonly ResultRow[], code: string): ResultRow[] {
  return [...rows].sort(
    (a, b) =>
      (rankOf(a, code) ?? Number.POSITIVE_INFINITY) - (rankOf(b, code) ?? Number.POSITIVE_INFINITY) ||
      a.name.localeCompare(b.name, 'de'),
  );
}
