// `digitalindex explain`: the provenance and every computation step of one unit's indicator, as text or JSON.
import { latestEditionWithValue } from '../../store/valueChanges.js';
import { explainValue, type Explanation, type Shown, type ValueExplanation } from '../../workflow/explain.js';
import { chooseEdition, openExistingStore } from '../../workflow/import/existingStore.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { formatNumber } from '../table.js';

export interface ExplainOptions extends GlobalOptions {
  edition?: number;
  unitSet: string;
  internal?: boolean;
  json?: boolean;
}

export async function explainCommand(unit: string, code: string, options: ExplainOptions): Promise<void> {
  const store = await openExistingStore(databaseLocation(options));
  let explanation: Explanation;
  try {
    const edition = await chooseEdition(
      store,
      options.edition ??
        (await latestEditionWithValue(store.db, {
          unitSet: options.unitSet,
          unitCode: unit.trim(),
          variable: code.trim(),
        })),
    );
    explanation = await explainValue(store, {
      edition: edition.year,
      unitSet: options.unitSet,
      unit: unit.trim(),
      code: code.trim(),
      internal: Boolean(options.internal),
    });
  } finally {
    await store.close();
  }
  process.stdout.write(
    options.json ? JSON.stringify(explanation, null, 2) + '\n' : renderExplanation(explanation) + '\n',
  );
}

export function renderExplanation(e: Explanation): string {
  const lines = [
    `Herkunft und Berechnung – Ausgabe ${e.edition}, ${e.unitSet}` +
      (e.internal ? ' (intern: vertrauliche Werte sichtbar)' : ''),
    `Einheit: ${e.unit.code} ${e.unit.name}`,
    `${e.node.kind === 'indicator' ? 'Indikator' : 'Nenner'}: ${e.node.code} – ${e.node.name.de} (${e.node.unit})`,
  ];
  if (e.synthetic) lines.push('ACHTUNG: synthetische Demodaten, keine amtlichen Statistiken.');
  lines.push('', ...valueLines(e.node.kind === 'indicator' ? 'Zähler' : 'Wert', e.node.code, e.numerator));
  if (e.denominator) {
    lines.push('', ...valueLines('Nenner', e.denominator.variable, e.denominator));
  }
  if (e.usedBy.length > 0) lines.push('', `Nenner von: ${e.usedBy.join(', ')}`);
  if (e.excluded) lines.push('', `Von der Berechnung ausgeschlossen: ${e.excluded}`);
  const s = e.steps;
  if (s) {
    lines.push(
      '',
      'Schritte',
      `  1. Bezug: ${s.denominated.formula} = ${num(s.denominated.value)}`,
      `  2. Imputation (${s.imputed.method}): ${s.imputed.imputed ? `imputiert → ${num(s.imputed.value)}` : 'nicht imputiert'}`,
      `  3. Ausreißerbehandlung (${s.treated.method}): ${s.treated.changed ? `behandelt → ${num(s.treated.value)}` : 'unverändert'}` +
        (s.treated.note ? ` – ${s.treated.note}` : ''),
      `  4. Normalisierung (${s.normalised.method}, Richtung ${s.direction > 0 ? '+1' : '−1'}): ${num(s.normalised.value)}` +
        ` (Rang ${rank(s.normalised.rank)})`,
      '  5. Aggregation',
      ...s.path.map(
        (step) =>
          `     ${step.node} (${step.name}, ${step.method}): ${step.child} mit Gewicht ${num(step.childWeight)}` +
          ` (Anteil ${percent(step.childShare)}) → ${num(step.score)} (Rang ${rank(step.rank)})`,
      ),
      `  Anteil des Indikators am Index: ${percent(s.shareOfIndex)}`,
    );
  }
  return lines.join('\n');
}

function valueLines(label: string, variable: string, v: ValueExplanation | null): string[] {
  if (!v) return [`${label} ${variable}: kein Wert gespeichert`];
  const src = v.source;
  const lines = [
    `${label} ${variable}: ${num(v.value)}` +
      (v.missingReason ? ` (fehlt: ${v.missingReason})` : '') +
      (v.confidential ? ' [vertraulich]' : '') +
      (v.synthetic ? ' [synthetisch]' : ''),
  ];
  if (src) {
    lines.push(
      `  Quelle: ${src.publisher}` +
        (src.table ? `, Tabelle ${src.table}` : '') +
        (src.title ? `, „${src.title}“` : '') +
        (src.licence ? `, Lizenz ${src.licence}` : ''),
    );
    if (src.fileName) {
      lines.push(`  Datei: ${src.fileName}` + (src.fileHash ? ` (SHA-256 ${src.fileHash})` : ''));
    }
    if (src.url) lines.push(`  URL: ${src.url}`);
  } else {
    lines.push('  Quelle: nicht registriert');
  }
  const where = [
    v.row !== null ? `Zeile ${v.row}` : null,
    v.column ? `Spalte ${v.column}` : null,
    v.regionKey ? `Schlüssel im Original „${v.regionKey}“` : null,
    v.quality ? `Qualität ${v.quality}` : null,
  ].filter(Boolean);
  if (where.length > 0) lines.push(`  Fundstelle: ${where.join(', ')}`);
  lines.push(`  Abruf: ${src?.retrieved ?? '–'}, Stichtag: ${v.referenceDate}`);
  lines.push(`  Zuordnung: ${v.note ?? 'unmittelbar (Gemeindewert, keine Umschlüsselung)'}`);
  return lines;
}

function num(x: Shown): string {
  if (typeof x === 'string') return x;
  if (x === null) return '–';
  return formatNumber(x, 'de', Number.isInteger(x) ? 0 : Math.abs(x) >= 100 ? 1 : 3);
}

function rank(x: number | null): string {
  return x === null ? '–' : String(x);
}

function percent(x: number): string {
  return Number.isFinite(x) ? `${formatNumber(x * 100, 'de', 1)} %` : '–';
}
