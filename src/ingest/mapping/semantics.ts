// Checks of a mapping that the schema cannot express; each problem names its path in the document.
import type { Mapping } from './schema.js';
import { conversionFactor } from './units.js';

export interface MappingProblem {
  path: (string | number)[];
  message: string;
}

export function checkMapping(mapping: Mapping): MappingProblem | null {
  const fed = new Map<string, number>();
  for (const [i, entry] of mapping.values.entries()) {
    const at = (field: string): (string | number)[] => ['values', i, field];
    if (entry.factor !== undefined && entry.units !== undefined) {
      return { path: at('units'), message: 'give either factor or units, not both' };
    }
    if (entry.units !== undefined) {
      const conversion = conversionFactor(entry.units.from, entry.units.to);
      if ('problem' in conversion) return { path: at('units'), message: conversion.problem };
    }
    const level = entry.level ?? mapping.level;
    const allocation = entry.allocation ?? mapping.allocation;
    const measure = entry.measure ?? mapping.measure;
    if (level === 'district' && allocation === undefined) {
      return {
        path: at('allocation'),
        message: 'a district-level value needs allocation: population, employees or as-is',
      };
    }
    if (level === 'municipality' && entry.allocation !== undefined) {
      return {
        path: at('allocation'),
        message: 'allocation applies to district-level values only (level: district)',
      };
    }
    if (level === 'district' && allocation !== 'as-is' && measure === 'rate') {
      return {
        path: at('allocation'),
        message: `a rate cannot be split by ${allocation}: use as-is (every municipality gets the district's rate)`,
      };
    }
    if (mapping.crosswalk !== undefined && measure === undefined) {
      return { path: at('measure'), message: 'with a crosswalk every value needs measure: count or rate' };
    }
    const key = JSON.stringify([entry.target, entry.edition ?? mapping.edition ?? null, entry.time ?? null]);
    const first = fed.get(key);
    if (first !== undefined) {
      return {
        path: at('target'),
        message: `"${entry.target}" is already fed by values[${first}] for the same edition and time`,
      };
    }
    fed.set(key, i);
  }
  return null;
}
