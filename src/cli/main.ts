#!/usr/bin/env node
// cli: the `digitalindex` command; parses arguments only and loads each command's module on demand.
import { Command, Option } from 'commander';
import { defineAnalyse } from './definitions/analyse.js';
import { defineAudit } from './definitions/audit.js';
import { defineClassify } from './definitions/classify.js';
import { defineCompare } from './definitions/compare.js';
import { defineCompute } from './definitions/compute.js';
import { defineCrawl } from './definitions/crawl.js';
import { defineCrawlFirms } from './definitions/crawlFirms.js';
import { defineExplain } from './definitions/explain.js';
import { defineFindings } from './definitions/findings.js';
import { defineGeodata } from './definitions/geodata.js';
import { defineImport } from './definitions/import.js';
import { defineImportCoinr } from './definitions/importCoinr.js';
import { defineJobs } from './definitions/jobs.js';
import { definePublish } from './definitions/publish.js';
import { defineReport } from './definitions/report.js';
import { defineRun } from './definitions/run.js';
import { defineServe } from './definitions/serve.js';
import { defineUncertainty } from './definitions/uncertainty.js';
import { handleFailure } from './errors.js';

const program = new Command()
  .name('digitalindex')
  .description(
    'Builds, computes and publishes a regional digitalisation index (default: Digital-Index Ruhr).',
  )
  .version('0.1.0')
  .showHelpAfterError()
  .addOption(
    new Option('--db <path>', 'database file or URL (default: $DATABASE_URL, else ./digitalindex.db)'),
  );

// One line per command; each definition file declares options and lazily imports its implementation.
defineRun(program);
defineAudit(program);
defineImportCoinr(program);
defineImport(program);
defineCompute(program);
defineUncertainty(program);
defineExplain(program);
defineCompare(program);
defineGeodata(program);
defineServe(program);
definePublish(program);
defineCrawl(program);
defineCrawlFirms(program); // after defineCrawl: adds crawl import|export|purge|indicators

defineClassify(program);
defineAnalyse(program);
defineFindings(program);
defineReport(program);
defineJobs(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = handleFailure(error);
});
