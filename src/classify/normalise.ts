// Text normalisation shared by dictionaries and matchers: lower case, umlauts folded (ä → ae, ß → ss), separators unified.

const FOLDS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ẞ: 'ss',
  à: 'a',
  á: 'a',
  â: 'a',
  ç: 'c',
  è: 'e',
  é: 'e',
  ê: 'e',
  ë: 'e',
  í: 'i',
  î: 'i',
  ï: 'i',
  ñ: 'n',
  ó: 'o',
  ô: 'o',
  ú: 'u',
  û: 'u',
};

/** True for the characters that make up words: ASCII letters and digits and the Latin-1 letters. */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 192 && c <= 255 && c !== 215 && c !== 247)
  );
}

/**
 * Lower-cases, folds umlauts and accents (ä → ae, é → e, ß → ss) and turns every run of characters that are not
 * letters or digits into one space: "E-Commerce" → "e commerce", "Künstliche  Intelligenz" → "kuenstliche intelligenz".
 */
export function foldText(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (const raw of text.toLowerCase()) {
    const ch = FOLDS[raw] ?? raw;
    if (ch.length > 1 || isWordChar(ch)) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += ch;
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

/** The identity of a term regardless of case, umlaut spelling and separators: "E-Commerce", "eCommerce" → "ecommerce". */
export function termKey(text: string): string {
  return foldText(text).replaceAll(' ', '');
}

/** Collapses white space and trims, for snippets shown to people. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
