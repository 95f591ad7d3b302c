// The lines above a classic GENESIS table's column headers: table code, title, measure and unit, a fixed date or region.
import { genesisTime } from './time.js';
import { namedRegionKey } from './regions.js';

/** Units GENESIS writes in unit header rows and after measures ("Bevölkerungsstand (Anzahl)"). */
const UNIT =
  /^(?:Anzahl|Prozent|Promille|%|‰|qkm|km²|km2|ha|ar|m²|m³|m|km|t|kg|Tonnen|Stück|Personen|Jahre|Tage|Stunden|Euro|EUR|DM|kWh|MWh|GWh|TJ|(?:Tsd\.|1000|Mill\.|Mio\.|Mrd\.)(?:\s?(?:EUR|Euro|t|m³|Stück|Personen|kWh|MWh))?|\d{4}=100)$/;

export function isUnit(text: string): boolean {
  return UNIT.test(text.trim());
}

/** "GENESIS-Tabelle: 12411-01-01-5" → "12411-01-01-5"; "GENESIS-Tabelle: Temporär" (user-assembled) → null. */
export function tableCodeOf(firstLine: string): string | null | undefined {
  const match = /^"?GENESIS-Tabelle:\s*([^;"]*)/.exec(firstLine);
  if (!match) return undefined;
  const code = match[1]!.trim();
  return /^\d{5}/.test(code) ? code : null;
}

export interface TitleLines {
  title: string | null;
  /** A measure line such as "Bevölkerungsstand (Anzahl)": the measure and its unit. */
  measure: { name: string; unit: string } | null;
  /** A line holding only a date ("30.06.2015"): the reference time of the whole table. */
  time: string | null;
  /** A line naming the one region of the table ("Deutschland", "Köln, krfr. Stadt"). */
  region: { key: string; label: string } | null;
}

const PLACE = /^[^:;]+, (?:(?:krfr\.|krsfr\.|kreisfreie|Kreisfreie) Stadt|Stadtkreis|Landkreis|Kreis|Stadt)$/;

/**
 * Reads the single-cell lines between "GENESIS-Tabelle:" and the column headers. The title is the second line
 * plus the lines that continue it (the previous one ends with "," or "-" or a connecting word, or the next one
 * starts with "-", a lower-case letter or "Tiefe:").
 */
export function readTitleLines(lines: readonly string[]): TitleLines {
  const result: TitleLines = { title: null, measure: null, time: null, region: null };
  const rest: string[] = [];
  for (const line of lines) {
    const time = genesisTime(line);
    const measure = /^(.+?)\s+\(([^()]+)\)$/.exec(line);
    const regionKey = namedRegionKey(line);
    if (time !== undefined) result.time = time;
    else if (measure && isUnit(measure[2]!)) result.measure = { name: measure[1]!, unit: measure[2]! };
    else if (regionKey !== undefined && rest.length > 0) result.region = { key: regionKey, label: line };
    else if (PLACE.test(line) && rest.length > 0) result.region = { key: '', label: line };
    else rest.push(line);
  }
  if (rest.length > 0) {
    let title = rest[0]!;
    for (let i = 1; i < rest.length; i++) {
      const next = rest[i]!;
      const continues =
        /[,-]$|\b(?:und|oder|nach|sowie|der|des|die|in|am|im|von)$/.test(title) ||
        /^(?:-|[a-zäöü]|Tiefe:)/.test(next);
      if (!continues) break;
      title = `${title} ${next}`;
    }
    result.title = title;
  }
  return result;
}

/** The publisher named in a footer: "© Statistische Ämter des Bundes und der Länder, …" → the name. */
export function publisherOf(footer: string): string | null {
  const match = /(?:©|\(C\)opyright)\s*([^,\n"]+)/.exec(footer);
  return match ? match[1]!.trim() : null;
}
