// Checks the index structure that iMeta declares: parents, one top aggregate, no cycles, levels one apart.
import { IngestError } from '../errors.js';
import type { IMetaRow } from './iMeta.js';

export function checkHierarchy(rows: readonly IMetaRow[], file: string): void {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const nodes = rows.filter((r) => r.type === 'Indicator' || r.type === 'Aggregate');
  const fail = (row: IMetaRow, column: string, problem: string) =>
    new IngestError(file, row.line, column, problem);
  if (!nodes.some((r) => r.type === 'Indicator'))
    throw new IngestError(file, null, 'Type', 'no row of Type Indicator');

  for (const row of nodes) {
    if (row.parent === null) continue;
    const parent = byCode.get(row.parent);
    if (!parent) throw fail(row, 'Parent', `unknown Parent "${row.parent}": no iCode of that name`);
    if (parent.type !== 'Aggregate')
      throw fail(row, 'Parent', `Parent "${row.parent}" is of Type ${parent.type}, not Aggregate`);
  }
  for (const row of nodes) {
    const path = [row.code];
    for (let at = row.parent; at !== null; at = byCode.get(at)!.parent) {
      if (path.includes(at)) {
        const cycle = [...path.slice(path.indexOf(at)), at];
        throw fail(byCode.get(at)!, 'Parent', `cycle in the hierarchy: ${cycle.join(' → ')}`);
      }
      path.push(at);
    }
  }
  const roots = nodes.filter((r) => r.parent === null);
  const indicatorRoot = roots.find((r) => r.type === 'Indicator');
  if (indicatorRoot) throw fail(indicatorRoot, 'Parent', 'an Indicator needs a Parent aggregate');
  if (roots.length === 0)
    throw new IngestError(file, null, 'Parent', 'no top aggregate: exactly one needs Parent NA');
  if (roots.length > 1) {
    throw fail(
      roots[1]!,
      'Parent',
      `more than one top aggregate with Parent NA (${roots.map((r) => r.code).join(', ')})`,
    );
  }
  for (const row of nodes) {
    const parent = row.parent === null ? undefined : byCode.get(row.parent)!;
    if (parent && parent.level !== row.level! + 1) {
      throw fail(
        row,
        'Parent',
        `Parent "${parent.code}" is at Level ${parent.level}, not ${row.level! + 1} (one above "${row.code}")`,
      );
    }
  }
  const parents = new Set(nodes.map((r) => r.parent));
  const childless = nodes.find((r) => r.type === 'Aggregate' && !parents.has(r.code));
  if (childless) throw fail(childless, 'iCode', `aggregate "${childless.code}" has no children`);
  checkDenominators(nodes, byCode, fail);
}

function checkDenominators(
  nodes: readonly IMetaRow[],
  byCode: ReadonlyMap<string, IMetaRow>,
  fail: (row: IMetaRow, column: string, problem: string) => IngestError,
): void {
  for (const row of nodes) {
    if (row.denominator === null || row.type !== 'Indicator') continue;
    const denominator = byCode.get(row.denominator);
    if (!denominator)
      throw fail(row, 'Denominator', `unknown Denominator "${row.denominator}": no iCode of that name`);
    if (denominator.type !== 'Denominator') {
      throw fail(row, 'Denominator', `"${row.denominator}" is of Type ${denominator.type}, not Denominator`);
    }
  }
}
