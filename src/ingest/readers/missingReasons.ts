// The special signs of German official statistics (Zeichenerklärung): signs that replace a value → MissingReason, and quality flags.
import type { MissingReason } from '../../model/index.js';

/**
 * Signs that stand instead of a number, as the statistical offices explain them (Destatis "Zeichenerklärung",
 * e.g. in Wirtschaft und Statistik; the Länder offices use the same list):
 *
 * | sign  | meaning (de)                                                        | reason           |
 * |-------|---------------------------------------------------------------------|------------------|
 * | `-`   | nichts vorhanden (genau null)                                       | `nothing`        |
 * | `.`   | Zahlenwert unbekannt oder geheim zu halten                          | `unknown`        |
 * | `...` | Angabe fällt später an                                              | `later`          |
 * | `x`   | Tabellenfach gesperrt, weil Aussage nicht sinnvoll                  | `not-meaningful` |
 * | `/`   | keine Angabe, da Zahlenwert nicht sicher genug                      | `uncertain`      |
 *
 * The newer letter signs some Länder offices publish (Landesamt für Statistik Niedersachsen: `g` unbekannt
 * oder geheim, `t` fällt später an, `u` nicht sicher genug) map to the same reasons when they stand alone.
 * `*` is the Federal Employment Agency's sign for numbers suppressed for confidentiality (small counts).
 * `0` ("weniger als die Hälfte von 1 in der letzten besetzten Stelle") is a number, not a sign.
 */
export const MISSING_SIGNS: Readonly<Record<string, MissingReason>> = {
  '-': 'nothing',
  '–': 'nothing', // en dash, as typeset tables and spreadsheets write the dash
  '.': 'unknown',
  '...': 'later',
  '…': 'later',
  x: 'not-meaningful',
  X: 'not-meaningful',
  '/': 'uncertain',
  g: 'unknown',
  t: 'later',
  u: 'uncertain',
  '*': 'suppressed',
};

/**
 * Flags written next to a value (or in GENESIS' `_q` quality columns): the value is kept and the flag stored
 * as its quality. `()` is the sign for a value in parentheses, "Aussagewert eingeschränkt, da der Zahlenwert
 * statistisch relativ unsicher ist".
 */
export const QUALITY_FLAGS: Readonly<Record<string, string>> = {
  p: 'vorläufige Zahl (provisional)',
  r: 'berichtigte Zahl (corrected)',
  s: 'geschätzte Zahl (estimated)',
  e: 'endgültige Zahl (final)',
  u: 'Aussagewert eingeschränkt, statistisch relativ unsicher (limited reliability)',
  f: 'Aussagewert eingeschränkt, Zahlenwert fehlerbehaftet (limited reliability, errors)',
  g: 'Qualitätskennzeichen g (as written by the source)',
  '()': 'Aussagewert eingeschränkt (limited reliability, value in parentheses)',
};

/** The reason a sign stands for, or undefined when the text is not a sign. */
export function missingReasonOf(sign: string): MissingReason | undefined {
  return Object.hasOwn(MISSING_SIGNS, sign) ? MISSING_SIGNS[sign] : undefined;
}

export function isQualityFlag(flag: string): boolean {
  return Object.hasOwn(QUALITY_FLAGS, flag);
}

export interface SignReading {
  missingReason: MissingReason;
  quality: string | null;
}

/**
 * Reads a cell that holds a sign instead of a number, possibly followed by a quality flag (".g" in a real
 * Regionaldatenbank export: secret, flag g). Undefined when the text is not such a sign.
 */
export function readSign(text: string): SignReading | undefined {
  const t = text.trim();
  const alone = missingReasonOf(t);
  if (alone !== undefined) return { missingReason: alone, quality: null };
  const match = /^(\.\.\.|[-–.x/*…])\s*([a-z])$/.exec(t);
  if (match && isQualityFlag(match[2]!)) {
    return { missingReason: missingReasonOf(match[1]!)!, quality: match[2]! };
  }
  return undefined;
}
