import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../src/spec/errors.js';
import { loadSpecFile, parseSpec } from '../../src/spec/load.js';
import { resolveStructure } from '../../src/spec/resolve.js';

const bundled = 'data/specs/digital-index-ruhr.yaml';
const text = readFileSync(bundled, 'utf8');

function errorOf(yaml: string): SpecError {
  try {
    parseSpec(yaml, 'spec.yaml');
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error('expected a SpecError');
}

describe('the bundled Digital-Index Ruhr spec', () => {
  it('has 12 indicators in 4 equally weighted sub-indices under one index', () => {
    const structure = resolveStructure(loadSpecFile(bundled).spec);
    expect(structure.indicators).toHaveLength(12);
    expect(structure.root).toBe('index');
    const subIndices = structure.aggregates.filter((a) => a.parent === 'index');
    expect(subIndices.map((a) => a.code)).toEqual(['research', 'employment', 'companies', 'infrastructure']);
    expect(subIndices.every((a) => a.children.length === 3 && a.weight === 1 && a.level === 2)).toBe(true);
    expect(structure.aggregates.at(-1)).toMatchObject({ code: 'index', level: 3 });
  });
});

describe('spec validation', () => {
  it('names file, line and path of an unknown parent', () => {
    const error = errorOf(text.replace('parent: research\n', 'parent: reserch\n'));
    expect(error.path).toBe('indicators[0].parent');
    expect(error.problem).toBe('unknown parent aggregate "reserch"');
    expect(error.line).toBe(text.split('\n').indexOf('    parent: research') + 1);
    expect(error.message).toMatch(/^spec\.yaml:\d+: indicators\[0\]\.parent: unknown parent/);
  });

  it('finds a cycle in the hierarchy', () => {
    const cyclic = text.replace(
      '  - code: index\n    name: { de: Digital-Index, en: Digital Index }\n',
      '  - code: index\n    name: { de: Digital-Index, en: Digital Index }\n    parent: research\n',
    );
    const error = errorOf(
      cyclic.replace(/(code: research\n\s+name: .*\n\s+)parent: index/, '$1parent: index'),
    );
    expect(error.problem).toMatch(/no root aggregate|cycle in the hierarchy/);
  });

  it('reports a cycle when the root remains but two aggregates point at each other', () => {
    const yaml = `id: x
version: '1'
title: { de: X, en: X }
unitSets: [{ code: units, name: { de: E, en: U } }]
indicators:
  - { code: a, name: { de: A, en: A }, unit: { de: u, en: u }, direction: 1, parent: s1, source: { publisher: p } }
aggregates:
  - { code: s1, name: { de: S, en: S }, parent: s2 }
  - { code: s2, name: { de: S, en: S }, parent: s1 }
  - { code: top, name: { de: T, en: T } }
`;
    const error = errorOf(yaml);
    expect(error.problem).toBe('cycle in the hierarchy: s1 → s2 → s1');
    expect(error.path).toBe('aggregates[0].parent');
    expect(error.line).toBe(8);
  });

  it('rejects a duplicate code, an unknown denominator and a wrong type', () => {
    expect(errorOf(text.replace('code: digital_patents', 'code: research_projects')).problem).toMatch(
      /code "research_projects" is already used at indicators\[1\]/,
    );
    expect(errorOf(text.replace('denominator: population', 'denominator: people')).path).toBe(
      'indicators[0].denominator',
    );
    const typed = errorOf(
      text.replace('scale: 100000\n    parent: research', "scale: 'many'\n    parent: research"),
    );
    expect(typed.path).toBe('indicators[0].scale');
  });

  it('reports broken YAML with its line', () => {
    const error = errorOf('id: x\nversion: [1\n');
    expect(error.problem).toMatch(/not valid YAML/);
    expect(error.line).not.toBeNull();
  });
});
