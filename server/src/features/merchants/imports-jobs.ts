import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { MerchantImport } from '@api/merchants';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { notFound } from '../../plugins/app-error';
import type { ImportEntry } from './imports-csv';
import { findImport, insertImport, saveImportProgress, type ImportRow } from './imports-repository';
import { emptyTally, importEntries, type ImportTally } from './imports-service';

type Rejected = Omit<MerchantImport['rejected'][number], 'problems'> &
  Partial<Pick<MerchantImport['rejected'][number], 'problems'>>;

/** A running import whose progress has not moved for this long died with its server. */
const STALE_MS = 10 * 60_000;

function toImport(row: ImportRow, now: Date): MerchantImport {
  const stale = row.status === 'running' && now.getTime() - Date.parse(row.updated_at) > STALE_MS;
  return {
    id: row.id,
    status: stale ? 'failed' : row.status,
    total: Number(row.total),
    done: Number(row.done),
    inserted: Number(row.inserted),
    updated: Number(row.updated),
    unchanged: Number(row.unchanged),
    // Imports stored before rows listed every problem have only the reason.
    rejected: (JSON.parse(row.rejected) as Rejected[]).map((r) => ({
      ...r,
      problems: r.problems ?? [{ message: r.reason }],
    })),
  };
}

/**
 * Staff uploads run in the background, batch by batch, with their progress in merchant_imports
 * so that any server instance can answer "how far is it". On shutdown the running ones stop
 * after their current batch (each batch is its own transaction) and are marked failed.
 */
export class ImportJobs {
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly log: FastifyBaseLogger,
    private readonly now: () => Date,
  ) {}

  async start(entries: ImportEntry[], actorId: string): Promise<MerchantImport> {
    const now = this.now();
    const row: ImportRow = {
      id: ulid(),
      status: 'running',
      ...emptyTally(entries.length),
      rejected: '[]',
      created_by: actorId,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await insertImport(this.db, row);
    const job = this.run(row.id, entries, actorId).finally(() => this.running.delete(job));
    this.running.add(job);
    return toImport(row, now);
  }

  async get(id: string): Promise<MerchantImport> {
    const row = await findImport(this.db, id);
    if (!row) throw notFound('IMPORT_NOT_FOUND', '导入任务不存在');
    return toImport(row, this.now());
  }

  /** Let the running imports reach the end of their batch, then return. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.running]);
  }

  private async run(id: string, entries: ImportEntry[], actorId: string): Promise<void> {
    const save = (tally: ImportTally, status: MerchantImport['status']) =>
      saveImportProgress(this.db, id, {
        status,
        done: tally.done,
        inserted: tally.inserted,
        updated: tally.updated,
        unchanged: tally.unchanged,
        rejected: JSON.stringify(tally.rejected),
        updated_at: this.now().toISOString(),
      });
    let last = emptyTally(entries.length);
    try {
      // Let the 202 go out before the first batch.
      await new Promise((resolve) => setImmediate(resolve));
      const tally = await importEntries(this.db, entries, this.now, async (t) => {
        last = t;
        if (this.closing) return false;
        await save(t, 'running');
      });
      const finished = tally.done === tally.total;
      await save(tally, finished ? 'done' : 'failed');
      await recordAudit(this.db, {
        actorId,
        action: 'merchant.import',
        targetType: 'merchant_import',
        targetId: id,
        detail: { ...tally, rejected: tally.rejected.length, finished },
        at: this.now(),
      });
    } catch (err) {
      this.log.error({ err, importId: id }, 'merchant import failed');
      await save(last, 'failed').catch(() => undefined);
    }
  }
}
