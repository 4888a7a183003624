import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { incrementVersion, readVersions, versionOf } from './cache-versions-repository';

/** What is kept in memory, by the version its writers bump. */
export type CacheName = 'region' | 'campaigns' | 'advisories' | 'quiz-bank';

/** How often each instance reads the versions table (one tiny query). */
export const POLL_MS = 400;
/** A request never trusts versions read longer ago than this: it checks first. */
const STALE_MS = 800;
/** After a bump here, read through until the table shows it (or the write rolled back). */
const PENDING_MS = 2000;
const MAX_ENTRIES = 500;

export interface CacheEntry<T> {
  /** The cache key: the name, or name:variant (a list's page size, a date). */
  key: string;
  version: number;
  value: T;
  /** Set once by the HTTP layer (reply-cached.ts): the serialized answer and its ETag. */
  body?: Buffer;
  etag?: string;
}

interface Stored extends CacheEntry<unknown> {
  name: CacheName;
  /** On the app's clock (ms): answers that change with time alone (a date, a scheduled publish). */
  expiresAt: number;
}

export interface ReadOptions<T> {
  /** A variant of the named thing (kept apart, forgotten together). */
  variant?: string;
  /** The app's clock, when the value depends on it. */
  now?: Date;
  /** When the value changes by time alone (ms on the app's clock); default: never. */
  expiresAt?: (value: T) => number;
}

/**
 * Read-mostly answers kept in memory per database handle, each under a version in
 * `cache_versions`. Writers bump the version in their own transaction (bumpVersion), so another
 * instance sees the change on its next check, at most POLL_MS later; this instance forgets at once.
 */
export class ReadCache {
  private known = new Map<string, number>();
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private readonly entries = new Map<string, Stored>();
  private readonly loading = new Map<string, Promise<Stored>>();
  /** Names bumped here whose new version the table has not shown yet: name → version, deadline. */
  private readonly pending = new Map<string, { version: number; until: number }>();

  constructor(private readonly db: Kysely<Database>) {}

  async read<T>(name: CacheName, load: () => Promise<T>, options: ReadOptions<T> = {}) {
    if (this.stopped) return { key: name, version: 0, value: await load() } as CacheEntry<T>;
    this.timer ??= setInterval(() => void this.check().catch(() => undefined), POLL_MS).unref();
    if (Date.now() - this.checkedAt > STALE_MS) await this.check();

    const key = options.variant === undefined ? name : `${name}:${options.variant}`;
    const now = (options.now ?? new Date()).getTime();
    const hit = this.entries.get(key);
    if (hit && hit.version >= (this.known.get(name) ?? 0) && now < hit.expiresAt) {
      return hit as CacheEntry<T>;
    }
    let loading = this.loading.get(key);
    if (!loading) {
      loading = this.load(name, key, load, now, options).finally(() => this.loading.delete(key));
      this.loading.set(key, loading);
    }
    return (await loading) as CacheEntry<T>;
  }

  /** A write here changed `name` (its transaction has not committed yet). */
  forget(name: string, version: number): void {
    for (const [key, entry] of this.entries) if (entry.name === name) this.entries.delete(key);
    this.pending.set(name, { version, until: Date.now() + PENDING_MS });
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.entries.clear();
  }

  private async load<T>(
    name: CacheName,
    key: string,
    load: () => Promise<T>,
    now: number,
    options: ReadOptions<T>,
  ): Promise<Stored> {
    // Version first: a change committed in between is then kept under the older version,
    // and the next check replaces it.
    const version = await versionOf(this.db, name);
    const value = await load();
    const entry: Stored = {
      name,
      key,
      version,
      value,
      expiresAt: options.expiresAt?.(value) ?? Number.POSITIVE_INFINITY,
    };
    if (entry.expiresAt > now && !this.pending.has(name)) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry;
  }

  private check(): Promise<void> {
    this.checking ??= (async () => {
      const started = Date.now();
      try {
        this.known = await readVersions(this.db);
        this.checkedAt = started;
        for (const [name, bump] of this.pending) {
          if ((this.known.get(name) ?? 0) >= bump.version || started > bump.until) {
            this.pending.delete(name);
          }
        }
      } finally {
        this.checking = undefined;
      }
    })();
    return this.checking;
  }
}

const caches = new WeakMap<Kysely<Database>, ReadCache>();
/** Every cache in this process: a bump inside a transaction cannot tell which database it is. */
const live = new Set<ReadCache>();

/** The cache for this database handle (tests run many apps in one process); none in a transaction. */
export function readCacheOf(db: Kysely<Database>): ReadCache | undefined {
  if (db.isTransaction) return undefined;
  let cache = caches.get(db);
  if (!cache) {
    cache = new ReadCache(db);
    caches.set(db, cache);
    live.add(cache);
  }
  return cache;
}

/** `load()` through the cache of `db`, or straight from the database inside a transaction. */
export async function cached<T>(
  db: Kysely<Database>,
  name: CacheName,
  load: () => Promise<T>,
  options?: ReadOptions<T>,
): Promise<CacheEntry<T>> {
  const cache = readCacheOf(db);
  if (cache) return cache.read(name, load, options);
  return { key: name, version: 0, value: await load() };
}

/** Call in the transaction that changes `name`: other instances see it on their next check. */
export async function bumpVersion(trx: Kysely<Database>, name: CacheName): Promise<void> {
  const version = await incrementVersion(trx, name, new Date());
  for (const cache of live) cache.forget(name, version);
}

/** On close of the app that owns `db`: no more timers, nothing kept. */
export function stopReadCache(db: Kysely<Database>): void {
  const cache = caches.get(db);
  if (!cache) return;
  cache.stop();
  live.delete(cache);
}
