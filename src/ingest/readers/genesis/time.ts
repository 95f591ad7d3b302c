// GENESIS reference times → the observation's `time` (YYYY or YYYY-MM-DD).

/**
 * "2015" → "2015"; "31.12.2015" → "2015-12-31"; "2024-12-31" → "2024-12-31". Anything else (including
 * impossible dates such as 31.02.2015) gives undefined.
 */
export function genesisTime(text: string): string | undefined {
  const known = cache.get(text);
  if (known !== undefined || cache.has(text)) return known;
  const time = parseTime(text);
  if (cache.size >= 10_000) cache.clear();
  cache.set(text, time);
  return time;
}

// a table has few distinct times, and a flat file repeats them in every row
const cache = new Map<string, string | undefined>();

function parseTime(text: string): string | undefined {
  const t = text.trim();
  if (/^(1[89]|20|21)\d{2}$/.test(t)) return t;
  let match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(t);
  if (match) return isoDate(match[3]!, match[2]!, match[1]!);
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (match) return isoDate(match[1]!, match[2]!, match[3]!);
  return undefined;
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${month}-${day}`;
}
