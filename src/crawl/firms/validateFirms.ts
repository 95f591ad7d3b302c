// Checks the rows of a firm list (pure): each row becomes a firm or a reason naming line and field; shared websites are found.
import { parseRegionKey } from '../../ingest/keys/index.js';
import type { ColumnIndex, FirmColumn } from './columns.js';
import { normaliseFirmUrl } from './normaliseUrl.js';
import { normalisePostcode, type PostcodeTable } from './postcodes.js';
import type { TownIndex } from './townNames.js';
import type { FirmTableRow } from './readFirmTable.js';
import type { DuplicateSite, FirmInput, InvalidRow } from './types.js';

export interface ValidationContext {
  columns: ColumnIndex;
  headerLength: number;
  /** The AGS of the unit set's municipalities. */
  knownAgs: ReadonlySet<string>;
  unitSet: string;
  towns: TownIndex;
  postcodes: PostcodeTable | null;
  /** Told every 1,000 rows how many were checked. */
  onRows?: (done: number) => void;
}

export interface ValidatedFirms {
  firms: FirmInput[];
  invalid: InvalidRow[];
  /** firm_id → the firm_id of the first firm of the list with the same website. */
  duplicateOf: Map<string, string>;
  duplicateSites: DuplicateSite[];
  agsFrom: { ags: number; postcode: number; town: number };
}

type AgsResult =
  { ok: true; ags: string; from: 'ags' | 'postcode' | 'town' } | { ok: false; field: string; reason: string };

export function validateFirms(rows: readonly FirmTableRow[], context: ValidationContext): ValidatedFirms {
  const firms: FirmInput[] = [];
  const invalid: InvalidRow[] = [];
  const firstLine = new Map<string, number>();
  const agsFrom = { ags: 0, postcode: 0, town: 0 };
  for (const [index, row] of rows.entries()) {
    if (index % 1000 === 0) context.onRows?.(index);
    const cell = (column: FirmColumn): string => {
      const at = context.columns[column];
      return at === undefined ? '' : (row.cells[at] ?? '').trim();
    };
    const problems: InvalidRow[] = [];
    const problem = (field: string | null, reason: string) =>
      problems.push({ line: row.line, field, reason });
    if (row.cells.length > context.headerLength) {
      problem(null, `${row.cells.length} fields, but the header has ${context.headerLength}`);
    }
    const firmId = cell('firm_id');
    if (firmId === '') problem('firm_id', 'empty firm_id');
    else if (firstLine.has(firmId)) {
      problem('firm_id', `duplicate firm_id "${firmId}" (first at line ${firstLine.get(firmId)})`);
    } else firstLine.set(firmId, row.line);
    const name = cell('name');
    if (name === '') problem('name', 'empty name');
    const urlGiven = cell('url');
    let url: string | null = null;
    let siteKey: string | null = null;
    if (urlGiven !== '') {
      const result = normaliseFirmUrl(urlGiven);
      if (result.ok) ({ url, siteKey } = result);
      else problem('url', `invalid URL: ${result.reason}`);
    }
    const ags = resolveAgs(cell('ags'), cell('postcode'), cell('town'), context);
    if (!ags.ok) problem(ags.field, ags.reason);
    const founded = parseFounded(cell('founded'));
    if (founded === undefined)
      problem('founded', `"${cell('founded')}" is not a year or date (e.g. 2019, 2019-03-01, 01.03.2019)`);
    if (problems.length > 0) {
      invalid.push(...problems);
      continue;
    }
    if (!ags.ok || founded === undefined) continue; // (reported above)
    agsFrom[ags.from]++;
    firms.push({
      firmId,
      name,
      url,
      urlGiven: urlGiven === '' ? null : urlGiven,
      siteKey,
      ags: ags.ags,
      postcode: normalisePostcode(cell('postcode')) ?? (cell('postcode') || null),
      town: cell('town') || null,
      founded,
      wz: cell('wz') || null,
      line: row.line,
    });
  }
  context.onRows?.(rows.length);
  return { firms, invalid, agsFrom, ...duplicates(firms) };
}

function resolveAgs(
  agsText: string,
  postcodeText: string,
  town: string,
  context: ValidationContext,
): AgsResult {
  if (agsText !== '') {
    const key = parseRegionKey(agsText);
    if (!key.ok) return { ok: false, field: 'ags', reason: `invalid AGS: ${key.reason}` };
    if (!context.knownAgs.has(key.ags)) {
      return {
        ok: false,
        field: 'ags',
        reason: `unknown AGS ${key.ags} (not a municipality of ${context.unitSet})`,
      };
    }
    return { ok: true, ags: key.ags, from: 'ags' };
  }
  if (postcodeText === '' && town === '') {
    return { ok: false, field: 'ags', reason: 'no AGS, postcode or town' };
  }
  const byTown = town === '' ? undefined : context.towns.find(town);
  const postcode = normalisePostcode(postcodeText);
  const candidates = postcode === null ? undefined : context.postcodes?.get(postcode);
  if (postcodeText !== '' && postcode === null) {
    return { ok: false, field: 'postcode', reason: `"${postcodeText}" is not a postcode` };
  }
  if (candidates !== undefined) {
    const inUnitSet = [...candidates].filter((a) => context.knownAgs.has(a));
    if (byTown !== undefined && candidates.has(byTown)) return { ok: true, ags: byTown, from: 'postcode' };
    if (inUnitSet.length === 0) {
      return {
        ok: false,
        field: 'postcode',
        reason: `postcode ${postcode} lies outside ${context.unitSet} (AGS ${[...candidates].join(', ')})`,
      };
    }
    if (byTown !== undefined) {
      return {
        ok: false,
        field: 'town',
        reason: `town "${town}" (AGS ${byTown}) does not lie in postcode ${postcode} (AGS ${[...candidates].join(', ')})`,
      };
    }
    if (candidates.size === 1) return { ok: true, ags: inUnitSet[0]!, from: 'postcode' };
    return {
      ok: false,
      field: 'town',
      reason: `postcode ${postcode} spans several municipalities (${[...candidates].join(', ')}) and town "${town}" is none of them`,
    };
  }
  if (byTown !== undefined) return { ok: true, ags: byTown, from: 'town' };
  if (town === '') {
    return {
      ok: false,
      field: 'postcode',
      reason: context.postcodes
        ? `unknown postcode ${postcode} (not in the postcode table) and no town`
        : `no town, and no postcode table (--postcodes) to look up postcode ${postcode}`,
    };
  }
  return {
    ok: false,
    field: 'town',
    reason: `unknown town "${town}" (no municipality of ${context.unitSet})`,
  };
}

/** A year (`2019`) or date (`2019-03-01`, `01.03.2019`) → the year; empty → null; anything else → undefined. */
export function parseFounded(text: string): number | null | undefined {
  if (text === '') return null;
  const match = /^(\d{4})(?:-\d{2}-\d{2}(?:T.*)?)?$/.exec(text) ?? /^\d{1,2}\.\d{1,2}\.(\d{4})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 1000 ? year : undefined;
}

/** Groups firms by website; the later firms of a group point at the first. */
function duplicates(firms: readonly FirmInput[]): Pick<ValidatedFirms, 'duplicateOf' | 'duplicateSites'> {
  const groups = new Map<string, FirmInput[]>();
  for (const firm of firms) {
    if (firm.siteKey === null) continue;
    const group = groups.get(firm.siteKey);
    if (group) group.push(firm);
    else groups.set(firm.siteKey, [firm]);
  }
  const duplicateOf = new Map<string, string>();
  const duplicateSites: DuplicateSite[] = [];
  for (const [siteKey, group] of groups) {
    if (group.length < 2) continue;
    for (const firm of group.slice(1)) duplicateOf.set(firm.firmId, group[0]!.firmId);
    duplicateSites.push({ siteKey, firms: group.map((f) => ({ firmId: f.firmId, line: f.line })) });
  }
  return { duplicateOf, duplicateSites };
}
