// Small builders for the firm-list tests: a few real Ruhr municipalities, an edition with the crawl's variables, list files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll } from 'vitest';
import type { FirmClassification } from '../../../src/crawl/classify/types.js';
import {
  upsertEdition,
  upsertUnits,
  upsertUnitSet,
  type Database,
  type IndicatorRow,
} from '../../../src/store/index.js';
import { edition, unit } from '../../store/fixtures.js';

export const RUHR = {
  essen: '05113000',
  muelheim: '05117000',
  bochum: '05911000',
  kampLintfort: '05170020',
  voerde: '05170044',
  haltern: '05562016',
} as const;

const NAMES: Record<string, string> = {
  [RUHR.essen]: 'Essen',
  [RUHR.muelheim]: 'Mülheim an der Ruhr',
  [RUHR.bochum]: 'Bochum',
  [RUHR.kampLintfort]: 'Kamp-Lintfort',
  [RUHR.voerde]: 'Voerde (Niederrhein)',
  [RUHR.haltern]: 'Haltern am See',
};

/** The six municipalities above, and with `years` those editions with the crawl's variables in their spec. */
export async function seedRuhr(db: Kysely<Database>, years: number[] = []): Promise<void> {
  await upsertUnitSet(db, { code: 'municipalities', nameDe: 'Gemeinden', nameEn: 'Municipalities' });
  await upsertUnits(
    db,
    Object.entries(NAMES).map(([code, name]) => unit(code, { name })),
  );
  for (const year of years) await upsertEdition(db, edition(year), crawlIndicators());
}

function crawlIndicators(): IndicatorRow[] {
  const node = (
    code: string,
    kind: IndicatorRow['kind'],
    position: number,
    denominator: string | null,
    scale: number | null,
  ): IndicatorRow => ({
    code,
    kind,
    nameDe: code,
    nameEn: code,
    unitDe: null,
    unitEn: null,
    direction: kind === 'indicator' ? 1 : null,
    denominator,
    scale,
    parent: kind === 'indicator' ? 'companies' : null,
    weight: null,
    position,
  });
  return [
    node('firms', 'denominator', 0, null, null),
    node('firms_classified', 'denominator', 1, null, null),
    node('companies', 'aggregate', 2, null, null),
    node('digital_firms', 'indicator', 3, 'firms_classified', 100),
    node('ai_firms', 'indicator', 4, 'firms_classified', 100),
    node('digital_startups', 'indicator', 5, 'firms', 10000),
  ];
}

/** A temporary directory removed after the file's tests; `write` puts a file in it and returns its path. */
export function tempFiles(): { dir: string; write(name: string, content: string | Buffer): string } {
  const dir = mkdtempSync(join(tmpdir(), 'crawl-firms-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

export function classification(overrides: Partial<FirmClassification> = {}): FirmClassification {
  return {
    digitalScore: 3.5,
    aiScore: 0,
    digitalAffine: true,
    aiAffine: false,
    foundedFromSite: null,
    evidence: [
      {
        kind: 'digital',
        term: 'Cloud',
        url: 'http://firma.de/leistungen',
        snippet: 'Wir migrieren Ihre IT in die Cloud.',
      },
    ],
    classifierVersion: 'dict-1',
    ...overrides,
  };
}
