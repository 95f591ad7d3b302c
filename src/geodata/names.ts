// geodata: whether the name in a boundary file and the master data's name are the same municipality's.
import { blankPunctuation, foldGermanSpelling } from '../model/spelling.js';

/** Lower case, German umlauts spelled out, accents and punctuation removed, `Stadt` qualifiers dropped. */
export function normaliseName(name: string): string {
  return blankPunctuation(
    foldGermanSpelling(name).replace(/,\s*(stadt|gemeinde|kreisfreie stadt|st\.)$/, ''),
  );
}

/** Dice coefficient of character bigrams of the normalised names: 1 for equal names, 0 for nothing shared. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y) return 1;
  const grams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i + 2 <= s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const gx = grams(x);
  const gy = grams(y);
  let shared = 0;
  for (const [g, n] of gx) shared += Math.min(n, gy.get(g) ?? 0);
  const total = Math.max(x.length - 1, 0) + Math.max(y.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Names differ strongly when neither contains the other (`Lünen` / `Lünen, Stadt`, `Mülheim an der Ruhr` /
 * `Mülheim a.d. Ruhr` are alike) and their bigram similarity is below one half.
 */
export function namesDiffer(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === '' || y === '') return false;
  if (x.includes(y) || y.includes(x)) return false;
  return nameSimilarity(a, b) < 0.5;
}

// Town names as ads, addresses and firm records write them ("Mülheim a.d. Ruhr", "Muelheim", "Essen-Rüttenscheid").

/** Abbreviations in town names, spelled out before comparing. */
const TOWN_ABBREVIATIONS: [RegExp, string][] = [
  [/\ba\.\s*d\.\s*/gi, 'an der '],
  [/\ba\.\s*/gi, 'am '],
  [/\bi\.\s*w(?:estf)?\.?(?=\s|$)/gi, 'in westfalen'],
  [/\bst\.\s*/gi, 'sankt '],
];

/** A qualifier after the proper name: "an der Ruhr", "am See", "(Niederrhein)", "/Ruhr", ", Donau". */
const TOWN_QUALIFIER = /\s*(?:\(.*\)|\/.*|,.*|\s(?:an der|am|im|in|ob der|bei)\s.*)$/i;

/** The comparison keys of a town name: abbreviations spelled out, normalised; once with umlauts as ae/oe/ue, once as a/o/u. */
export function townKeys(name: string): string[] {
  let text = name;
  for (const [pattern, replacement] of TOWN_ABBREVIATIONS) text = text.replace(pattern, replacement);
  const spelled = normaliseName(text);
  const plain = normaliseName(text.replace(/[äöü]/gi, (c) => c.normalize('NFKD')[0]!));
  return spelled === plain ? [spelled] : [spelled, plain];
}

/** The name itself and the name without its qualifier ("Mülheim an der Ruhr" → "Mülheim"). */
function nameVariants(name: string): string[] {
  const short = name.replace(TOWN_QUALIFIER, '').trim();
  return short && short !== name ? [name, short] : [name];
}

/**
 * What to look up for a town written in an ad, most specific first: as written, without a qualifier, then
 * the leading parts of a hyphenated name ("Castrop-Rauxel-Ickern" → "Castrop-Rauxel" → "Castrop"), and
 * last the first word ("Bochum Wattenscheid" → "Bochum").
 */
export function townCandidates(town: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    const t = s.trim();
    if (t && !out.includes(t)) out.push(t);
  };
  for (const variant of nameVariants(town.trim())) {
    add(variant);
    const parts = variant.split(/\s*-\s*/);
    for (let n = parts.length - 1; n >= 1; n--) add(parts.slice(0, n).join('-'));
  }
  add(town.trim().split(/[\s,/(-]/)[0] ?? '');
  return out;
}

/** Finds municipalities by the town names ads give, among a fixed list of units. */
export class TownNameIndex {
  private readonly byKey = new Map<string, Set<string>>();

  constructor(units: readonly { code: string; name: string }[]) {
    for (const unit of units) {
      for (const variant of nameVariants(unit.name)) {
        for (const key of townKeys(variant)) {
          const codes = this.byKey.get(key) ?? new Set<string>();
          codes.add(unit.code);
          this.byKey.set(key, codes);
        }
      }
    }
  }

  /**
   * The code of the one unit the town names, or null. A candidate naming several units (a short form two
   * names share) is passed over for the next one.
   */
  match(town: string): string | null {
    for (const candidate of townCandidates(town)) {
      for (const key of townKeys(candidate)) {
        const codes = this.byKey.get(key);
        if (codes?.size === 1) return codes.values().next().value!;
      }
    }
    return null;
  }
}
