// Import, classification, export and indicators of job ads against the database (SQLite, and PostgreSQL when configured).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CLASSIFY_PAGE, classifyStoredAds } from '../../src/jobs/classifyAds.js';
import { AdFileError } from '../../src/jobs/errors.js';
import { exportAds, NotClassifiedError } from '../../src/jobs/exportAds.js';
import { importAds } from '../../src/jobs/importAds.js';
import { storeJobIndicators } from '../../src/jobs/indicators.js';
import { reassignAds } from '../../src/jobs/reassign.js';
import type { AdClassification } from '../../src/jobs/classify/index.js';
import { listValues } from '../../src/store/index.js';
import { getValueProvenance, listImports } from '../../src/store/provenance.js';
import { describeEachDatabase } from '../store/databases.js';
import { seedBoundaries, seedEdition, seedUnits, tempDir } from './helpers.js';

const files = tempDir();
afterAll(() => files.remove());

const HEADER = 'id,title,description,employer,postcode,town,date,source,lat,lon';

/** A classifier for tests: an ad asks for AI skills when its description says "trainiert Modelle". */
function toyClassifier(ad: { title: string; description: string }): AdClassification {
  const hit = ad.description.includes('trainiert Modelle');
  return {
    aiSkill: hit,
    score: hit ? 5 : 0,
    evidence: hit ? [{ term: '=trainiert', snippet: 'trainiert Modelle, "intern"' }] : [],
    classifierVersion: 'toy-1',
  };
}

const ADS = [
  HEADER,
  'a1,ML Engineer (m/w/d),trainiert Modelle,Ruhr AG,45127,Essen-Rüttenscheid,2025-03-01,stepstone,,',
  'a2,ML Engineer (w/m/d),trainiert Modelle,Ruhr AG,,Essen,2025-03-20,indeed,,',
  'a3,Erzieherin,Kita,Stadt GE,,Gelsenkirchen-Buer,2025-03-02,jobsuche,,',
  'a4,Koch,Küche,Gasthaus,85053,Ingolstadt,2025-03-03,jobsuche,,',
  'a5,Data Scientist,trainiert Modelle,Data GmbH,,Mülheim a.d. Ruhr,2025-04-01,jobsuche,51.45,6.85',
  'a6,ML Engineer (m/w/d),trainiert Modelle,Ruhr AG,45127,Essen,2025-06-01,stepstone,,',
  'a1,ML Engineer (m/w/d),trainiert Modelle,Ruhr AG,45127,Essen,2025-03-01,jobsuche,,',
].join('\n');

describeEachDatabase('job ads', (store) => {
  it('imports, counts re-posts once, assigns, and re-importing adds nothing', async () => {
    await seedUnits(store());
    const file = files.write('ads.csv', ADS);
    const report = await importAds(store(), file);
    expect(report).toMatchObject({
      format: 'csv',
      read: 7,
      new: 5,
      knownIds: 0,
      repeatedIds: 1,
      nearDuplicates: 1,
      assigned: { coordinates: 0, postcode: 0, town: 4 },
      unassigned: 1,
      unassignedReasons: { 'town not recognised': 1 },
      unitsFrom: 'database',
    });
    const again = await importAds(store(), file);
    expect(again).toMatchObject({ read: 7, new: 0, knownIds: 7, repeatedIds: 0, nearDuplicates: 0 });
    const rows = await store()
      .db.selectFrom('job_ads')
      .select(['id', 'ags', 'duplicate_of', 'assigned_by'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'a1', ags: '05113000', duplicate_of: null, assigned_by: 'town' },
      { id: 'a2', ags: '05113000', duplicate_of: 'a1', assigned_by: 'town' },
      { id: 'a3', ags: '05513000', duplicate_of: null, assigned_by: 'town' },
      { id: 'a4', ags: null, duplicate_of: null, assigned_by: null },
      { id: 'a5', ags: '05117000', duplicate_of: null, assigned_by: 'town' },
      { id: 'a6', ags: '05113000', duplicate_of: null, assigned_by: 'town' },
    ]);
  });

  it('rejects a malformed file whole: every problem by line, the database unchanged', async () => {
    await seedUnits(store());
    await importAds(
      store(),
      files.write(
        'first.jsonl',
        JSON.stringify({
          id: 'k1',
          title: 'T',
          description: '',
          employer: 'E',
          postcode: '',
          town: 'Essen',
          date: '2025-01-01',
          source: 's',
        }) + '\n',
      ),
    );
    const before = await store().db.selectFrom('job_ads').selectAll().execute();
    const importsBefore = await store().db.selectFrom('job_imports').selectAll().execute();
    const lines = [HEADER];
    for (let i = 0; i < 1200; i++) lines.push(`m${i},T,D,E,45127,Essen,2025-01-01,s,,`);
    lines.push('bad1,T,D,E,45127,Essen,2025-13-01,s,,');
    lines.push(',T,D,E,45127,Essen,2025-01-01,s,,');
    const bad = files.write('bad.csv', lines.join('\n'));
    const error = await importAds(store(), bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdFileError);
    expect((error as Error).message).toBe(
      `2 problems in ${bad}; nothing was imported:\n` +
        `  ${bad}:1202: field "date": "2025-13-01" is not a date (YYYY-MM-DD or DD.MM.YYYY)\n` +
        `  ${bad}:1203: field "id": is empty`,
    );
    expect(await store().db.selectFrom('job_ads').selectAll().execute()).toEqual(before);
    expect(await store().db.selectFrom('job_imports').selectAll().execute()).toEqual(importsBefore);
  });

  it('assigns by boundaries and postcodes once they are there (import and re-assignment)', async () => {
    await seedUnits(store());
    const file = files.write(
      'places.csv',
      [
        HEADER,
        'p1,T1,D,E,45127,Gelsenkirchen,2025-01-01,s,51.45,7.05',
        'p2,T2,D,E,45127,,2025-01-01,s,,',
        'p3,T3,D,E,,Essen,2025-01-01,s,52.9,7.05',
      ].join('\n'),
    );
    await importAds(store(), file);
    const plz = files.write('plz.csv', 'postcode,ags\n45127,05113000\n');
    await seedBoundaries(store());
    const report = await reassignAds(store(), { postcodesFile: plz });
    expect(report).toMatchObject({
      ads: 3,
      changed: 2,
      assigned: { coordinates: 1, postcode: 1, town: 0 },
      unassigned: 1,
    });
    const rows = await store()
      .db.selectFrom('job_ads')
      .select(['id', 'ags', 'assigned_by'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'p1', ags: '05113000', assigned_by: 'coordinates' },
      { id: 'p2', ags: '05113000', assigned_by: 'postcode' },
      { id: 'p3', ags: null, assigned_by: null },
    ]);
  });

  it('re-links re-posts after re-assignment: ads that now share a municipality count once, others twice', async () => {
    await seedUnits(store());
    // r1, r2: the same job of one employer 9 days apart; r1 names a district of Essen that is no town of the
    // master data, r2 only the postcode: at import their keys differ (town text vs postcode), both count.
    // r3: the same job 49 days after r1 (outside 30 days); r4: another job. r5, r6: one job, no town, the same
    // postcode, so r6 is a re-post of r5 at import; their coordinates lie in Essen and in Gelsenkirchen.
    const file = files.write(
      'reposts.csv',
      [
        HEADER,
        'r1,Koch (m/w/d),Küche,Gasthaus Ruhr,45127,Rüttenscheid,2025-02-01,a,,',
        'r2,Koch (w/m/d),Küche,Gasthaus Ruhr,45127,,2025-02-10,b,,',
        'r3,Koch (m/w/d),Küche,Gasthaus Ruhr,45127,,2025-03-22,c,,',
        'r4,Kellner (m/w/d),Service,Gasthaus Ruhr,45127,,2025-02-01,a,,',
        'r5,Elektriker (m/w/d),Netz,Stadtwerke,44000,,2025-02-01,a,51.45,7.05',
        'r6,Elektriker (m/w/d),Netz,Stadtwerke,44000,,2025-02-05,b,51.55,7.05',
      ].join('\n'),
    );
    expect(await importAds(store(), file)).toMatchObject({ new: 5, nearDuplicates: 1 });
    const links = () =>
      store().db.selectFrom('job_ads').select(['id', 'ags', 'duplicate_of']).orderBy('id').execute();
    expect((await links()).map((r) => r.duplicate_of)).toEqual([null, null, null, null, null, 'r5']);

    await seedBoundaries(store());
    const plz = files.write('plz-reposts.csv', 'postcode,ags\n45127,05113000\n');
    const report = await reassignAds(store(), { postcodesFile: plz });
    expect(await links()).toEqual([
      { id: 'r1', ags: '05113000', duplicate_of: null },
      { id: 'r2', ags: '05113000', duplicate_of: 'r1' },
      { id: 'r3', ags: '05113000', duplicate_of: null },
      { id: 'r4', ags: '05113000', duplicate_of: null },
      { id: 'r5', ags: '05113000', duplicate_of: null },
      { id: 'r6', ags: '05513000', duplicate_of: null },
    ]);
    expect(report).toMatchObject({
      ads: 6,
      assigned: { coordinates: 2, postcode: 3, town: 0 },
      unassigned: 0,
      duplicates: { keysChanged: 6, linksChanged: 2, duplicates: 1 },
    });
    // nothing changes the second time
    expect((await reassignAds(store())).duplicates).toEqual({
      keysChanged: 0,
      linksChanged: 0,
      duplicates: 1,
    });
  });

  it('classifies, exports (formula cells neutralised) and stores the indicator with provenance', async () => {
    await seedUnits(store());
    await seedEdition(store(), 2025);
    await importAds(store(), files.write('ads2.csv', ADS));
    const out = join(files.dir, `export-${Math.random().toString(36).slice(2)}.csv`);
    await expect(exportAds(store(), out)).rejects.toBeInstanceOf(NotClassifiedError);

    const classified = await classifyStoredAds(store(), { classify: toyClassifier, version: 'toy-1' });
    expect(classified).toMatchObject({ classified: 6, aiSkill: 4 });
    expect((await classifyStoredAds(store(), { classify: toyClassifier, version: 'toy-1' })).classified).toBe(
      0,
    );

    // The real classifier's version is what export and indicators ask for: classify with it.
    await classifyStoredAds(store());
    const exported = await exportAds(store(), out);
    expect(exported).toMatchObject({ rows: 5, duplicates: 1, unassigned: 1 });
    const csv = readFileSync(out, 'utf8').split('\r\n');
    expect(csv[0]).toBe('ad_id,ags,ai_skill,evidence');
    expect(csv.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'a1,05113000',
      'a3,05513000',
      'a4,',
      'a5,05117000',
      'a6,05113000',
    ]);

    // A hand case for the indicator: set verdicts directly (a1 and a5 ask for AI skills).
    await store().db.updateTable('job_ads').set({ ai_skill: 0 }).execute();
    await store().db.updateTable('job_ads').set({ ai_skill: 1 }).where('id', 'in', ['a1', 'a5']).execute();
    const report = await storeJobIndicators(store(), { edition: 2025 });
    expect(report.municipalities).toEqual([
      { ags: '05113000', name: 'Essen', ads: 2, aiAds: 1, share: 50 },
      { ags: '05117000', name: 'Mülheim an der Ruhr', ads: 1, aiAds: 1, share: 100 },
      { ags: '05513000', name: 'Gelsenkirchen', ads: 1, aiAds: 0, share: 0 },
      { ags: '05954008', name: 'Castrop-Rauxel', ads: 0, aiAds: 0, share: null },
    ]);
    expect(report).toMatchObject({
      withoutAds: 1,
      withoutAiAds: 2,
      totals: { ads: 4, aiAds: 2, unassignedAds: 1 },
      referenceDate: '2025-06-01',
      values: { new: 8, changed: 0, unchanged: 0 },
      applied: true,
    });
    const values = await listValues(store().db, { edition: 2025, unitSet: 'municipalities' });
    expect(values.filter((v) => v.unitCode === '05113000').map((v) => [v.variable, v.value])).toEqual([
      ['ai_job_ads', 1],
      ['job_ads', 2],
    ]);
    const provenance = await getValueProvenance(store().db, {
      edition: 2025,
      unitSet: 'municipalities',
      unitCode: '05113000',
      variable: 'ai_job_ads',
      sourceId: report.sourceId,
    });
    expect(provenance?.note).toMatch(/^1 of 2 ads ask for AI skills \(50\.00 %\); assigned by town 2; /);
    expect((await listImports(store().db)).at(-1)).toMatchObject({ format: 'job-ads', counts: { new: 8 } });

    // Same counts again: nothing changes; different counts: a conflict unless --replace.
    expect((await storeJobIndicators(store(), { edition: 2025 })).values).toEqual({
      new: 0,
      changed: 0,
      unchanged: 8,
    });
    await store().db.updateTable('job_ads').set({ ai_skill: 0 }).where('id', '=', 'a5').execute();
    await expect(storeJobIndicators(store(), { edition: 2025 })).rejects.toThrow(
      /1 value of edition 2025 differs/,
    );
    const replaced = await storeJobIndicators(store(), { edition: 2025, replace: true });
    expect(replaced.values).toEqual({ new: 0, changed: 1, unchanged: 7 });
  });

  it('classifies on worker threads, pages pipelined, exactly as in this thread', async () => {
    await seedUnits(store());
    const texts = [
      ['Machine Learning Engineer (m/w/d)', 'Sie trainieren neuronale Netze mit PyTorch.'],
      ['Erzieher (m/w/d)', 'Unsere Kita sucht Verstärkung; wir nutzen KI-Tools im Recruiting.'],
      ['Koch', 'Frische Küche.'],
    ];
    const lines = [HEADER];
    for (let i = 0; i < CLASSIFY_PAGE * 2 + 345; i++) {
      const [title, description] = texts[i % 3]!;
      lines.push(
        `t${String(i).padStart(5, '0')},${title},${description},Firma ${i},,Essen,2025-05-01,test,,`,
      );
    }
    await importAds(
      store(),
      files.write(`threads-${Math.random().toString(36).slice(2)}.csv`, lines.join('\n')),
    );
    const verdicts = () =>
      store()
        .db.selectFrom('job_ads')
        .select(['id', 'ai_skill', 'score', 'evidence'])
        .orderBy('id')
        .execute();

    const inThread = await classifyStoredAds(store(), { threads: 0 });
    const expected = await verdicts();
    await store().db.updateTable('job_ads').set({ ai_skill: null, score: null, evidence: null }).execute();
    const onThreads = await classifyStoredAds(store(), { threads: 2, all: true });
    expect(onThreads).toMatchObject({
      classified: inThread.classified,
      aiSkill: inThread.aiSkill,
      threads: 2,
    });
    expect(inThread).toMatchObject({ classified: CLASSIFY_PAGE * 2 + 345, aiSkill: 782, threads: 0 });
    expect(await verdicts()).toEqual(expected);
  });

  it('counts only the ads of a period', async () => {
    await seedUnits(store());
    await seedEdition(store(), 2025);
    await importAds(store(), files.write('ads3.csv', ADS));
    await classifyStoredAds(store());
    const report = await storeJobIndicators(store(), {
      edition: 2025,
      from: '2025-03-01',
      to: '2025-03-31',
      dryRun: true,
    });
    expect(report.totals.ads).toBe(2);
    expect(report.referenceDate).toBe('2025-03-31');
    expect(report.applied).toBe(false);
  });
});

it('neutralises and quotes CSV cells', async () => {
  const { csvRow, neutralise } = await import('../../src/jobs/exportAds.js');
  expect(['=1+1', '+49', '-2', '@SUM(A1)', 'ok', '\tx'].map(neutralise)).toEqual([
    "'=1+1",
    "'+49",
    "'-2",
    "'@SUM(A1)",
    'ok',
    "'\tx",
  ]);
  expect(csvRow(['a', 'b,c', 'say "hi"', '=x'])).toBe('a,"b,c","say ""hi""",\'=x\r\n');
});
