// Evaluates the firm classifier on labelled firm sites: precision, recall, F1 per label, founding-year accuracy.
import { z } from 'zod';
import { binaryMetrics, type BinaryMetrics } from '../../classify/metrics.js';
import type { FirmClassification, FirmPageText } from './types.js';

export const firmSiteRecordSchema = z.object({
  id: z.string().min(1),
  source: z.enum(['generated', 'handwritten']),
  industry: z.string(),
  digital_affine: z.boolean(),
  ai_affine: z.boolean(),
  hard_negative: z.boolean(),
  founded: z.number().int().nullable(),
  pages: z
    .array(z.object({ url: z.string(), title: z.string(), description: z.string(), text: z.string() }))
    .min(1),
});

export type FirmSiteRecord = z.infer<typeof firmSiteRecordSchema>;

export interface FirmSiteEvaluation {
  records: number;
  digital: BinaryMetrics;
  ai: BinaryMetrics;
  /** Firms whose site states a founding year: share found exactly; plus years reported for firms that state none. */
  founded: { stated: number; exact: number; missed: number; wrong: number; spurious: number };
  misclassified: { id: string; label: 'digital' | 'ai'; truth: boolean; score: number }[];
}

export function pagesOf(record: FirmSiteRecord): FirmPageText[] {
  return record.pages.map((p) => ({ ...p, lang: 'de' }));
}

export function evaluateFirmSites(
  records: readonly FirmSiteRecord[],
  classify: (pages: FirmPageText[]) => FirmClassification,
): FirmSiteEvaluation {
  const results = records.map((r) => classify(pagesOf(r)));
  const founded = { stated: 0, exact: 0, missed: 0, wrong: 0, spurious: 0 };
  const misclassified: FirmSiteEvaluation['misclassified'] = [];
  records.forEach((r, i) => {
    const c = results[i]!;
    if (r.founded !== null) {
      founded.stated++;
      if (c.foundedFromSite === r.founded) founded.exact++;
      else if (c.foundedFromSite === null) founded.missed++;
      else founded.wrong++;
    } else if (c.foundedFromSite !== null) founded.spurious++;
    if (c.digitalAffine !== r.digital_affine) {
      misclassified.push({ id: r.id, label: 'digital', truth: r.digital_affine, score: c.digitalScore });
    }
    if (c.aiAffine !== r.ai_affine)
      misclassified.push({ id: r.id, label: 'ai', truth: r.ai_affine, score: c.aiScore });
  });
  return {
    records: records.length,
    digital: binaryMetrics(
      records.map((r) => r.digital_affine),
      results.map((c) => c.digitalAffine),
    ),
    ai: binaryMetrics(
      records.map((r) => r.ai_affine),
      results.map((c) => c.aiAffine),
    ),
    founded,
    misclassified,
  };
}
