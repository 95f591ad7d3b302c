// Contract between the crawler, the firm list and the firm classifier (shared by three helpers; keep names stable).

/** The text of one crawled page of a firm's site, as the extractor delivers it. */
export interface FirmPageText {
  url: string;
  title: string;
  description: string;
  text: string;
  lang: string | null;
}

/** Why a firm was classified as it was: a matched term, the page it was found on and a short snippet (≤ 160 chars). */
export interface Evidence {
  kind: 'digital' | 'ai' | 'founded';
  term: string;
  url: string;
  snippet: string;
}

export interface FirmClassification {
  digitalScore: number;
  aiScore: number;
  digitalAffine: boolean;
  aiAffine: boolean;
  /** Founding year found in imprint/about pages, if any. */
  foundedFromSite: number | null;
  evidence: Evidence[];
  classifierVersion: string;
}
