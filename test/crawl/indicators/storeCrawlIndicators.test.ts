import { expect, it } from 'vitest';
import { importFirmList, markFirmCrawled, saveFirmClassification } from '../../../src/crawl/firms/index.js';
import {
  CrawlIndicatorConflictError,
  listCoverage,
  storeCrawlIndicators,
} from '../../../src/crawl/indicators/index.js';
import {
  getSource,
  insertValues,
  listValues,
  StoreError,
  upsertEdition,
  upsertSource,
} from '../../../src/store/index.js';
import { getValueProvenance, listImports } from '../../../src/store/provenance.js';
import { describeEachDatabase } from '../../store/databases.js';
import { edition } from '../../store/fixtures.js';
import { classification, RUHR, seedRuhr, tempFiles } from '../firms/fixtures.js';

const files = tempFiles();
const LIST = [
  'firm_id,name,url,ags,founded',
  'E1,Cloud GmbH,cloud.de,05113000,2022',
  'E2,KI Labs,ki-labs.de,05113000,',
  'E3,Bäckerei,baeckerei.de,05113000,1950',
  'E4,Ohne Web,,05113000,',
  'B1,Zeche IT,zeche-it.de,05911000,2019',
  'B2,Schmiede,,05911000,',
  'M1,Wartet,wartet.de,05117000,',
].join('\n');

/** E1 digital (2022), E2 digital + AI (founded 2021 per site), E3 not digital; B1 digital but founded 2019; M1 not crawled. */
async function crawlFixture(store: Parameters<typeof importFirmList>[0]): Promise<void> {
  await importFirmList(store, files.write('firms.csv', LIST));
  await markFirmCrawled(store, 'E1', { status: 'done', pages: 4, finalUrl: 'http://cloud.de/' });
  await saveFirmClassification(store, 'E1', classification());
  await markFirmCrawled(store, 'E2', { status: 'moved', pages: 2, finalUrl: 'https://ki.ruhr/' });
  await saveFirmClassification(
    store,
    'E2',
    classification({ aiAffine: true, aiScore: 3, foundedFromSite: 2021 }),
  );
  await markFirmCrawled(store, 'E3', { status: 'done', pages: 6, finalUrl: 'http://baeckerei.de/' });
  await saveFirmClassification(
    store,
    'E3',
    classification({ digitalAffine: false, digitalScore: 0.5, evidence: [] }),
  );
  await markFirmCrawled(store, 'B1', { status: 'done', pages: 3, finalUrl: 'http://zeche-it.de/' });
  await saveFirmClassification(store, 'B1', classification());
}

describeEachDatabase('crawl indicators', (store) => {
  it('stores counts per municipality with source, import log, provenance and coverage', async () => {
    await seedRuhr(store().db, [2025]);
    await crawlFixture(store());
    const report = await storeCrawlIndicators(store(), { edition: 2025 });
    expect(report.totals).toEqual({
      listed: 7,
      withWebsite: 5,
      crawled: 4,
      classified: 4,
      digitalAffine: 3,
      aiAffine: 1,
      digitalStartups: 2,
      outside: 0,
    });
    expect(report.values).toEqual({ new: 12, changed: 0, unchanged: 0, removed: 0 });
    const essen = report.units.find((u) => u.unitCode === RUHR.essen)!;
    expect(essen).toMatchObject({ name: 'Essen', classified: 3, digitalAffine: 2, digitalStartups: 2 });
    expect(essen.digitalShare).toBeCloseTo(200 / 3, 12);
    expect(essen.aiShare).toBeCloseTo(100 / 3, 12);

    const values = await listValues(store().db, { edition: 2025, unitSet: 'municipalities' });
    const table = values.map((v) => [v.unitCode, v.variable, v.value, v.missingReason, v.sourceId]);
    expect(table).toEqual([
      [RUHR.essen, 'ai_firms', 1, null, 'crawl-2025'],
      [RUHR.essen, 'digital_firms', 2, null, 'crawl-2025'],
      [RUHR.essen, 'digital_startups', 2, null, 'crawl-2025'],
      [RUHR.essen, 'firms_classified', 3, null, 'crawl-2025'],
      [RUHR.muelheim, 'ai_firms', null, 'unknown', 'crawl-2025'],
      [RUHR.muelheim, 'digital_firms', null, 'unknown', 'crawl-2025'],
      [RUHR.muelheim, 'digital_startups', null, 'unknown', 'crawl-2025'],
      [RUHR.muelheim, 'firms_classified', 0, null, 'crawl-2025'],
      [RUHR.bochum, 'ai_firms', 0, null, 'crawl-2025'],
      [RUHR.bochum, 'digital_firms', 1, null, 'crawl-2025'],
      [RUHR.bochum, 'digital_startups', 0, null, 'crawl-2025'],
      [RUHR.bochum, 'firms_classified', 1, null, 'crawl-2025'],
    ]);
    expect(new Set(values.map((v) => v.referenceDate))).toEqual(new Set([report.crawlDate]));

    const source = await getSource(store().db, 'crawl-2025');
    expect(source).toMatchObject({
      publisher: 'digitalindex crawl',
      table: 'crawl_firms',
      retrieved: report.crawlDate,
    });
    expect(source!.title).toBe(
      'Webcrawling der Unternehmenswebsites: 7 Unternehmen gelistet, 5 mit Website, 4 klassifiziert; ' +
        'Klassifikator dict-1; Start-ups: gegründet ≤ 5 Jahre vor 2025',
    );
    const imports = await listImports(store().db);
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({
      edition: 2025,
      sourceId: 'crawl-2025',
      format: 'crawl',
      counts: { new: 12, changed: 0, unchanged: 0, skipped: 0 },
    });
    const provenance = await getValueProvenance(store().db, {
      edition: 2025,
      unitSet: 'municipalities',
      unitCode: RUHR.essen,
      variable: 'digital_firms',
      sourceId: 'crawl-2025',
    });
    expect(provenance?.note).toBe(
      'crawl: 4 firms listed, 3 with a website, 3 crawled, 3 classified (classifier dict-1)',
    );

    const coverage = await listCoverage(store(), 2025, 'municipalities');
    expect(coverage.map((c) => [c.unitCode, c.listed, c.withWebsite, c.crawled, c.classified])).toEqual([
      [RUHR.essen, 4, 3, 3, 3],
      [RUHR.muelheim, 1, 1, 0, 0],
      [RUHR.bochum, 2, 1, 1, 1],
    ]);
  });

  it("re-running replaces the crawl's own values; a dry run writes nothing", async () => {
    await seedRuhr(store().db, [2025]);
    await crawlFixture(store());
    await storeCrawlIndicators(store(), { edition: 2025 });
    await markFirmCrawled(store(), 'M1', { status: 'done', pages: 1, finalUrl: 'http://wartet.de/' });
    await saveFirmClassification(store(), 'M1', classification());
    const dry = await storeCrawlIndicators(store(), { edition: 2025, dryRun: true });
    expect(dry.values).toEqual({ new: 0, changed: 4, unchanged: 8, removed: 0 });
    expect(dry.importId).toBeNull();
    expect(await listImports(store().db)).toHaveLength(1);
    const again = await storeCrawlIndicators(store(), { edition: 2025 });
    expect(again.values).toEqual({ new: 0, changed: 4, unchanged: 8, removed: 0 });
    const values = await listValues(store().db, { edition: 2025, unitSet: 'municipalities' });
    expect(values).toHaveLength(12);
    // M1: digital-affine, founding year unknown (so no start-up): ai 0, digital 1, start-ups 0, classified 1
    expect(values.filter((v) => v.unitCode === RUHR.muelheim).map((v) => v.value)).toEqual([0, 1, 0, 1]);
    expect(
      (await listCoverage(store(), 2025, 'municipalities')).find((c) => c.unitCode === RUHR.muelheim)!
        .classified,
    ).toBe(1);
    expect(await listImports(store().db)).toHaveLength(2);
  });

  it('values of the same variables from another source are a conflict unless replace', async () => {
    await seedRuhr(store().db, [2025]);
    await crawlFixture(store());
    await upsertSource(store().db, {
      id: 'demo',
      publisher: 'demo',
      table: null,
      title: null,
      licence: null,
      retrieved: null,
      fileName: null,
      fileHash: null,
      synthetic: true,
    });
    const demo = (unitCode: string, variable: string, value: number) => ({
      edition: 2025,
      unitSet: 'municipalities',
      unitCode,
      variable,
      value,
      missingReason: null,
      referenceDate: '2024-12-31',
      sourceId: 'demo',
      row: null,
      synthetic: true,
      confidential: false,
    });
    await insertValues(store(), [
      demo(RUHR.haltern, 'digital_firms', 9),
      demo(RUHR.haltern, 'population', 37000),
    ]);
    const error = await storeCrawlIndicators(store(), { edition: 2025 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CrawlIndicatorConflictError);
    expect((error as Error).message).toBe(
      'crawl indicators: field "digital_firms": 1 value of edition 2025 comes from another source ' +
        `(first: ${RUHR.haltern} digital_firms from source demo); nothing was stored, --replace replaces them`,
    );
    expect(await listImports(store().db)).toHaveLength(0);
    const report = await storeCrawlIndicators(store(), { edition: 2025, replace: true });
    expect(report.replacedOtherSources).toBe(1);
    const haltern = await listValues(store().db, { edition: 2025, unitSet: 'municipalities' });
    expect(haltern.filter((v) => v.unitCode === RUHR.haltern).map((v) => v.variable)).toEqual(['population']);
  });

  it('names a missing edition and a spec without the crawl variables', async () => {
    await seedRuhr(store().db, [2025]);
    await crawlFixture(store());
    await expect(storeCrawlIndicators(store(), { edition: 2030 })).rejects.toThrow(
      new StoreError('edition 2030 is not in the database (known: 2025)'),
    );
    await upsertEdition(store().db, edition(2024), []);
    await expect(storeCrawlIndicators(store(), { edition: 2024 })).rejects.toThrow(
      new StoreError(
        'the spec of edition 2024 has no digital_firms, ai_firms, digital_startups, firms_classified: the crawl stores ' +
          'digital_firms, ai_firms, digital_startups, firms_classified',
      ),
    );
  });
});
