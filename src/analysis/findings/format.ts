// Number, rank and list formatting of the findings, German ("98,3 %", "Platz 10") or English.
export type Lang = 'de' | 'en';

export function num(x: number | null, lang: Lang, digits = 1): string {
  if (x === null || !Number.isFinite(x)) return lang === 'de' ? 'k. A.' : 'n/a';
  return x.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A value with its unit; "%" units are written "98,3 %" (German: a space before the sign). */
export function withUnit(x: number | null, unit: string, lang: Lang, digits = 1): string {
  if (unit.startsWith('%')) return `${num(x, lang, digits)} ${unit}`;
  const share = /(Anteil|share).*%$/i.test(unit);
  if (share) return `${num(x, lang, digits)} %`;
  return `${num(x, lang, digits)} ${unit}`;
}

export function rank(r: number | null, lang: Lang): string {
  if (r === null) return lang === 'de' ? 'ohne Rang' : 'unranked';
  return lang === 'de' ? `Platz ${r}` : `rank ${r}`;
}

/** "A, B und C" / "A, B and C". */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'de' ? 'und' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

const DE_WORDS = [
  'null',
  'eine',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
];
const EN_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** Counts up to twelve as words (press style), larger ones as digits. */
export function count(n: number, lang: Lang, capital = false): string {
  const words = lang === 'de' ? DE_WORDS : EN_WORDS;
  const word = n >= 0 && n < words.length && Number.isInteger(n) ? words[n]! : String(n);
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

export function signed(x: number, lang: Lang, digits = 1): string {
  return (x > 0 ? '+' : x < 0 ? '−' : '±') + num(Math.abs(x), lang, digits);
}
