// Writes a ranking document as CSV and JSON files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RankedUnit, RankingDocument } from './ranking.js';

export function writeRankingFiles(doc: RankingDocument, dir: string): string[] {
  const editionDir = join(dir, String(doc.edition));
  mkdirSync(editionDir, { recursive: true });
  const files = [
    [join(editionDir, 'municipalities.csv'), rankingCsv(doc, doc.municipalities, 'ags')],
    [join(editionDir, 'regions.csv'), rankingCsv(doc, doc.regions, 'code')],
    [join(editionDir, 'results.json'), JSON.stringify(doc, null, 2) + '\n'],
  ] as const;
  for (const [file, content] of files) writeFileSync(file, content);
  return files.map(([file]) => file);
}

function rankingCsv(doc: RankingDocument, units: RankedUnit[], keyColumn: string): string {
  const subCodes = doc.subIndices.map((s) => s.code);
  const header = ['edition', 'synthetic', 'rank', keyColumn, 'name', 'index', ...subCodes];
  const lines = units.map((u) =>
    [
      doc.edition,
      doc.synthetic ? 1 : 0,
      u.rank,
      u.code,
      u.name,
      u.index,
      ...subCodes.map((c) => u.subIndices[c]),
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
