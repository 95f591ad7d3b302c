import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

interface ValueJson {
  variable: string;
  value: number | string | null;
  confidential: boolean;
  referenceDate: string;
  row: number | null;
  source: { id: string; publisher: string; licence: string | null } | null;
}
interface ExplainJson {
  edition: number;
  synthetic: boolean;
  unit: { code: string; name: string };
  node: { code: string; kind: string };
  numerator: ValueJson;
  denominator: (ValueJson & { scale: number }) | null;
  steps: {
    denominated: { value: number | string; scale: number };
    imputed: { imputed: boolean };
    treated: { changed: boolean };
    normalised: { value: number | string; rank: number; method: string };
    shareOfIndex: number;
    path: { node: string; child: string; childShare: number; score: number; rank: number }[];
  };
  usedBy: string[];
}
interface RunJson {
  municipalities: { ags: string; rank: number; index: number; subIndices: Record<string, number> }[];
}

describe('digitalindex explain', () => {
  let cwd: string;
  let run: RunJson;
  beforeAll(() => {
    cwd = tempDir();
    const result = runCli(['run', '--json'], cwd);
    expect(result.status, result.stderr).toBe(0);
    run = JSON.parse(result.stdout) as RunJson;
  });

  const explain = (...args: string[]) => {
    const result = runCli(['explain', ...args], cwd);
    expect(result.status, result.stderr).toBe(0);
    return result;
  };

  it('traces an indicator of Dortmund from its stored inputs to the index, as the ranking has it', () => {
    const doc = JSON.parse(explain('05913000', 'research_institutions', '--json').stdout) as ExplainJson;
    expect(doc).toMatchObject({
      edition: 2025,
      synthetic: true,
      unit: { code: '05913000', name: 'Dortmund' },
    });
    expect(doc.numerator).toMatchObject({ variable: 'research_institutions', confidential: false });
    expect(doc.numerator.source?.id).toBe('demo-research-institutions');
    expect(doc.numerator.row).toBeGreaterThan(1);
    expect(doc.denominator).toMatchObject({
      variable: 'population',
      scale: 100000,
      source: { id: 'destatis-gv-2021', licence: 'dl-de/by-2-0' },
      referenceDate: '2021-12-31',
    });
    const raw = doc.numerator.value as number;
    const population = doc.denominator!.value as number;
    expect(doc.steps.denominated.value).toBeCloseTo((raw / population) * 100000, 10);
    expect(doc.steps.normalised.method).toBe('minmax(low=0;high=100)');
    expect(doc.steps.path.map((p) => [p.node, p.child])).toEqual([
      ['research', 'research_institutions'],
      ['index', 'research'],
    ]);
    const dortmund = run.municipalities.find((m) => m.ags === '05913000')!;
    expect(doc.steps.path[0]!.score).toBeCloseTo(dortmund.subIndices.research!, 10);
    expect(doc.steps.path[1]).toMatchObject({ rank: dortmund.rank });
    expect(doc.steps.path[1]!.score).toBeCloseTo(dortmund.index, 10);
    expect(doc.steps.shareOfIndex).toBeCloseTo(1 / 12, 10);
  });

  it('prints the same in German text', () => {
    const text = explain('05913000', 'research_institutions').stdout;
    expect(text).toContain('Einheit: 05913000 Dortmund');
    expect(text).toContain('Nenner population: ');
    expect(text).toContain('Lizenz dl-de/by-2-0');
    expect(text).toMatch(
      /index \(Digital-Index, arithmetic\): research mit Gewicht 1 \(Anteil 25,0 %\) → [\d,]+ \(Rang 1\)/,
    );
  });

  it('explains a denominator and names the indicators that use it', () => {
    const doc = JSON.parse(explain('05913000', 'employees', '--json').stdout) as ExplainJson;
    expect(doc.node).toEqual(expect.objectContaining({ code: 'employees', kind: 'denominator' }));
    expect(doc.steps).toBeNull();
    expect(doc.usedBy).toEqual(['research_projects', 'digital_patents', 'it_employees', 'it_graduates']);
  });

  it('shows "vertraulich" for a confidential input unless --internal is given', () => {
    const db = new Database(join(cwd, 'digitalindex.db'));
    db.prepare(
      "update observed_values set confidential = 1 where edition = 2025 and unit_code = '05913000' and variable = 'research_institutions'",
    ).run();
    db.close();
    const shown = JSON.parse(explain('05913000', 'research_institutions', '--json').stdout) as ExplainJson;
    expect(shown.numerator).toMatchObject({ value: 'vertraulich', confidential: true });
    expect(shown.steps.denominated.value).toBe('vertraulich');
    expect(shown.steps.normalised.value).toBe('vertraulich');
    expect(typeof shown.denominator!.value).toBe('number');
    expect(typeof shown.steps.path[1]!.score).toBe('number');
    const text = explain('05913000', 'research_institutions').stdout;
    expect(text).toContain('Zähler research_institutions: vertraulich [vertraulich]');
    expect(text).not.toMatch(/Zähler research_institutions: \d/);
    const internal = JSON.parse(
      explain('05913000', 'research_institutions', '--json', '--internal').stdout,
    ) as ExplainJson;
    expect(typeof internal.numerator.value).toBe('number');
    expect(typeof internal.steps.denominated.value).toBe('number');
  });

  it('names an unknown unit or indicator with exit code 3', () => {
    const unit = runCli(['explain', '05913999', 'research_institutions'], cwd);
    expect(unit.status).toBe(3);
    expect(unit.stderr).toBe(
      'digitalindex: input error: explain: field "unit": "05913999" is not a unit of municipalities (e.g. 05112000)\n',
    );
    const code = runCli(['explain', '05913000', 'reserch'], cwd);
    expect(code.status).toBe(3);
    expect(code.stderr).toMatch(/field "indicator": "reserch" is neither an indicator nor a denominator/);
    const edition = runCli(['explain', '05913000', 'gigabit', '--edition', '2019'], cwd);
    expect(edition.status).toBe(4);
    expect(edition.stderr).toContain('edition 2019 is not in the database (known: 2024, 2025)');
  });
});
