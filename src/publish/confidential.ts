// The one guard every publishing path (API, downloads, dashboard, reports, public explain) puts values through.
//
// A confidential value (non-public statistics, marked by its source, mapping or file) is stored and used in
// computation, but its number never leaves the system: publishing shows "vertraulich" instead.

/** Anything that carries a number and whether it is confidential (an observed value, a derived step). */
export interface MaybeConfidential {
  value: number | null;
  confidential: boolean;
}

/** What may be published: the number, or null with `withheld` set when it is confidential. */
export type PublicValue = { value: number | null; withheld: false } | { value: null; withheld: true };

export const WITHHELD_LABEL = { de: 'vertraulich', en: 'confidential' } as const;

/** The publishable form of a value: confidential values lose their number. */
export function publicValue(v: MaybeConfidential): PublicValue {
  return v.confidential ? { value: null, withheld: true } : { value: v.value, withheld: false };
}

/** The number a public output may show, or the label that stands in for a confidential one. */
export function publicText(
  v: MaybeConfidential,
  format: (value: number | null) => string,
  lang: keyof typeof WITHHELD_LABEL = 'de',
): string {
  const published = publicValue(v);
  return published.withheld ? WITHHELD_LABEL[lang] : format(published.value);
}
