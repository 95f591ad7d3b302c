// In-memory cache of what the API computes: snapshots per edition and unit set, and finished response bodies.
//
// Everything is derived from the database, so the cache is dropped as a whole when the data change
// (`invalidate`, called after a recompute or an import). Failed loads are not cached. Bodies are kept as bytes
// (and gzipped once, on first demand), so a cached answer costs no serialisation or encoding.
import { gzipSync } from 'node:zlib';
import type { Store } from '../../store/index.js';
import { loadSnapshot, type Snapshot } from './snapshot.js';

export interface CachedBody {
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
  /** The gzip form, made the first time a client accepts it (only for bodies worth compressing). */
  gzip?: Uint8Array<ArrayBuffer> | null;
}

/** Bodies smaller than this are sent as they are. */
const COMPRESS_FROM = 1024;

export class ApiCache {
  private readonly memo = new Map<string, Promise<unknown>>();
  private readonly bodies = new Map<string, CachedBody>();
  private generation = 0;

  constructor(readonly store: Store) {}

  /** The snapshot of an edition and unit set, or undefined when the edition does not exist. */
  snapshot(year: number, unitSet: string): Promise<Snapshot | undefined> {
    return this.remember(`snapshot\t${year}\t${unitSet}`, () => loadSnapshot(this.store, year, unitSet));
  }

  /** Memoises an async computation under a key until the next `invalidate`. */
  remember<T>(key: string, make: () => Promise<T>): Promise<T> {
    const known = this.memo.get(key);
    if (known) return known as Promise<T>;
    const generation = this.generation;
    const promise = make();
    this.memo.set(key, promise);
    promise.catch(() => {
      if (this.generation === generation && this.memo.get(key) === promise) this.memo.delete(key);
    });
    return promise;
  }

  body(key: string): CachedBody | undefined {
    return this.bodies.get(key);
  }

  setBody(key: string, body: string | Uint8Array, type: string): CachedBody {
    const bytes = typeof body === 'string' ? new Uint8Array(Buffer.from(body, 'utf8')) : new Uint8Array(body);
    const entry: CachedBody = { bytes, type };
    this.bodies.set(key, entry);
    return entry;
  }

  /** The gzip form of a cached body, or null when it is too small to be worth it. */
  static gzipOf(entry: CachedBody): Uint8Array<ArrayBuffer> | null {
    if (entry.gzip === undefined) {
      entry.gzip =
        entry.bytes.length < COMPRESS_FROM ? null : new Uint8Array(gzipSync(entry.bytes, { level: 6 }));
    }
    return entry.gzip;
  }

  invalidate(): void {
    this.generation++;
    this.memo.clear();
    this.bodies.clear();
  }
}
