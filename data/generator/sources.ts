// data/generator: the sources cited by the demo values, and which source and reference date each variable gets.
import type { Edition, SourceRow, Variable } from './types.js';

export const REAL_POPULATION_SOURCE = 'destatis-gv-2021';
export const REAL_POPULATION_DATE = '2021-12-31';

const SYNTHETIC_LICENCE = 'MIT (synthetic data of this project)';

function synthetic(id: string, modelledOn: string, title: string): SourceRow {
  return {
    id,
    publisher: `digitalindex demo generator (synthetic, modelled on ${modelledOn})`,
    tableCode: '',
    title,
    licence: SYNTHETIC_LICENCE,
    url: '',
    synthetic: true,
  };
}

export const SOURCES: SourceRow[] = [
  {
    id: REAL_POPULATION_SOURCE,
    publisher: 'Statistisches Bundesamt (Destatis)',
    tableCode: 'GV-ISys',
    title: 'Gemeindeverzeichnis, Bevölkerung 31.12.2021',
    licence: 'dl-de/by-2-0',
    url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
    synthetic: false,
  },
  synthetic(
    'demo-population',
    'Destatis 12411-01-01-5',
    'Population of the metropolitan regions other than the Ruhr',
  ),
  synthetic(
    'demo-employees',
    'Destatis 13111-01-03-5',
    'Employees subject to social insurance at place of work',
  ),
  synthetic('demo-firms', 'Unternehmensregister 52111-01-02-4', 'Firms (establishments)'),
  synthetic(
    'demo-web-crawl',
    'digitalindex web crawl',
    'Classified firm websites; digital-affine and AI-affine firms',
  ),
  synthetic(
    'demo-startups',
    'digitalindex web crawl and Handelsregister',
    'Digital start-ups of the last five years',
  ),
  synthetic(
    'demo-job-ads',
    'Bundesagentur für Arbeit Jobsuche API',
    'Job ads in total and job ads asking for AI skills',
  ),
  synthetic(
    'demo-research-institutions',
    'HRK Hochschulkompass and DFG GERiT',
    'Universities and research institutes',
  ),
  synthetic('demo-research-projects', 'Förderkatalog des Bundes', 'Funded digital research projects'),
  synthetic('demo-patents', 'DPMAregister', 'Digital patent applications (fractional counting)'),
  synthetic('demo-it-employees', 'BA Beschäftigungsstatistik KldB 43', 'IT employees'),
  synthetic('demo-it-graduates', 'Destatis Prüfungsstatistik 21321', 'IT graduates at the university seat'),
  synthetic(
    'demo-broadband',
    'Breitbandatlas / Gigabit-Grundbuch',
    'FTTB/H and gigabit availability, households',
  ),
  synthetic('demo-mobile-coverage', 'Bundesnetzagentur Mobilfunk-Monitoring', '5G coverage, share of area'),
];

const SOURCE_OF: Record<Exclude<Variable, 'population'>, string> = {
  employees: 'demo-employees',
  firms: 'demo-firms',
  firms_classified: 'demo-web-crawl',
  job_ads: 'demo-job-ads',
  research_institutions: 'demo-research-institutions',
  research_projects: 'demo-research-projects',
  digital_patents: 'demo-patents',
  it_employees: 'demo-it-employees',
  it_graduates: 'demo-it-graduates',
  ai_job_ads: 'demo-job-ads',
  digital_firms: 'demo-web-crawl',
  ai_firms: 'demo-web-crawl',
  digital_startups: 'demo-startups',
  fttbh: 'demo-broadband',
  gigabit: 'demo-broadband',
  mobile_5g: 'demo-mobile-coverage',
};

/**
 * Source of one value. Population is real wherever it comes from the Gemeindeverzeichnis: the 53
 * municipalities and the Ruhr (their sum); the other regions' population is synthetic.
 */
export function sourceOf(
  variable: Variable,
  realPopulation: boolean,
): { sourceId: string; synthetic: boolean } {
  if (variable !== 'population') return { sourceId: SOURCE_OF[variable], synthetic: true };
  return realPopulation
    ? { sourceId: REAL_POPULATION_SOURCE, synthetic: false }
    : { sourceId: 'demo-population', synthetic: true };
}

/**
 * Reference date of a variable in an edition, following the usual publication lags: the 2025 edition
 * uses employment of 30.06.2024, firms of 31.12.2023, patents of 2023, a crawl of spring 2025, etc.
 */
export function referenceDate(variable: Variable, edition: Edition): string {
  const y = edition - 1;
  switch (variable) {
    case 'population':
      return REAL_POPULATION_DATE;
    case 'employees':
    case 'it_employees':
    case 'fttbh':
    case 'gigabit':
      return `${y}-06-30`;
    case 'firms':
    case 'digital_patents':
      return `${y - 1}-12-31`;
    case 'it_graduates':
      return `${y - 1}-09-30`;
    case 'firms_classified':
    case 'digital_firms':
    case 'ai_firms':
    case 'digital_startups':
      return `${edition}-03-31`;
    case 'mobile_5g':
      return `${y}-10-01`;
    case 'job_ads':
    case 'ai_job_ads':
    case 'research_institutions':
    case 'research_projects':
      return `${y}-12-31`;
  }
}
