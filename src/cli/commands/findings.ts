// `digitalindex findings`: the key findings of an edition, generated from the computed results.
import { loadFindingsInput } from '../../analysis/findings/load.js';
import { buildFindings, renderFindingsText } from '../../analysis/index.js';
import { openExistingStore } from '../../workflow/import/existingStore.js';
import { databaseLocation, type GlobalOptions } from '../config.js';

export interface FindingsOptions extends GlobalOptions {
  lang: 'de' | 'en';
  edition?: number;
  seed: number;
  json?: boolean;
}

export async function findingsCommand(options: FindingsOptions): Promise<void> {
  const store = await openExistingStore(databaseLocation(options));
  try {
    const input = await loadFindingsInput(store, options.edition);
    const findings = buildFindings({ ...input, seed: options.seed }, options.lang);
    process.stdout.write(
      options.json ? JSON.stringify(findings, null, 2) + '\n' : renderFindingsText(findings),
    );
  } finally {
    await store.close();
  }
}
