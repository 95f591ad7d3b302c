// `digitalindex audit`: recomputes an edition from the database and prints and writes its statistical audit.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditIndex } from '../../engine/audit/auditIndex.js';
import { auditTables, type Cell } from '../../engine/audit/tables.js';
import type { AuditReport } from '../../engine/audit/types.js';
import { computeIndex } from '../../engine/pipeline.js';
import { IngestError } from '../../ingest/errors.js';
import { csvCell } from '../../publish/files.js';
import {
  getEdition,
  latestEdition,
  listEditions,
  listUnitSets,
  openStore,
  parseLocation,
} from '../../store/index.js';
import type { Store } from '../../store/index.js';
import { loadEdition } from '../../workflow/loadEdition.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { formatNumber, renderTable } from '../table.js';

export interface AuditCommandOptions extends GlobalOptions {
  edition?: number;
  unitSet: string;
  out?: string;
  json?: boolean;
}

export interface AuditDocument extends AuditReport {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  title: string;
}

export async function auditCommand(options: AuditCommandOptions): Promise<void> {
  const document = await auditFromDatabase(options);
  const files = writeAuditFiles(document, options.out ?? join('out', 'audit', String(document.edition)));
  if (options.json) {
    process.stdout.write(JSON.stringify(document, null, 2) + '\n');
  } else {
    process.stdout.write(renderSummary(document) + '\n');
    process.stdout.write(`\nDateien geschrieben: ${files.join(', ')}\n`);
  }
}

async function auditFromDatabase(options: AuditCommandOptions): Promise<AuditDocument> {
  const location = databaseLocation(options);
  const target = parseLocation(location);
  if (target.dialect === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
    throw emptyDatabase(location, 'there is no database here');
  }
  const store = await openStore(location);
  try {
    const stored = await chooseEdition(store, location, options.edition);
    const unitSets = (await listUnitSets(store.db)).map((u) => u.code);
    if (!unitSets.includes(options.unitSet)) {
      throw new IngestError(
        location,
        null,
        'unit-set',
        `unknown unit set "${options.unitSet}" (known: ${unitSets.join(', ')})`,
      );
    }
    const { structure, input } = await loadEdition(store, stored.year, options.unitSet);
    const report = auditIndex(structure, computeIndex(structure, input));
    return {
      edition: stored.year,
      unitSet: options.unitSet,
      synthetic: stored.synthetic,
      title: stored.title,
      ...report,
    };
  } finally {
    await store.close();
  }
}

async function chooseEdition(store: Store, location: string, edition: number | undefined) {
  if (edition === undefined) {
    const latest = await latestEdition(store.db);
    if (!latest) throw emptyDatabase(location, 'the database holds no edition');
    return latest;
  }
  const stored = await getEdition(store.db, edition);
  if (stored) return stored;
  const known = (await listEditions(store.db)).map((e) => e.year);
  if (known.length === 0) throw emptyDatabase(location, 'the database holds no edition');
  throw new IngestError(
    location,
    null,
    'edition',
    `edition ${edition} is not in the database (known: ${known.join(', ')})`,
  );
}

function emptyDatabase(location: string, problem: string): IngestError {
  return new IngestError(
    location,
    null,
    null,
    `${problem}; run \`digitalindex run\` first to load and compute the data`,
  );
}

/** audit.json and the five CSV tables, each row led by the edition and the synthetic-data marker. */
function writeAuditFiles(document: AuditDocument, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const jsonFile = join(dir, 'audit.json');
  writeFileSync(jsonFile, JSON.stringify(document, null, 2) + '\n');
  written.push(jsonFile);
  for (const table of auditTables(document)) {
    const lines = [
      ['edition', 'unit_set', 'synthetic', ...table.header].join(','),
      ...table.rows.map((row) =>
        [document.edition, document.unitSet, document.synthetic ? 1 : 0, ...row].map(cellText).join(','),
      ),
    ];
    const file = join(dir, `${table.name}.csv`);
    writeFileSync(file, lines.join('\n') + '\n');
    written.push(file);
  }
  return written;
}

function cellText(value: Cell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return csvCell(value);
}

function renderSummary(doc: AuditDocument): string {
  const num = (x: number, digits = 2) => formatNumber(Number.isFinite(x) ? x : null, 'de', digits);
  const stats = doc.statistics.filter((s) => s.dataset === 'denominated');
  const statRows = stats.map((s) => [
    s.code,
    String(s.nAvail),
    num(s.frcAvail * 100, 0) + ' %',
    num(s.min),
    num(s.max),
    num(s.mean),
    num(s.sd),
    num(s.skew),
    num(s.kurt),
    [s.flagAvail, s.flagNonZero, s.flagUnique, s.flagSkewKurt ?? 'NA'].every((f) => f === 'ok')
      ? 'ok'
      : [
          s.flagAvail === 'LOW' ? 'Abdeckung' : '',
          s.flagNonZero === 'LOW' ? 'Nullen' : '',
          s.flagUnique === 'LOW' ? 'Werte' : '',
          s.flagSkewKurt === 'OUT' ? 'Ausreißer' : '',
        ]
          .filter(Boolean)
          .join(', ') || 'NA',
  ]);
  const flagRows = doc.flags.map((f) => [
    f.type === 'collinear' ? 'kollinear' : 'negativ',
    f.group,
    `${f.a} – ${f.b}`,
    num(f.r, 3),
  ]);
  const family = doc.correlations.family.filter((f) => f.method === 'pearson');
  const familyRows = [...new Set(family.map((f) => f.code))].map((code) => {
    const rows = family.filter((f) => f.code === code);
    const parent = rows[0];
    const root = rows[rows.length - 1];
    return [code, parent?.ancestor ?? '', num(parent?.r ?? Number.NaN, 3), num(root?.r ?? Number.NaN, 3)];
  });
  const alphaRows = doc.cronbach.map((c) => [
    c.group,
    c.items === 'children' ? 'Unterelemente' : 'Indikatoren',
    String(c.codes.length),
    String(c.nComplete),
    num(c.alpha, 3),
  ]);
  const pcaRows = doc.pca.map((p) => [
    p.group,
    p.items === 'children' ? 'Unterelemente' : 'Indikatoren',
    String(p.nComplete),
    p.error ? '–' : num((p.varianceExplained[0] ?? Number.NaN) * 100, 1) + ' %',
    p.error ? '–' : num(p.eigenvalues[0] ?? Number.NaN, 3),
    p.error ? p.error : String(p.eigenvalues.filter((e) => e > 1).length),
  ]);
  const { collinearity, negative } = doc.options;
  return [
    `Statistisches Audit – ${doc.title} – Ausgabe ${doc.edition}, ${doc.unitSet} (${doc.units} Einheiten)`,
    ...(doc.synthetic ? ['ACHTUNG: synthetische Demodaten, keine amtlichen Statistiken.'] : []),
    '',
    'Deskriptive Statistik der Indikatoren (nach Bezug auf Nenner, vor Imputation)',
    renderTable(
      ['Indikator', 'n', 'Abdeckung', 'Min', 'Max', 'Mittel', 'SD', 'Schiefe', 'Kurtosis', 'Hinweise'],
      statRows,
      new Set([1, 2, 3, 4, 5, 6, 7, 8]),
    ),
    '',
    `Auffällige Korrelationen innerhalb der Aggregate (Pearson; kollinear: r > ${num(collinearity, 1)}, negativ: r < ${num(negative, 1)})`,
    flagRows.length > 0 ? renderTable(['Art', 'Gruppe', 'Paar', 'r'], flagRows, new Set([3])) : 'keine',
    '',
    'Korrelation mit der übergeordneten Ebene und dem Index (Pearson)',
    renderTable(['Knoten', 'Eltern', 'r Eltern', 'r Index'], familyRows, new Set([2, 3])),
    '',
    'Cronbachs Alpha',
    renderTable(['Gruppe', 'Elemente', 'k', 'n vollständig', 'Alpha'], alphaRows, new Set([2, 3, 4])),
    '',
    'Hauptkomponentenanalyse (standardisiert, vollständige Fälle)',
    renderTable(
      ['Gruppe', 'Elemente', 'n', 'Varianz PC1', 'Eigenwert PC1', 'Eigenwerte > 1'],
      pcaRows,
      new Set([2, 3, 4, 5]),
    ),
  ].join('\n');
}
