// The names of the bundled evaluation sets (kept apart from evaluation.ts so the CLI can list them without loading it).

/** `job-ads-handwritten` has a dev part (for tuning) instead of a training part. */
export const EVAL_SETS = ['firm-sites', 'job-ads', 'job-ads-handwritten'] as const;
export type EvalSetName = (typeof EVAL_SETS)[number];
