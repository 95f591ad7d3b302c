// Generates the synthetic firm-site evaluation records from the sentence pools (seeded, reproducible).
import type { Random } from '../../../src/engine/random.js';
import { chance, FIRST_NAMES, fill, pick, pickSome, shuffle, SURNAMES, TOWNS, year } from './compose.js';
import {
  AI_USE_TRAPS,
  DIGITAL_TRAPS,
  FOUNDING_TEMPLATES,
  INDUSTRIES,
  KI_LOOKALIKES,
  PRIVACY_TEXTS,
  type Industry,
} from './firm-pools.js';

export interface EvalPage {
  url: string;
  title: string;
  description: string;
  text: string;
}

export interface FirmSiteRecord {
  id: string;
  source: 'generated' | 'handwritten';
  industry: string;
  digital_affine: boolean;
  ai_affine: boolean;
  /** A negative that carries a trap for at least one of the labels (look-alike words, use of AI, boilerplate). */
  hard_negative: boolean;
  /** The founding year the site states, or null. */
  founded: number | null;
  pages: EvalPage[];
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function imprint(
  random: Random,
  name: string,
  values: Record<string, string>,
  founded: string | null,
): string {
  const court = pick(random, ['Essen', 'Dortmund', 'Bochum', 'Duisburg', 'Gelsenkirchen', 'Hagen']);
  const hrb = String(10000 + random.int(30000));
  const register =
    founded !== null && /GmbH|UG|AG/.test(name) && chance(random, 0.5)
      ? `Registergericht: Amtsgericht ${court}, HRB ${hrb}, eingetragen am ${1 + random.int(28)}.${1 + random.int(12)}.${founded}.`
      : /GmbH|UG|AG|KG/.test(name)
        ? `Registergericht: Amtsgericht ${court}, HRB ${hrb}.`
        : '';
  return [
    `Impressum. Angaben gemäß § 5 DDG: ${name}, ${values.street} ${1 + random.int(120)}, ${values.postcode} ${values.town}.`,
    `Vertreten durch: ${values.first} ${values.surname}.`,
    `Telefon: 0201 ${100000 + random.int(899999)}, E-Mail: info@${values.domain}.`,
    register,
    `Umsatzsteuer-Identifikationsnummer: DE${100000000 + random.int(899999999)}.`,
  ]
    .filter((s) => s.length > 0)
    .join('\n');
}

/** One generated firm: labels are drawn first, then the text is composed to match them. */
export function generateFirm(random: Random, id: string, industry: Industry): FirmSiteRecord {
  const ai = industry.ai.length > 0 && chance(random, industry.pAi);
  const digital = ai || (industry.digital.length > 0 && chance(random, industry.pDigital));
  const surname = pick(random, SURNAMES);
  const town = pick(random, TOWNS);
  const values: Record<string, string> = {
    surname,
    surname2: pick(random, SURNAMES),
    first: pick(random, FIRST_NAMES),
    town,
    staff: String(5 + random.int(80)),
    street: pick(random, [
      'Hauptstraße',
      'Bahnhofstraße',
      'Kruppstraße',
      'Zechenweg',
      'Am Hafen',
      'Ruhrallee',
      'Westfalendamm',
    ]),
    postcode: String(44000 + random.int(3999)),
  };
  const name = fill(pick(random, industry.names), values);
  values.domain = slug(name).slice(0, 24) + '.de';
  const base = `https://www.${values.domain}`;

  const home: string[] = pickSome(random, industry.neutral, 2 + random.int(2));
  const about: string[] = pickSome(random, industry.neutral, 1 + random.int(2));
  if (digital) home.push(...pickSome(random, industry.digital, ai ? 1 : 1 + random.int(2)));
  if (ai) (chance(random, 0.5) ? home : about).push(...pickSome(random, industry.ai, 1 + random.int(2)));

  let hard = false;
  if (!digital && chance(random, 0.55)) {
    home.push(...pickSome(random, DIGITAL_TRAPS, 1 + random.int(3)));
    hard = true;
  }
  if (!ai && chance(random, 0.3)) {
    const fitting = AI_USE_TRAPS.filter(
      (t) => t.industries.length === 0 || t.industries.includes(industry.key),
    );
    home.push(pick(random, fitting).text);
    hard = true;
  }
  if (chance(random, 0.2)) {
    home.push(pick(random, KI_LOOKALIKES));
    hard = hard || !ai;
  }
  let foundedYear: string | null = null;
  if (chance(random, 0.7)) {
    foundedYear = industry.key === 'startup' ? year(random, 2016, 2025) : year(random, 1890, 2024);
    about.unshift(pick(random, FOUNDING_TEMPLATES).text);
    values.year = foundedYear;
  }
  const footer = chance(random, 0.5) ? [pick(random, DIGITAL_TRAPS.slice(0, 5))] : [];
  const pages: EvalPage[] = [
    {
      url: `${base}/`,
      title: `${name} – ${fill(pick(random, industry.taglines), values)}`,
      description: fill(pick(random, industry.taglines), values),
      text: [...shuffle(random, home), ...footer].map((s) => fill(s, values)).join('\n'),
    },
    {
      url: `${base}/${pick(random, ['ueber-uns', 'unternehmen', 'about', 'wir'])}`,
      title: `Über uns – ${name}`,
      description: '',
      text: about.map((s) => fill(s, values)).join(' '),
    },
  ];
  if (chance(random, 0.8)) {
    pages.push({
      url: `${base}/impressum`,
      title: 'Impressum',
      description: '',
      text: imprint(random, name, values, foundedYear),
    });
  }
  if (chance(random, 0.5)) {
    pages.push({
      url: `${base}/datenschutz`,
      title: 'Datenschutz',
      description: '',
      text: pickSome(random, PRIVACY_TEXTS, 2).join('\n'),
    });
  }
  return {
    id,
    source: 'generated',
    industry: industry.key,
    digital_affine: digital,
    ai_affine: ai,
    hard_negative: hard,
    founded: foundedYear === null ? null : Number(foundedYear),
    pages,
  };
}

/** `count` generated firms, industries drawn in proportion to a rough mix of a regional firm list. */
export function generateFirms(random: Random, count: number, firstNumber: number): FirmSiteRecord[] {
  const records: FirmSiteRecord[] = [];
  for (let i = 0; i < count; i++) {
    const industry = INDUSTRIES[i % INDUSTRIES.length]!;
    records.push(generateFirm(random, `firm-${String(firstNumber + i).padStart(4, '0')}`, industry));
  }
  return records;
}
