// Town names as firm lists write them → AGS: spellings normalised, qualifiers optional, district suffixes dropped.
import { blankPunctuation, foldGermanSpelling } from '../../model/spelling.js';

export interface NamedUnit {
  code: string;
  name: string;
}

/** Looks up the AGS of a town name; built once from the unit set's names. */
export interface TownIndex {
  find(town: string): string | undefined;
}

/**
 * Lower case, umlauts spelled out (`ü` = `ue`), accents dropped, `a.d.` read as `an der`, `a.` as `am`,
 * punctuation (`-`, `/`, brackets, dots) as blanks: "Mülheim a.d. Ruhr", "Muelheim an der Ruhr" and
 * "MÜLHEIM AN DER RUHR" become alike.
 */
export function normaliseTownName(name: string): string {
  return blankPunctuation(
    foldGermanSpelling(name)
      .replace(/\ba\.\s*d\.\s*/g, 'an der ')
      .replace(/\bi\.\s*w\.\s*/g, 'in westfalen ')
      .replace(/\ba\.\s+/g, 'am '),
  );
}

/**
 * The name without its qualifier: what follows a bracket, slash or comma, or ` an der `, ` am `,
 * ` in ` ("Voerde (Niederrhein)", "Fröndenberg/Ruhr", "Haltern am See" → voerde, froendenberg, haltern).
 */
export function baseTownName(name: string): string {
  const cut = name.split(/[(/,]/)[0]!;
  return normaliseTownName(cut)
    .replace(/ (an der|am|an|in|im) .*$/, '')
    .trim();
}

/**
 * Finds a town in this order: the full normalised name; the name without qualifiers when only one unit has
 * that base; then the same for ever shorter prefixes cut at `-` or a blank, so that a district suffix
 * ("Essen-Rüttenscheid", "Bochum Wattenscheid") falls away while "Kamp-Lintfort" still matches whole.
 */
export function townIndex(units: readonly NamedUnit[]): TownIndex {
  const full = new Map<string, string>();
  const bases = new Map<string, string | null>();
  for (const unit of units) {
    full.set(normaliseTownName(unit.name), unit.code);
    const base = baseTownName(unit.name);
    if (base === '') continue;
    const seen = bases.get(base);
    bases.set(base, seen === undefined || seen === unit.code ? unit.code : null);
  }
  const exact = (text: string): string | undefined => {
    const key = normaliseTownName(text);
    if (key === '') return undefined;
    return full.get(key) ?? bases.get(key) ?? bases.get(baseTownName(text)) ?? undefined;
  };
  return {
    find(town) {
      const whole = exact(town);
      if (whole !== undefined) return whole;
      const parts = town.trim().split(/(?=[-\s])/);
      for (let n = parts.length - 1; n >= 1; n--) {
        const found = exact(parts.slice(0, n).join(''));
        if (found !== undefined) return found;
      }
      return undefined;
    },
  };
}
