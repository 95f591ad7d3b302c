// COINr's own ASEM example tables (51 countries, 49 indicators, 4 levels), when the shared reference copy exists.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../../src/engine/pipeline.js';
import { readCoinr } from '../../../src/ingest/coinr/readCoinr.js';
import { editionInput } from '../../../src/ingest/project/table.js';
import { parseSpec } from '../../../src/spec/load.js';
import { resolveStructure } from '../../../src/spec/resolve.js';
import { stringify } from 'yaml';

const DIR = '/work/shared/reference/coinr-asem';

describe.runIf(existsSync(DIR))("COINr's ASEM example input", () => {
  const imported = readCoinr(`${DIR}/asem_input_data.csv`, `${DIR}/asem_input_meta.csv`, 'asem');

  it('reads 51 units, 4 groups, 4 denominators, 49 indicators, 11 aggregates in 4 levels', () => {
    expect(imported.table.codes).toHaveLength(51);
    expect(imported.table.times).toEqual(Array(51).fill(2018));
    expect([...imported.table.groups.keys()]).toEqual([
      'GDP_group',
      'GDPpc_group',
      'Pop_group',
      'EurAsia_group',
    ]);
    expect(imported.spec.denominators.map((d) => d.code)).toEqual(['Area', 'Energy', 'GDP', 'Population']);
    expect(imported.spec.indicators).toHaveLength(49);
    expect(imported.spec.aggregates).toHaveLength(11);
    const structure = resolveStructure(parseSpec(stringify(imported.spec), 'asem.yaml'));
    expect(structure.root).toBe('Index');
    expect(Math.max(...structure.aggregates.map((a) => a.level))).toBe(4);
  });

  it('keeps the missing values as NaN and the directions of iMeta', () => {
    const missing = [...imported.table.values.values()].reduce(
      (n, c) => n + c.filter(Number.isNaN).length,
      0,
    );
    expect(missing).toBeGreaterThan(0);
    expect(imported.spec.indicators.find((i) => i.code === 'CO2')!.direction).toBe(-1);
  });

  it("computes COINr's usual pipeline for every unit", () => {
    const structure = resolveStructure(parseSpec(stringify(imported.spec), 'asem.yaml'));
    const result = computeIndex(structure, editionInput(imported.table, 2018));
    const index = result.scores.get('Index')!;
    expect(index.every((x) => x >= 0 && x <= 100)).toBe(true);
    expect([...result.ranks.get('Index')!].sort((a, b) => a - b)[0]).toBe(1);
  });
});
