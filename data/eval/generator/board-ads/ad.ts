// The shape of a hand-written job-board ad, the one-line helper the ad files use to declare them, and their records.
import { createRandom } from '../../../../src/engine/random.js';

/** `ai`: asks for AI skills; `hard`: a negative with a trap (Kita/Ski/Kiosk, AI tools, AI as a plus, …); `plain`: an ordinary negative. */
export type BoardLabel = 'ai' | 'hard' | 'plain';

export interface BoardAd {
  role: string;
  label: BoardLabel;
  title: string;
  description: string;
}

/** Declares one ad; the description is trimmed of the template literal's leading and trailing line breaks. */
export function ad(role: string, label: BoardLabel, title: string, description: string): BoardAd {
  return { role, label, title, description: description.trim() };
}

/** One ad as a line of an evaluation set (the fields of `data/eval/job-ads/*.jsonl`). */
export interface BoardRecord<Source extends string> {
  id: string;
  source: Source;
  role: string;
  ai_skill: boolean;
  hard_negative: boolean;
  title: string;
  description: string;
}

/**
 * Ads (written grouped by kind) as records: shuffled by a seeded Fisher–Yates, then numbered `PREFIX-0001`,
 * `PREFIX-0002`, … Never change the seed of a frozen set: its ids and bytes follow from it.
 */
export function boardRecords<Source extends string>(
  ads: readonly BoardAd[],
  options: { seed: number; prefix: string; source: Source },
): BoardRecord<Source>[] {
  const shuffled = [...ads];
  const random = createRandom(options.seed);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.map((a, i) => ({
    id: `${options.prefix}-${String(i + 1).padStart(4, '0')}`,
    source: options.source,
    role: a.role,
    ai_skill: a.label === 'ai',
    hard_negative: a.label === 'hard',
    title: a.title,
    description: a.description,
  }));
}
