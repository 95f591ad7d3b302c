// The mapping of a file the spec declares as a source: table code (or file name pattern) and value variable.
import { IngestError } from '../../ingest/errors.js';
import { mappingSchema, type Mapping } from '../../ingest/mapping/schema.js';
import type { TableMetadata } from '../../ingest/readers/types.js';
import type { IndexSpec, SourceSpec } from '../../spec/schema.js';

interface Declared {
  code: string;
  kind: 'indicator' | 'denominator';
  source: SourceSpec;
}

/**
 * Builds the mapping of a file from the sources of the spec's indicators and denominators that declare a
 * `variable` and whose `table` matches the file: the same table code, the statistic a GENESIS flat file
 * names (12411 for 12411-01-01-5), or a file name pattern with MM, YYYY, DD for digits (bba_MM_YYYY.xlsx).
 * An attribute filter `total` means the total row (the attribute is absent); other attributes must be
 * absent too, so only totals are taken unless the source names the attribute values it wants.
 */
export function specMapping(
  spec: IndexSpec,
  metadata: TableMetadata,
  file: string,
  fileName: string,
): Mapping {
  const declared: Declared[] = [
    ...spec.denominators.map((d) => ({ code: d.code, kind: 'denominator' as const, source: d.source })),
    ...spec.indicators.map((i) => ({ code: i.code, kind: 'indicator' as const, source: i.source })),
  ];
  const candidates = declared.filter((d) => d.source.variable !== undefined && d.source.table !== undefined);
  const matching = candidates.filter((d) => tableMatches(d.source.table!, metadata.tableCode, fileName));
  if (matching.length === 0) {
    const known = candidates.map((d) => `${d.source.table}/${d.source.variable} → ${d.code}`);
    throw new IngestError(
      file,
      null,
      null,
      `no --mapping given, and the spec declares no source for table ${metadata.tableCode ? `"${metadata.tableCode}"` : `file "${fileName}"`}` +
        ` (declared: ${known.length > 0 ? known.join(', ') : 'none'}); write a mapping file`,
    );
  }
  const first = matching[0]!.source;
  const unitSets = new Set(matching.map((d) => d.source.unitSet ?? 'municipalities'));
  if (unitSets.size > 1) {
    throw new IngestError(
      file,
      null,
      null,
      `the spec's sources of this table name several unit sets (${[...unitSets].join(', ')})`,
    );
  }
  return mappingSchema.parse({
    source: {
      publisher: metadata.publisher ?? first.publisher,
      ...(first.table ? { table: metadata.tableCode ?? first.table } : {}),
      ...(first.title ? { title: first.title } : {}),
      ...(first.licence ? { licence: first.licence } : {}),
      ...(first.url ? { url: first.url } : {}),
    },
    unitSet: [...unitSets][0],
    values: matching.map((d) => ({
      target: d.code,
      kind: d.kind,
      variable: d.source.variable!,
      attributes: attributeFilter(d.source.attributes),
      ...(d.source.scaleFactor !== undefined ? { factor: d.source.scaleFactor } : {}),
    })),
  });
}

/** `{ GES: total }` → `{}`: a total is the absence of the attribute in an observation. */
function attributeFilter(attributes: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const filter: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (!/^(total|insgesamt)$/i.test(value)) filter[name] = value;
  }
  return filter;
}

/** Whether a declared table (code or file name pattern) is the file's table. */
export function tableMatches(declared: string, tableCode: string | null, fileName: string): boolean {
  const wanted = declared.trim();
  if (tableCode !== null) {
    const code = tableCode.trim();
    if (code === wanted || wanted.startsWith(`${code}-`)) return true;
  }
  if (!/[A-Z]{2}/.test(wanted) && !/\.\w+$/.test(wanted)) return false;
  const pattern = wanted
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/YYYY/g, '\\d{4}')
    .replace(/MM|DD/g, '\\d{2}');
  return new RegExp(`^${pattern}$`, 'i').test(fileName);
}
