// data/generator: the hand-set values per municipality that make the demo data reproduce the press findings.
// Every table is keyed by the municipality's name in data/master/municipalities.csv. Rates are in the
// indicator's unit (e.g. per 100,000 inhabitants); municipalities not listed get rule-based values.

/** The seven "Vorreiter" in their index rank order (finding 1); every other municipality is balanced below. */
export const LEADERS = [
  'Dortmund',
  'Holzwickede',
  'Bochum',
  'Essen',
  'Haltern am See',
  'Hünxe',
  'Gelsenkirchen',
] as const;

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
  Dortmund: 36,
  Bochum: 26,
  Essen: 20,
  Duisburg: 10,
  Gelsenkirchen: 8,
  Hagen: 5,
  'Mülheim an der Ruhr': 4,
  Witten: 4,
  Hamm: 4,
  Recklinghausen: 3,
  Bottrop: 2,
  'Kamp-Lintfort': 1,
  Herne: 1,
  Marl: 1,
};

/** Funded digital research projects per 10,000 employees: few places, Kamp-Lintfort and Bochum ahead (finding 3). */
export const RESEARCH_PROJECTS_RATE: Record<string, number> = {
  'Kamp-Lintfort': 10.5,
  Bochum: 8.6,
  Dortmund: 8.0,
  Essen: 5.0,
  Witten: 3.0,
  'Mülheim an der Ruhr': 2.5,
  Gelsenkirchen: 3.5,
  Duisburg: 2.2,
  Hagen: 1.8,
  Bottrop: 1.5,
  Hamm: 1.2,
  Recklinghausen: 1.0,
  Holzwickede: 7.0,
  'Haltern am See': 4.0,
  Hünxe: 2.3,
};

/** Digital patents per 100,000 employees: small municipalities lead (finding 4). */
export const PATENTS_RATE: Record<string, number> = {
  Hünxe: 150,
  Ennepetal: 118,
  Holzwickede: 100,
  Dortmund: 80,
  'Haltern am See': 70,
  Essen: 42,
  Bochum: 30,
  Gelsenkirchen: 14,
  'Kamp-Lintfort': 6,
};

/** Share of IT employees in %: leaders explicit; Sonsbeck, Xanten, Schermbeck lowest (finding 7). */
export const IT_EMPLOYEES_SHARE: Record<string, number> = {
  Holzwickede: 6.0,
  Dortmund: 5.5,
  Essen: 4.5,
  'Haltern am See': 4.8,
  Gelsenkirchen: 3.8,
  Hünxe: 3.4,
  Bochum: 3.2,
  Sonsbeck: 1.0,
  Xanten: 1.1,
  Schermbeck: 1.2,
};
/** Lowest IT share any other municipality may get, so that the last three stay last. */
export const IT_EMPLOYEES_FLOOR = 1.35;
/** The larger IT labour markets lie on the Duisburg–Dortmund axis: these keep at least this IT share. */
export const IT_AXIS = [
  'Duisburg',
  'Mülheim an der Ruhr',
  'Oberhausen',
  'Essen',
  'Gelsenkirchen',
  'Bochum',
  'Herne',
  'Dortmund',
];
export const IT_AXIS_FLOOR = 2.3;

/**
 * Relative IT-graduate rates per 1,000 employees of the universities' seat municipalities; scaled so that
 * the Ruhr as a whole has 1.6 (finding 11). Kamp-Lintfort's campus belongs to a university seated in Kleve.
 */
export const IT_GRADUATES_WEIGHT: Record<string, number> = {
  Dortmund: 3.6,
  Bochum: 2.4,
  Essen: 1.7,
  Gelsenkirchen: 1.5,
  Hagen: 1.1,
  Duisburg: 1.0,
  'Mülheim an der Ruhr': 1.2,
  Witten: 1.1,
  Bottrop: 1.0,
  Hamm: 0.9,
  Recklinghausen: 0.8,
};
export const RUHR_IT_GRADUATES_PER_1000 = 1.6;

/** Share of job ads asking for AI skills in %: the Duisburg–Dortmund axis and Holzwickede (finding 8). */
export const AI_JOB_ADS_SHARE: Record<string, number> = {
  Holzwickede: 3.2,
  Dortmund: 2.9,
  Essen: 2.2,
  Bochum: 1.5,
  Gelsenkirchen: 1.8,
  'Mülheim an der Ruhr': 1.3,
  Duisburg: 1.2,
  'Haltern am See': 2.6,
  Hünxe: 1.5,
  Oberhausen: 0.8,
  Herne: 0.9,
};
/** How many further (randomly chosen, larger) municipalities get a few AI job ads; all others get none. */
export const AI_JOB_ADS_EXTRA_PLACES = 12;
/** Never among the random extra places (Kamp-Lintfort's strengths are research funding and firms). */
export const NO_AI_JOB_ADS = ['Kamp-Lintfort'];

/** Share of digital-affine firms in %: the axis Kamp-Lintfort – Holzwickede, plus Haltern am See (finding 10). */
export const DIGITAL_FIRMS_SHARE: Record<string, number> = {
  Holzwickede: 38.0,
  Dortmund: 36.5,
  Essen: 35.5,
  'Haltern am See': 32.0,
  Bochum: 31.5,
  'Kamp-Lintfort': 29.0,
  Moers: 31.0,
  Duisburg: 30.5,
  Oberhausen: 30.5,
  Gelsenkirchen: 31.0,
  Hünxe: 23.0,
};

/** Share of AI-affine firms in % for the leaders; every other municipality is balanced (see municipal-model). */
export const AI_FIRMS_SHARE: Record<string, number> = {
  Dortmund: 8.5,
  Holzwickede: 8.3,
  'Haltern am See': 8.2,
  Hünxe: 7.2,
  Essen: 7.2,
  Gelsenkirchen: 5.3,
  Bochum: 5.0,
};

/** Digital start-ups per 10,000 firms: Bochum and Bönen ahead, the Essen–Holzwickede axis high (finding 9). */
export const STARTUPS_RATE: Record<string, number> = {
  Bochum: 100,
  Bönen: 86,
  Dortmund: 76,
  Holzwickede: 75,
  Essen: 62,
  'Haltern am See': 66,
  Gelsenkirchen: 60,
  Hünxe: 50,
  Herne: 30,
};
/** Exactly these five have no digital start-up (finding 9). */
export const NO_STARTUPS = ['Alpen', 'Rheinberg', 'Sonsbeck', 'Schermbeck', 'Selm'];

/** FTTB/H in % of households: targeted roll-outs in the three infrastructure leaders (finding 5). */
export const FTTBH: Record<string, number> = {
  Hünxe: 95.0,
  Schermbeck: 93.6,
  Sonsbeck: 92.1,
  'Haltern am See': 68.0,
  Holzwickede: 40.0,
  Dortmund: 32.0,
  Bochum: 20.0,
  Essen: 20.0,
};
export const GIGABIT: Record<string, number> = {
  Hünxe: 98.8,
  Schermbeck: 98.3,
  Sonsbeck: 97.9,
  Holzwickede: 80.0,
  Dortmund: 78.0,
};

/** 5G in % of area: Bochum, Oberhausen, Gelsenkirchen lead (finding 6); these values are not rescaled by the calibration. */
export const MOBILE_5G_FIXED: Record<string, number> = {
  Bochum: 99.9,
  Oberhausen: 99.8,
  Gelsenkirchen: 99.7,
  Hünxe: 97.1,
  Sonsbeck: 97.0,
  Schermbeck: 96.9,
  Breckerfeld: 93.5, // hilly and remote: the lowest coverage
  'Kamp-Lintfort': 97.3,
  Holzwickede: 99.4,
  Dortmund: 99.5,
  'Haltern am See': 97.6,
  Duisburg: 98.2,
};
/** Highest 5G coverage of any other municipality, below the three leaders. */
export const MOBILE_5G_CAP = 99.5;
/** Area-weighted 5G coverage of the Ruhr as a whole (finding 11). */
export const RUHR_MOBILE_5G = 98.3;
