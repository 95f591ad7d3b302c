// Opens a database that must already hold data (the commands that read editions), and picks an edition.
import { existsSync } from 'node:fs';
import {
  getEdition,
  latestEdition,
  listEditions,
  openStore,
  parseLocation,
  StoreError,
  type Edition,
  type Store,
} from '../../store/index.js';

/** Opens the store at `location`; a SQLite file that is not there is an error rather than a new empty database. */
export async function openExistingStore(location: string): Promise<Store> {
  const target = parseLocation(location);
  if (target.dialect === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
    throw new StoreError(`no database at ${target.path} (run \`digitalindex run\` first, or give --db)`);
  }
  return openStore(location);
}

/** The edition `year`, or the latest when undefined; an edition that is not there names those that are. */
export async function chooseEdition(store: Store, year: number | undefined): Promise<Edition> {
  const stored = year === undefined ? await latestEdition(store.db) : await getEdition(store.db, year);
  if (stored) return stored;
  const known = (await listEditions(store.db)).map((e) => e.year);
  if (known.length === 0) {
    throw new StoreError('the database holds no edition (run `digitalindex run` first)');
  }
  throw new StoreError(`edition ${year} is not in the database (known: ${known.join(', ')})`);
}
