// `digitalindex compare`: score and rank changes per unit between two editions, with the meaningful flag.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { csvCell } from '../../publish/files.js';
import { compareEditions, type Comparison } from '../../workflow/compareEditions.js';
import { openExistingStore } from '../../workflow/import/existingStore.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { formatNumber, renderTable } from '../table.js';

export interface CompareOptions extends GlobalOptions {
  from: number;
  to: number;
  unitSet: string;
  runs: number;
  seed: number;
  out?: string;
  json?: boolean;
}

export async function compareCommand(options: CompareOptions): Promise<void> {
  const store = await openExistingStore(databaseLocation(options));
  let comparison: Comparison;
  try {
    comparison = await compareEditions(store, options);
  } finally {
    await store.close();
  }
  if (options.out) writeComparisonCsv(options.out, comparison);
  if (options.json) {
    process.stdout.write(JSON.stringify({ ...comparison, file: options.out ?? null }, null, 2) + '\n');
    return;
  }
  process.stdout.write(renderComparison(comparison) + (options.out ? `\nDatei: ${options.out}` : '') + '\n');
}

const CSV_HEADER = [
  'unit',
  'name',
  'from_edition',
  'to_edition',
  'from_score',
  'to_score',
  'score_change',
  'from_rank',
  'to_rank',
  'rank_change',
  'from_p05',
  'from_median',
  'from_p95',
  'meaningful',
  'synthetic',
];

export function comparisonCsv(c: Comparison): string {
  const flag = (b: boolean | null) => (b === null ? '' : b ? 1 : 0);
  const rows = c.units.map((u) =>
    [
      u.unit,
      u.name,
      c.from,
      c.to,
      u.fromScore,
      u.toScore,
      u.scoreChange,
      u.fromRank,
      u.toRank,
      u.rankChange,
      u.fromInterval?.p05,
      u.fromInterval?.median,
      u.fromInterval?.p95,
      flag(u.meaningful),
      c.synthetic ? 1 : 0,
    ]
      .map(csvCell)
      .join(','),
  );
  return [CSV_HEADER.join(','), ...rows].join('\n') + '\n';
}

function writeComparisonCsv(file: string, c: Comparison): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, comparisonCsv(c));
}

function renderComparison(c: Comparison): string {
  const n = (x: number | null, digits = 1) => formatNumber(x, 'de', digits);
  const signed = (x: number | null, digits = 1) => (x !== null && x > 0 ? '+' : '') + n(x, digits);
  const rows = c.units.map((u) => [
    u.toRank === null ? '–' : String(u.toRank),
    u.unit,
    u.name,
    n(u.fromScore),
    n(u.toScore),
    signed(u.scoreChange),
    u.fromRank === null ? '–' : String(u.fromRank),
    signed(u.rankChange, 0),
    u.fromInterval ? `${n(u.fromInterval.p05, 0)}–${n(u.fromInterval.p95, 0)}` : '–',
    u.meaningful === null ? '–' : u.meaningful ? 'ja' : 'nein',
  ]);
  const meaningful = c.units.filter((u) => u.meaningful).length;
  return [
    `Vergleich der Ausgaben ${c.from} → ${c.to}, ${c.unitSet}`,
    ...(c.synthetic ? ['ACHTUNG: synthetische Demodaten, keine amtlichen Statistiken.'] : []),
    `Bedeutsam: der neue Rang liegt außerhalb des 5–95-%-Rangintervalls von ${c.from} ` +
      `(Unsicherheitsanalyse: Gewichte ± 25 %, ein Indikator weggelassen; ${c.runs} Läufe, Seed ${c.seed}).`,
    '',
    renderTable(
      [
        `Rang ${c.to}`,
        'Einheit',
        'Name',
        `Index ${c.from}`,
        `Index ${c.to}`,
        'Δ Index',
        `Rang ${c.from}`,
        'Δ Rang',
        `5–95 % ${c.from}`,
        'bedeutsam',
      ],
      rows,
      new Set([0, 3, 4, 5, 6, 7, 8]),
    ),
    '',
    `${meaningful} von ${c.units.length} Änderungen bedeutsam` +
      (c.failedRuns > 0 ? `; ${c.failedRuns} Läufe der Unsicherheitsanalyse fehlgeschlagen` : ''),
  ].join('\n');
}
