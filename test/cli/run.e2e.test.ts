import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfBundledData, runCli, tempDir } from './helpers.js';

interface RankedJson {
  ags?: string;
  code?: string;
  name: string;
  rank: number;
  index: number;
  subIndices: Record<string, number>;
}
interface RunJson {
  edition: number;
  synthetic: boolean;
  municipalities: RankedJson[];
  regions: RankedJson[];
}

const FRONT_RUNNERS = [
  'Dortmund',
  'Holzwickede',
  'Bochum',
  'Essen',
  'Haltern am See',
  'Hünxe',
  'Gelsenkirchen',
];

function topBy(units: RankedJson[], subIndex: string, n: number, last = false): string[] {
  const sorted = [...units].sort((a, b) => b.subIndices[subIndex]! - a.subIndices[subIndex]!);
  return (last ? sorted.slice(-n) : sorted.slice(0, n)).map((u) => u.name);
}

describe('digitalindex run on the bundled data', () => {
  let cwd: string;
  let doc: RunJson;
  beforeAll(() => {
    cwd = tempDir();
    const result = runCli(['run', '--json'], cwd);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    doc = JSON.parse(result.stdout) as RunJson;
  });

  it('lists 53 municipalities and 12 regions of the latest edition, sorted by rank, labelled synthetic', () => {
    expect(doc.edition).toBe(2025);
    expect(doc.synthetic).toBe(true);
    expect(doc.municipalities).toHaveLength(53);
    expect(doc.regions).toHaveLength(12);
    for (const list of [doc.municipalities, doc.regions]) {
      const ranks = list.map((u) => u.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const u of list) {
        expect(Object.keys(u.subIndices)).toEqual(['research', 'employment', 'companies', 'infrastructure']);
        const mean = Object.values(u.subIndices).reduce((a, b) => a + b, 0) / 4;
        expect(u.index).toBeCloseTo(mean, 10);
      }
    }
    expect(doc.municipalities[0]!.ags).toMatch(/^\d{8}$/);
  });

  it('shows the seven front-runners above the Ruhr average, in order', () => {
    const mean = doc.municipalities.reduce((sum, u) => sum + u.index, 0) / doc.municipalities.length;
    expect(doc.municipalities.filter((u) => u.index > mean).map((u) => u.name)).toEqual(FRONT_RUNNERS);
  });

  it('shows the sub-index leaders and laggards of the article', () => {
    const m = doc.municipalities;
    expect(new Set(topBy(m, 'research', 2))).toEqual(new Set(['Bochum', 'Dortmund']));
    expect(topBy(m, 'infrastructure', 3)).toEqual(['Hünxe', 'Schermbeck', 'Sonsbeck']);
    expect(topBy(m, 'employment', 3)).toEqual(['Dortmund', 'Holzwickede', 'Essen']);
    expect(new Set(topBy(m, 'employment', 3, true))).toEqual(new Set(['Sonsbeck', 'Xanten', 'Schermbeck']));
  });

  it('ranks the Ruhr 10th of the 12 metropolitan regions', () => {
    expect(doc.regions.find((r) => r.code === 'ruhr')).toMatchObject({ name: 'Metropole Ruhr', rank: 10 });
  });

  it('writes the results as CSV and JSON and gives the same results when run twice', () => {
    const csv = readFileSync(join(cwd, 'out/2025/municipalities.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('edition,synthetic,rank,ags,name,index,research,employment,companies,infrastructure');
    expect(csv[1]).toMatch(/^2025,1,1,05913000,Dortmund,/);
    expect(csv.filter((l) => l !== '')).toHaveLength(54);
    expect(existsSync(join(cwd, 'out/2025/regions.csv'))).toBe(true);
    const again = runCli(['run', '--json'], cwd);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(doc);
    const db = new Database(join(cwd, 'digitalindex.db'), { readonly: true });
    const count = db.prepare('select count(*) as n from computations').get() as { n: number };
    db.close();
    expect(count.n).toBe(4); // 2 editions x 2 unit sets, replaced rather than added on the second run
  });

  it('prints a German table with German number formatting and the synthetic notice', () => {
    const result = runCli(['run'], cwd);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('synthetische Demodaten');
    expect(result.stdout).toMatch(/\n\s*1\s+05913000\s+Dortmund\s+\d+,\d\s/);
  });

  it('honours --db and DATABASE_URL', () => {
    const viaFlag = runCli(['--db', 'elsewhere.db', 'run', '--json'], cwd);
    expect(viaFlag.status).toBe(0);
    expect(existsSync(join(cwd, 'elsewhere.db'))).toBe(true);
    const viaEnv = runCli(['run', '--json'], cwd, { DATABASE_URL: join(cwd, 'env.db') });
    expect(viaEnv.status).toBe(0);
    expect(existsSync(join(cwd, 'env.db'))).toBe(true);
  });
});

describe('digitalindex run on broken input', () => {
  const dump = (file: string) => {
    const db = new Database(file, { readonly: true });
    const rows = db
      .prepare('select * from observed_values order by edition, unit_set, unit_code, variable')
      .all();
    const results = db.prepare('select count(*) as n from results').get();
    db.close();
    return JSON.stringify([rows, results]);
  };

  const cases: { name: string; file: string; edit: (text: string) => string; message: RegExp }[] = [
    {
      name: 'text in a numeric cell',
      file: 'demo/values-2025.csv',
      edit: (t) => t.replace(/(\n2025,municipalities,05112000,digital_patents,)[^,]*/, '$1zwölf'),
      message: /values-2025\.csv:\d+: field "value": "zwölf" is not a number/,
    },
    {
      name: 'a bad AGS in the master data',
      file: 'master/municipalities.csv',
      edit: (t) => t.replace('05112000,Duisburg', '5112000,Duisburg'),
      message: /municipalities\.csv:4: field "ags": "5112000" is not an 8-digit AGS/,
    },
    {
      name: 'an unknown indicator',
      file: 'demo/values-2025.csv',
      edit: (t) => t.replace(',05112000,digital_patents,', ',05112000,digital_patentz,'),
      message: /values-2025\.csv:\d+: field "variable": unknown indicator or denominator "digital_patentz"/,
    },
    {
      name: 'a cycle in the hierarchy',
      file: 'specs/digital-index-ruhr.yaml',
      edit: (t) =>
        t
          .replace(
            '  - code: research\n    name: { de: Forschung, en: Research }\n    parent: index',
            '  - code: research\n    name: { de: Forschung, en: Research }\n    parent: employment',
          )
          .replace(
            '  - code: employment\n    name: { de: Beschäftigung, en: Employment }\n    parent: index',
            '  - code: employment\n    name: { de: Beschäftigung, en: Employment }\n    parent: research',
          ),
      message:
        /digital-index-ruhr\.yaml:\d+: aggregates\[0\]\.parent: cycle in the hierarchy: research → employment → research/,
    },
  ];

  for (const c of cases) {
    it(`stops on ${c.name} with file, line and field, exit code 3 and an unchanged database`, () => {
      const cwd = tempDir();
      expect(runCli(['run', '--json'], cwd).status).toBe(0);
      const before = dump(join(cwd, 'digitalindex.db'));
      const data = copyOfBundledData();
      const target = join(data, c.file);
      writeFileSync(target, c.edit(readFileSync(target, 'utf8')));
      const result = runCli(['run', '--bundle', join(data, 'bundle.json')], cwd);
      expect(result.status).toBe(3);
      expect(result.stderr).toMatch(c.message);
      expect(dump(join(cwd, 'digitalindex.db'))).toBe(before);
    });
  }
});

describe('digitalindex run after an import', () => {
  const storedAiFirms = (file: string, edition: number) => {
    const db = new Database(file, { readonly: true });
    const row = db
      .prepare(
        "select value, source_id as source from observed_values where edition = ? and unit_set = 'municipalities' " +
          "and unit_code = '05913000' and variable = 'ai_firms'",
      )
      .get(edition) as { value: number; source: string };
    db.close();
    return row;
  };

  it('keeps the imported values of an edition, and still reloads the editions no import touched', () => {
    const cwd = tempDir();
    expect(runCli(['run', '--json'], cwd).status).toBe(0);
    const db = join(cwd, 'digitalindex.db');
    const bundled = storedAiFirms(db, 2025);
    const bundled2024 = storedAiFirms(db, 2024);
    const imported = bundled.value + 1234;
    writeFileSync(join(cwd, 'ki.csv'), `AGS;Gemeinde;KI-Unternehmen\n05913000;Dortmund;${imported}\n`);
    writeFileSync(
      join(cwd, 'ki.yaml'),
      'source: { publisher: IW Consult, title: KI-affine Unternehmen }\nreferenceDate: 2025-03-31\n' +
        'table: { labelColumn: Gemeinde }\nvalues:\n  - { target: ai_firms, variable: KI-Unternehmen }\n',
    );
    const imports = runCli(
      ['import', 'ki.csv', '--mapping', 'ki.yaml', '--edition', '2025', '--replace'],
      cwd,
    );
    expect(imports.stderr).toBe('');
    expect(imports.status).toBe(0);
    expect(storedAiFirms(db, 2025).value).toBe(imported);

    const again = runCli(['run', '--json'], cwd);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('Ausgabe 2025: enthält importierte Werte, nicht aus dem Bundle neu geladen.\n');
    const kept = storedAiFirms(db, 2025);
    expect(kept.value).toBe(imported);
    expect(kept.source).not.toBe(bundled.source);
    // The ranking of 2025 is computed from the imported value: Dortmund's companies sub-index moves.
    const before = JSON.parse(runCli(['run', '--json'], tempDir()).stdout) as RunJson;
    const after = JSON.parse(again.stdout) as RunJson;
    const dortmund = (doc: RunJson) => doc.municipalities.find((u) => u.ags === '05913000')!;
    expect(dortmund(after).subIndices.companies).not.toBe(dortmund(before).subIndices.companies);
    // 2024 had no import: it is loaded from the bundle again, as before.
    expect(storedAiFirms(db, 2024)).toEqual(bundled2024);
  });
});
