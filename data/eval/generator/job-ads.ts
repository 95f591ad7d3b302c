// Generates the synthetic job-ad evaluation records from the role pools (seeded, reproducible).
import type { Random } from '../../../src/engine/random.js';
import { chance, FIRST_NAMES, fill, pick, pickSome, SURNAMES, TOWNS } from './compose.js';
import { AI_AS_A_PLUS, CLOSINGS, OFFERS, RECRUITING_AI, ROLES, type Role } from './job-pools.js';

export interface JobAdRecord {
  id: string;
  source: 'generated' | 'handwritten';
  role: string;
  ai_skill: boolean;
  /** A negative with a trap: AI in recruiting, AI tools, AI products sold, AI "a plus", Kita/Ski/Kiosk. */
  hard_negative: boolean;
  title: string;
  description: string;
}

const EMPLOYERS = [
  'Ruhrwerk',
  'Emscher Digital',
  'Zeche Consult',
  'Stahlblau',
  'Kohlenpott Solutions',
  'Hafenlicht',
  'Förderturm',
  'Westfalen Data',
];
const TRAP_ROLES = new Set([
  'childcare',
  'ski-instructor',
  'kiosk',
  'sales-ai-product',
  'marketing',
  'recruiter',
  'office-ai-startup',
  'customer-service',
  'teacher-it',
]);

export function generateAd(random: Random, id: string, role: Role): JobAdRecord {
  const values: Record<string, string> = {
    employer: `${pick(random, EMPLOYERS)} ${pick(random, ['GmbH', 'AG', 'GmbH & Co. KG', 'SE'])}`,
    town: pick(random, TOWNS),
    first: pick(random, FIRST_NAMES),
    surname: pick(random, SURNAMES),
    phone: String(100000 + random.int(899999)),
  };
  let trap = TRAP_ROLES.has(role.key);
  const tasks = pickSome(random, role.tasks, 2 + random.int(2));
  const profile = pickSome(random, role.profile, 2 + random.int(2));
  // traps appear in positives too, so that they do not give the label away
  if (chance(random, role.aiSkill ? 0.2 : 0.3)) {
    profile.push(pick(random, AI_AS_A_PLUS));
    trap = true;
  }
  const closing = pickSome(random, CLOSINGS, 1 + random.int(2));
  if (chance(random, role.aiSkill ? 0.15 : 0.25)) {
    closing.unshift(pick(random, RECRUITING_AI));
    trap = true;
  }
  const english = chance(random, 0.5);
  const sections = [
    fill(pick(random, role.intros), values),
    english ? 'Deine Aufgaben:' : 'Ihre Aufgaben:',
    ...tasks.map((t) => '• ' + t),
    english ? 'Dein Profil:' : 'Ihr Profil:',
    ...profile.map((t) => '• ' + t),
    'Wir bieten:',
    ...pickSome(random, OFFERS, 2 + random.int(3)).map((t) => '• ' + t),
    ...closing.map((t) => fill(t, values)),
  ];
  return {
    id,
    source: 'generated',
    role: role.key,
    ai_skill: role.aiSkill,
    hard_negative: !role.aiSkill && trap,
    title: pick(random, role.titles),
    description: sections.join('\n'),
  };
}

/** `count` generated ads; AI roles make up about a third. */
export function generateAds(random: Random, count: number, firstNumber: number): JobAdRecord[] {
  const positives = ROLES.filter((r) => r.aiSkill);
  const negatives = ROLES.filter((r) => !r.aiSkill);
  const records: JobAdRecord[] = [];
  for (let i = 0; i < count; i++) {
    const role = chance(random, 0.33) ? pick(random, positives) : negatives[i % negatives.length]!;
    records.push(generateAd(random, `ad-${String(firstNumber + i).padStart(4, '0')}`, role));
  }
  return records;
}
