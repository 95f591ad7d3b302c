// `digitalindex import FILE`: what an import would change or changed, as text or JSON; conflicts exit with 3.
import cliProgress from 'cli-progress';
import { resolve } from 'node:path';
import { publicText } from '../../publish/confidential.js';
import { openStore } from '../../store/index.js';
import { importTable, ImportConflictError, type ImportReport } from '../../workflow/importTable.js';
import type { ValueChange } from '../../workflow/import/types.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { formatNumber, renderTable } from '../table.js';

export interface ImportOptions extends GlobalOptions {
  edition: number;
  mapping?: string;
  dryRun?: boolean;
  replace?: boolean;
  retrieved?: string;
  json?: boolean;
}

export async function importCommand(file: string, options: ImportOptions): Promise<void> {
  const store = await openStore(databaseLocation(options));
  const progress = rowCounter(!options.json && process.stderr.isTTY === true);
  try {
    const report = await importTable(store, {
      file: resolve(file),
      edition: options.edition,
      ...(options.mapping ? { mappingFile: resolve(options.mapping) } : {}),
      dryRun: Boolean(options.dryRun),
      replace: Boolean(options.replace),
      ...(options.retrieved ? { retrieved: options.retrieved } : {}),
      ...(progress ? { onRows: progress.update } : {}),
    });
    progress?.stop();
    print(report, options);
  } catch (error) {
    progress?.stop();
    if (error instanceof ImportConflictError) print(error.report, options);
    throw error;
  } finally {
    await store.close();
  }
}

/** A running count of the rows read, on a terminal (stderr), while a large file is imported. */
function rowCounter(shown: boolean): { update: (rows: number) => void; stop: () => void } | null {
  if (!shown) return null;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'Import: {rows} Zeilen gelesen', hideCursor: true, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (rows) => {
      const payload = { rows: formatNumber(rows, 'de', 0) };
      if (!started) bar.start(0, 0, payload);
      started = true;
      bar.update(rows, payload);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function print(report: ImportReport, options: ImportOptions): void {
  process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : renderReport(report) + '\n');
}

export function renderReport(r: ImportReport): string {
  const c = r.counts;
  const n = (x: number) => formatNumber(x, 'de', 0);
  const lines = [
    `Import ${r.fileName} → Ausgabe ${r.edition}${r.dryRun ? ' (Probelauf: nichts wird geschrieben)' : ''}`,
    `Format ${r.format}, Kodierung ${r.encoding}, SHA-256 ${r.fileHash}`,
    `Quelle: ${r.source.publisher}` +
      (r.source.table ? `, Tabelle ${r.source.table}` : '') +
      (r.source.title ? `, „${r.source.title}“` : '') +
      (r.source.licence ? `, Lizenz ${r.source.licence}` : '') +
      `, abgerufen ${r.source.retrieved}`,
    `Zuordnung: ${r.mapping ?? 'aus der Spezifikation (Tabelle und Wertmerkmal der Quelle)'}`,
  ];
  if (r.editionCreated) {
    lines.push(
      `Ausgabe ${r.edition} ${r.dryRun ? 'würde angelegt' : 'angelegt'} (Spezifikation der neuesten Ausgabe)`,
    );
  }
  lines.push(
    '',
    `${n(c.observations)} Beobachtungen gelesen, ${n(c.values)} Werte zugeordnet: ${n(c.new)} neu, ` +
      `${n(c.changed)} geändert, ${n(c.unchanged)} unverändert; ${n(c.skipped)} übersprungen`,
  );
  if (r.variables.length > 0) {
    lines.push(
      '',
      renderTable(
        ['Variable', 'neu', 'geändert', 'unverändert'],
        r.variables.map((v) => [v.variable, n(v.new), n(v.changed), n(v.unchanged)]),
        new Set([1, 2, 3]),
      ),
    );
  }
  if (r.skipped.length > 0) {
    lines.push('', 'Übersprungen:');
    for (const s of r.skipped) {
      const example = s.examples[0];
      lines.push(
        `  ${n(s.count)} × ${s.reason}` +
          (example
            ? ` (z. B. Zeile ${example.line}${example.column ? `, ${example.column}` : ''}: ${example.detail})`
            : ''),
      );
    }
  }
  const changes = [
    ...r.examples.filter((e) => e.kind === 'changed'),
    ...r.examples.filter((e) => e.kind === 'new'),
  ];
  if (changes.length > 0 && r.conflicts.length === 0) {
    lines.push('', r.dryRun ? 'Änderungen (Auswahl):' : 'Geschrieben (Auswahl):');
    lines.push(...changes.slice(0, 10).map(changeLine));
  }
  if (r.conflicts.length > 0) {
    lines.push('', `Konflikte mit gespeicherten Werten (${n(c.changed)}; mit --replace ersetzen):`);
    lines.push(...r.conflicts.slice(0, 10).map(changeLine));
  }
  lines.push('', outcome(r));
  return lines.join('\n');
}

function outcome(r: ImportReport): string {
  const changes = r.counts.new + r.counts.changed;
  if (r.conflicts.length > 0 && r.dryRun) {
    return `Probelauf: ${r.counts.changed} Konflikte; ohne --replace bricht der Import ab.`;
  }
  if (r.conflicts.length > 0) return 'Nichts importiert: die Datei widerspricht gespeicherten Werten.';
  if (changes === 0) return 'Keine Änderung: die Datenbank enthält diese Werte bereits.';
  if (r.dryRun) return `Probelauf: ${changes} Werte würden geschrieben.`;
  return `Importiert in einer Transaktion (Import ${r.importId}).`;
}

/** One value before and after; a confidential one shows "vertraulich" (only `explain --internal` shows it). */
function changeLine(e: ValueChange): string {
  const value = (x: number | null, reason: string | null) =>
    x === null && !e.confidential
      ? `– (${reason ?? 'fehlt'})`
      : publicText({ value: x, confidential: e.confidential }, (n) =>
          formatNumber(n, 'de', n !== null && Number.isInteger(n) ? 0 : 3),
        );
  const before = e.kind === 'new' ? 'neu' : value(e.before, e.beforeReason);
  return `  ${e.unitCode} ${e.variable}: ${before} → ${value(e.after, e.afterReason)} (Zeile ${e.line})`;
}
