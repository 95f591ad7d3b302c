// The names of the bundled evaluation sets (kept apart from evaluation.ts so the CLI can list them without loading it).

/**
 * `job-ads-handwritten` has a dev part (for tuning) instead of a training part; `job-ads-holdout` is a test set only
 * (its tuning part is the whole hand-written set, dev and spent test part); `job-ads-fresh` (round 3) is a test set
 * only too, its tuning part all earlier job-ad sets (generated training part, hand-written set, spent hold-out).
 */
export const EVAL_SETS = [
  'firm-sites',
  'job-ads',
  'job-ads-handwritten',
  'job-ads-holdout',
  'job-ads-fresh',
] as const;
export type EvalSetName = (typeof EVAL_SETS)[number];
