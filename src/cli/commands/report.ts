// `digitalindex report`: the edition report or unit profiles as PDF, printed by headless Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { findUnit } from '../../analysis/access.js';
import {
  buildEditionReport,
  buildUnitReports,
  ChromiumMissingError,
  loadReportData,
  PdfPrinter,
  robustnessOf,
} from '../../publish/report/index.js';
import { openExistingStore } from '../../workflow/import/existingStore.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { EXIT } from '../errors.js';

export interface ReportCommandOptions extends GlobalOptions {
  out: string;
  edition?: number;
  unit?: string;
  allUnits?: boolean;
  lang: 'de' | 'en';
  runs: number;
  seed: number;
  html?: boolean;
  json?: boolean;
}

export async function reportCommand(o: ReportCommandOptions): Promise<void> {
  const store = await openExistingStore(databaseLocation(o));
  let data;
  try {
    data = await loadReportData(store, o.edition);
  } finally {
    await store.close();
  }
  const m = data.input.municipalities;
  const options = {
    lang: o.lang,
    generatedAt: new Date().toISOString().slice(0, 10),
    seed: o.seed,
    runs: o.runs,
  };
  const footer = `${m.title[o.lang]} ${m.edition}${m.synthetic ? (o.lang === 'de' ? ' · synthetische Demodaten' : ' · synthetic demo data') : ''}`;
  let documents: { file: string; html: string }[];
  if (o.unit || o.allUnits) {
    let codes: string[];
    if (o.unit) {
      const i = findUnit(m, o.unit);
      if (i < 0) {
        process.stderr.write(`digitalindex: usage error: unknown unit "${o.unit}"\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      codes = [m.units[i]!.code];
    } else codes = m.units.map((u) => u.code);
    const robustness = robustnessOf(data, options);
    documents = buildUnitReports(data, codes, options, robustness).map((r) => ({
      file: o.allUnits ? join(o.out, `${r.code}.pdf`) : o.out,
      html: r.html,
    }));
  } else {
    documents = [{ file: o.out, html: buildEditionReport(data, options) }];
  }
  let printer: PdfPrinter;
  try {
    printer = await PdfPrinter.start();
  } catch (error) {
    if (!(error instanceof ChromiumMissingError)) throw error;
    process.stderr.write(`digitalindex: ${error.message}\n`);
    process.exitCode = EXIT.unexpected;
    return;
  }
  const bar =
    documents.length > 1 && !o.json && process.stderr.isTTY
      ? new SingleBar({ format: 'PDF {bar} {value}/{total}' }, Presets.shades_classic)
      : null;
  bar?.start(documents.length, 0);
  try {
    for (const d of documents) {
      mkdirSync(dirname(d.file), { recursive: true });
      if (o.html) writeFileSync(d.file.replace(/\.pdf$/i, '') + '.html', d.html);
      await printer.print(d.html, d.file, footer);
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await printer.close();
  }
  const files = documents.map((d) => d.file);
  process.stdout.write(
    o.json
      ? JSON.stringify({ edition: m.edition, synthetic: m.synthetic, files }, null, 2) + '\n'
      : `${o.lang === 'de' ? 'Geschrieben' : 'Written'}: ${files.length === 1 ? files[0] : `${files.length} PDF in ${o.out}`}\n`,
  );
}
