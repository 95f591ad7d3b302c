// data/generator: derives the synthetic 2024 edition from the 2025 values (a year earlier: less digital, less fibre).
import { clamp, round, uniform, type Random, type UnitValues, type Variable } from './types.js';

/**
 * One unit's 2024 values: every count numerator about 3–10 % lower (a growth rate per unit, so that
 * ranks change a little), a few institutions fewer, less fibre and 5G. Population is the same real
 * 2021 figure in both editions; the other denominators move slightly.
 */
export function previousYear(v: UnitValues, rand: Random): UnitValues {
  const growth = uniform(rand, 0.03, 0.1);
  const shrink = (x: number, decimals = 0) => round(x * (1 - growth) * uniform(rand, 0.97, 1.03), decimals);
  const prev = { ...v };
  prev.employees = Math.round(v.employees * (1 - uniform(rand, 0, 0.015)));
  prev.firms = Math.round(v.firms * (1 - uniform(rand, 0, 0.01)));
  prev.firms_classified = Math.round(v.firms_classified * (1 - uniform(rand, 0.02, 0.06)));
  // The labour market cooled in 2024: more job ads a year before.
  prev.job_ads = Math.round(v.job_ads * (1 + uniform(rand, 0.02, 0.08)));
  prev.research_institutions =
    v.research_institutions > 0 && rand() < 0.2 ? v.research_institutions - 1 : v.research_institutions;
  const counts: Variable[] = [
    'research_projects',
    'it_employees',
    'it_graduates',
    'ai_job_ads',
    'digital_firms',
    'ai_firms',
    'digital_startups',
  ];
  for (const code of counts) prev[code] = shrink(v[code]);
  prev.digital_patents = shrink(v.digital_patents, 1);
  prev.fttbh = round(v.fttbh * (1 - uniform(rand, 0.08, 0.2)), 1);
  prev.gigabit = round(Math.max(prev.fttbh, v.gigabit - uniform(rand, 1, 6)), 1);
  prev.mobile_5g = round(clamp(100 - (100 - v.mobile_5g) * uniform(rand, 1.3, 1.8), 80, 99.9), 1);
  return prev;
}
