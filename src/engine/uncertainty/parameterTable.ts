// The table of run settings (one row per run, one column per uncertain choice) that an analysis writes and a replay reads.
import { EngineError } from '../errors.js';
import { choiceName, type ChoiceValue, type Draw, type UncertainChoice } from './choices.js';
import { formatMethod, parseMethod } from './methodText.js';

const KINDS = ['weights', 'normalise', 'aggregate', 'impute', 'treat', 'exclude'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Header `run` then one column per choice, named `kind` or `kind:qualifier` (e.g. `weights:research`,
 * `aggregate:2` for one level). Cells: weights as `code=weight;code=weight` (absolute weights of the
 * nodes set in that run; others keep their weight), a method as `name` or `name(key=value;…)`,
 * an exclusion as the code of the node left out (empty: none).
 */
export function formatParameterTable(
  choices: readonly UncertainChoice[],
  draws: readonly Draw[],
): string[][] {
  const header = ['run', ...choices.map(columnName)];
  const rows = draws.map((draw, r) => [
    String(r + 1),
    ...choices.map((choice, c) => formatCell(choice, draw[c]!)),
  ]);
  return [header, ...rows];
}

/** The choices and draws a table lists: each method or exclusion column's alternatives are its distinct cells. */
export function parseParameterTable(table: readonly (readonly string[])[]): {
  runs: string[];
  choices: UncertainChoice[];
  draws: Draw[];
} {
  const [header, ...rows] = table;
  if (!header || rows.length === 0)
    throw new EngineError('replay', 'the parameter table needs a header and at least one run');
  const hasRun = header[0]?.trim().toLowerCase() === 'run';
  const columns = header.map((h) => h.trim()).slice(hasRun ? 1 : 0);
  const offset = hasRun ? 1 : 0;
  const values: ChoiceValue[][] = rows.map(() => []);
  const choices = columns.map((name, c) => {
    const cells = rows.map((row, r) => {
      if (row.length !== header.length) {
        throw new EngineError('replay', `run ${r + 1} has ${row.length} cells, the header ${header.length}`);
      }
      return row[c + offset]!.trim();
    });
    const { choice, cellValues } = parseColumn(name, cells);
    cellValues.forEach((v, r) => values[r]!.push(v));
    return choice;
  });
  const runs = rows.map((row, r) => (hasRun ? row[0]!.trim() : String(r + 1)));
  return { runs, choices, draws: values };
}

function columnName(choice: UncertainChoice): string {
  const name = choiceName(choice);
  return name === choice.kind || name.startsWith(`${choice.kind}:`) ? name : `${choice.kind}:${name}`;
}

function formatCell(choice: UncertainChoice, value: ChoiceValue): string {
  if ('weights' in value)
    return Object.entries(value.weights)
      .map(([code, w]) => `${code}=${w}`)
      .join(';');
  if (choice.kind === 'weights') throw new EngineError(choiceName(choice), 'a weights choice needs weights');
  const alternative = choice.alternatives[value.alternative];
  if (alternative === undefined || alternative === null) return '';
  return typeof alternative === 'string' ? alternative : formatMethod(alternative);
}

function parseColumn(name: string, cells: string[]): { choice: UncertainChoice; cellValues: ChoiceValue[] } {
  const colon = name.indexOf(':');
  const kind = (colon < 0 ? name : name.slice(0, colon)) as Kind;
  const qualifier = colon < 0 ? undefined : name.slice(colon + 1);
  if (!KINDS.includes(kind)) {
    throw new EngineError(
      'replay',
      `column "${name}" is not a kind of choice (${KINDS.join(', ')}, optionally followed by :name)`,
    );
  }
  if (kind === 'weights') {
    const choice: UncertainChoice = { kind, perturbation: 0, name };
    return { choice, cellValues: cells.map((cell, r) => ({ weights: parseWeights(cell, name, r) })) };
  }
  const distinct = [...new Set(cells)];
  const cellValues = cells.map((cell) => ({ alternative: distinct.indexOf(cell) }));
  if (kind === 'exclude')
    return { choice: { kind, alternatives: distinct.map((c) => (c === '' ? null : c)), name }, cellValues };
  const alternatives = distinct.map((cell) => {
    if (cell === '')
      throw new EngineError('replay', `column "${name}" has an empty cell; it needs a method name`);
    return parseMethod(cell);
  });
  const level =
    kind === 'aggregate' && qualifier !== undefined && /^\d+$/.test(qualifier)
      ? Number(qualifier)
      : undefined;
  const choice: UncertainChoice =
    kind === 'aggregate'
      ? { kind, alternatives, name, ...(level === undefined ? {} : { level }) }
      : { kind, alternatives, name };
  return { choice, cellValues };
}

function parseWeights(cell: string, column: string, row: number): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const part of cell.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const weight = Number(part.slice(eq + 1));
    if (eq <= 0 || part.slice(eq + 1).trim() === '' || !Number.isFinite(weight) || weight < 0) {
      throw new EngineError(
        'replay',
        `run ${row + 1}, column "${column}": "${part.trim()}" is not code=weight with a weight ≥ 0`,
      );
    }
    weights[part.slice(0, eq).trim()] = weight;
  }
  return weights;
}
