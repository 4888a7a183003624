import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Selectable } from 'kysely';
import { ulid } from 'ulid';
import type { MerchantImport } from '@api/merchants';
import { recordAudit } from '../../db/audit';
import type { Database, MerchantImportsTable } from '../../db/schema';
import { nowIso } from '../../db/time';
import { notFound } from '../../plugins/app-error';
import type { ImportEntry } from './csv-import';
import { emptyTally, importEntries, type ImportTally } from './import-service';

/** A running import whose progress has not moved for this long died with its server. */
const STALE_MS = 10 * 60_000;

function toImport(row: Selectable<MerchantImportsTable>): MerchantImport {
  const stale = row.status === 'running' && Date.now() - Date.parse(row.updated_at) > STALE_MS;
  return {
    id: row.id,
    status: stale ? 'failed' : row.status,
    total: Number(row.total),
    done: Number(row.done),
    inserted: Number(row.inserted),
    updated: Number(row.updated),
    unchanged: Number(row.unchanged),
    rejected: JSON.parse(row.rejected) as MerchantImport['rejected'],
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
  ) {}

  async start(entries: ImportEntry[], actorId: string): Promise<MerchantImport> {
    const id = ulid();
    const now = nowIso();
    const row = {
      id,
      status: 'running' as const,
      ...emptyTally(entries.length),
      rejected: '[]',
      created_by: actorId,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('merchant_imports').values(row).execute();
    const job = this.run(id, entries, actorId).finally(() => this.running.delete(job));
    this.running.add(job);
    return toImport(row);
  }

  async get(id: string): Promise<MerchantImport> {
    const row = await this.db
      .selectFrom('merchant_imports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('IMPORT_NOT_FOUND', '导入任务不存在');
    return toImport(row);
  }

  /** Let the running imports reach the end of their batch, then return. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.running]);
  }

  private async run(id: string, entries: ImportEntry[], actorId: string): Promise<void> {
    const save = (tally: ImportTally, status: MerchantImport['status']) =>
      this.db
        .updateTable('merchant_imports')
        .set({
          status,
          done: tally.done,
          inserted: tally.inserted,
          updated: tally.updated,
          unchanged: tally.unchanged,
          rejected: JSON.stringify(tally.rejected),
          updated_at: nowIso(),
        })
        .where('id', '=', id)
        .execute();
    let last = emptyTally(entries.length);
    try {
      // Let the 202 go out before the first batch.
      await new Promise((resolve) => setImmediate(resolve));
      const tally = await importEntries(this.db, entries, async (t) => {
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
      });
    } catch (err) {
      this.log.error({ err, importId: id }, 'merchant import failed');
      await save(last, 'failed').catch(() => undefined);
    }
  }
}
