// data/generator: the hand-set values that make the demo data reproduce the press findings, and the few
// structural facts (universities, job density) the rules in municipal-model.ts build on. Everything the
// article says about single municipalities is written down here; every other value comes from rules.
import type { Indicator } from './types.js';

/** The seven "Vorreiter" in their index rank order (finding 1). */
export const LEADERS = [
  'Dortmund',
  'Holzwickede',
  'Bochum',
  'Essen',
  'Haltern am See',
  'Hünxe',
  'Gelsenkirchen',
] as const;
export type Leader = (typeof LEADERS)[number];

/** Hand-set indicator values in the indicator's unit (e.g. per 100,000 employees, share in %). */
export type HandSet = Partial<Record<Indicator, number>>;

/**
 * The front-runners' profiles (finding 1). Seven municipalities can only stand clearly above the mean of
 * all 53 if they lift that mean by as much as the other 46 fall below it in total: with the 46 spread
 * over some 14 points below the mean, the seven must score about 50 points above it. So each of them is
 * near the top of most indicators, within what the other findings allow: Kamp-Lintfort and Bochum lead
 * research funding, Hünxe and Ennepetal patents, Bochum and Bönen start-ups, the three Wesel villages the
 * infrastructure, and Dortmund, Holzwickede and Essen (in this order) employment. Holzwickede, Haltern
 * and Hünxe have no university (no research institutions or IT graduates, except one institute in
 * Haltern); research institutions and IT graduates of the others are in the tables below.
 *
 * Holzwickede sets the ceiling for ranks 2–7: without a university it reaches at most two thirds on
 * research and on employment, and its infrastructure must stay below the three villages'. So Bochum,
 * Essen, Haltern, Hünxe and Gelsenkirchen are stacked a few tenths of a point below it. Counts are
 * integers, so a small place's rate moves in steps (Hünxe: one funded project is 2.3 per 10,000
 * employees); the values below are chosen on those steps.
 */
export const FRONT_RUNNERS: Record<Leader, HandSet> = {
  Dortmund: {
    research_projects: 11.6,
    digital_patents: 135,
    it_employees: 5.9,
    ai_job_ads: 3.45,
    digital_firms: 37.9,
    ai_firms: 8.55,
    digital_startups: 95,
    fttbh: 75,
    gigabit: 97.5,
    mobile_5g: 99.6,
  },
  // Airport, logistics and a cluster of IT firms: many jobs and firms for a small municipality.
  Holzwickede: {
    research_projects: 11.7,
    digital_patents: 135,
    it_employees: 6.0,
    ai_job_ads: 3.45,
    digital_firms: 38.0,
    ai_firms: 8.6,
    digital_startups: 91,
    fttbh: 86,
    gigabit: 96.5,
    mobile_5g: 99.4,
  },
  Bochum: {
    research_projects: 11.8,
    digital_patents: 100,
    it_employees: 4.2,
    ai_job_ads: 1.9,
    digital_firms: 36.0,
    ai_firms: 7.8,
    digital_startups: 100,
    fttbh: 40,
    gigabit: 88,
    mobile_5g: 99.9,
  },
  Essen: {
    research_projects: 11.3,
    digital_patents: 120,
    it_employees: 4.95,
    ai_job_ads: 2.6,
    digital_firms: 37.8,
    ai_firms: 8.45,
    digital_startups: 95,
    fttbh: 54,
    gigabit: 95,
    mobile_5g: 99.3,
  },
  'Haltern am See': {
    research_projects: 11.5,
    digital_patents: 133,
    it_employees: 5.7,
    ai_job_ads: 3.3,
    digital_firms: 36.0,
    ai_firms: 8.4,
    digital_startups: 95,
    fttbh: 85,
    gigabit: 95,
    mobile_5g: 98.8,
  },
  Hünxe: {
    research_projects: 11.4,
    digital_patents: 137,
    it_employees: 5.9,
    ai_job_ads: 3.4,
    digital_firms: 35.8,
    ai_firms: 8.4,
    digital_startups: 90,
    fttbh: 95.0,
    gigabit: 98.8,
    mobile_5g: 99.3,
  },
  Gelsenkirchen: {
    research_projects: 11.0,
    digital_patents: 118,
    it_employees: 4.6,
    ai_job_ads: 2.8,
    digital_firms: 36.5,
    ai_firms: 8.4,
    digital_startups: 92,
    fttbh: 45,
    gigabit: 94,
    mobile_5g: 99.7,
  },
};

/** Single values of other municipalities that the findings name. */
export const NAMED: Record<string, HandSet> = {
  // Finding 3: first on funded research (a young university campus); otherwise a small former mining
  // town: hardly any patents yet, fibre and cable only in parts of the town.
  'Kamp-Lintfort': { research_projects: 12.1, digital_patents: 5, fttbh: 9, gigabit: 52 },
  Ennepetal: { digital_patents: 136 }, // finding 4: second on patents (industrial Mittelstand)
  Bönen: { digital_startups: 98 }, // finding 9: second on start-ups
  // Finding 5: demand-bundled fibre roll-outs put the three villages at the top of the infrastructure
  // (5G covers the flat land well); no patent applicant is based there.
  Schermbeck: { fttbh: 93.6, gigabit: 98.6, mobile_5g: 98.8, digital_patents: 0 },
  Sonsbeck: { fttbh: 92.1, gigabit: 98.2, mobile_5g: 98.9, digital_patents: 0 },
  Oberhausen: { mobile_5g: 99.8 }, // finding 6: second on 5G, after Bochum and before Gelsenkirchen
  // Hilly and remote: the lowest 5G coverage, but a municipal fibre project reached part of the town.
  Breckerfeld: { mobile_5g: 93.5, fttbh: 24, gigabit: 50 },
};

/** Finding 7: the lowest IT shares (in %), so that these three come last on employment. */
export const IT_EMPLOYEES_LAST: Record<string, number> = { Sonsbeck: 1.0, Schermbeck: 1.05, Xanten: 1.1 };
/** Lowest IT share any other municipality gets, so that the last three stay last. */
export const IT_EMPLOYEES_FLOOR = 1.2;

/** Employees subject to social insurance per inhabitant, where it differs from the urbanity rule. */
export const EMPLOYEE_RATIO: Record<string, number> = {
  Essen: 0.44,
  Dortmund: 0.44,
  Holzwickede: 0.45, // airport and logistics: many jobs for a small municipality
  Bochum: 0.42,
  'Mülheim an der Ruhr': 0.41,
  Duisburg: 0.4,
};

/** Research institutions (count): universities and institutes sit in the south and the big cities (finding 2). */
export const RESEARCH_INSTITUTIONS: Record<string, number> = {
  Dortmund: 64,
  Bochum: 40,
  Essen: 34,
  Gelsenkirchen: 16,
  Duisburg: 10,
  Hagen: 5,
  'Mülheim an der Ruhr': 4,
  Hamm: 4,
  Witten: 3,
  Recklinghausen: 3,
  Bottrop: 2,
  'Kamp-Lintfort': 1,
  Herne: 1,
  Marl: 1,
  'Haltern am See': 1,
};

/**
 * Relative IT-graduate rates per 1,000 employees of the universities' seat municipalities; scaled so that
 * the Ruhr as a whole has 1.6 (finding 11). Kamp-Lintfort's campus belongs to a university seated in Kleve.
 */
export const IT_GRADUATES_WEIGHT: Record<string, number> = {
  Dortmund: 6.0,
  Bochum: 4.5,
  Essen: 2.6,
  Gelsenkirchen: 2.2,
  'Mülheim an der Ruhr': 1.2,
  Hagen: 1.1,
  Duisburg: 1.0,
  Witten: 1.0,
  Bottrop: 0.9,
  Hamm: 0.8,
  Recklinghausen: 0.6,
};
export const RUHR_IT_GRADUATES_PER_1000 = 1.6;

/** Finding 8: the Duisburg–Dortmund axis, where the job ads asking for AI skills are. */
export const AI_ADS_AXIS = [
  'Duisburg',
  'Mülheim an der Ruhr',
  'Oberhausen',
  'Essen',
  'Gelsenkirchen',
  'Bochum',
  'Herne',
  'Dortmund',
];
/** How many further larger municipalities get a few AI job ads; all others get none (finding 8). */
export const AI_JOB_ADS_EXTRA_PLACES = 10;
/** Never among the extra places (Kamp-Lintfort's strengths are research funding and firms). */
export const NO_AI_JOB_ADS = ['Kamp-Lintfort'];

/** Exactly these five have no digital start-up (finding 9). */
export const NO_STARTUPS = ['Alpen', 'Rheinberg', 'Sonsbeck', 'Schermbeck', 'Selm'];

/** Highest 5G coverage of any municipality not hand-set, below the three 5G leaders (finding 6). */
export const MOBILE_5G_CAP = 99.5;
/** Area-weighted 5G coverage of the Ruhr as a whole (finding 11). */
export const RUHR_MOBILE_5G = 98.3;

/**
 * How the other 46 spread below the Ruhr average, in index points (see spread.ts): the best of them
 * `gap` below it, a band of `band` points holding the share `bandShare` of them, then a tail of `tail`
 * points for the laggards.
 */
export const SPREAD = { gap: 2.1, band: 7.5, bandShare: 0.65, tail: 7 };
