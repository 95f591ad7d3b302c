// Language of a page's text from a small stop-word profile for German and English (the languages of firm sites here).

const GERMAN = new Set(
  'der die das und ist nicht mit sich des dem den ein eine einer eines auf für fuer auch von zu im bei wir sie ihr ihre unsere unser oder werden wird sind hat haben über ueber nach aus wie noch nur kann als am zum zur vom'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and is are not with of to in for on that this by from we our your you be have has it at as an or will can more about which their they was were'.split(
    ' ',
  ),
);

/**
 * `de`, `en`, or the page's declared language (`<html lang>`) when the text is too short or undecided; null if
 * neither says anything. Counts stop words of each language among the first 2,000 words.
 */
export function detectLanguage(text: string, declared: string | null): string | null {
  const words = text.toLowerCase().match(/[a-zäöüß]+/g) ?? [];
  let de = 0;
  let en = 0;
  for (const word of words.slice(0, 2000)) {
    if (GERMAN.has(word)) de++;
    if (ENGLISH.has(word)) en++;
  }
  const declaredPrimary = declared ? declared.trim().toLowerCase().split(/[-_]/)[0]! : null;
  if (de + en >= 5) {
    if (de >= 1.5 * en) return 'de';
    if (en >= 1.5 * de) return 'en';
  }
  return declaredPrimary && /^[a-z]{2,3}$/.test(declaredPrimary) ? declaredPrimary : null;
}
