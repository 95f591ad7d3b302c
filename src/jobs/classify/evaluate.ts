// Evaluates the job-ad classifier on labelled ads: precision, recall and F1 of "asks for AI skills".
import { z } from 'zod';
import { binaryMetrics, type BinaryMetrics } from '../../classify/metrics.js';
import type { AdClassification } from './index.js';

export const jobAdRecordSchema = z.object({
  id: z.string().min(1),
  source: z.enum(['generated', 'handwritten']),
  role: z.string(),
  ai_skill: z.boolean(),
  hard_negative: z.boolean(),
  title: z.string(),
  description: z.string(),
});

export type JobAdRecord = z.infer<typeof jobAdRecordSchema>;

export interface JobAdEvaluation {
  records: number;
  aiSkill: BinaryMetrics;
  misclassified: { id: string; truth: boolean; score: number }[];
}

export function evaluateJobAds(
  records: readonly JobAdRecord[],
  classify: (ad: { title: string; description: string }) => AdClassification,
): JobAdEvaluation {
  const results = records.map((r) => classify(r));
  return {
    records: records.length,
    aiSkill: binaryMetrics(
      records.map((r) => r.ai_skill),
      results.map((c) => c.aiSkill),
    ),
    misclassified: records
      .map((r, i) => ({
        id: r.id,
        truth: r.ai_skill,
        score: results[i]!.score,
        predicted: results[i]!.aiSkill,
      }))
      .filter((m) => m.truth !== m.predicted)
      .map(({ id, truth, score }) => ({ id, truth, score })),
  };
}
