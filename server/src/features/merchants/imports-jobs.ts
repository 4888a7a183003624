import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { MerchantImport } from '@api/merchants';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import type { JobRunner } from '../../jobs';
import { notFound } from '../../plugins/app-error';
import type { ImportEntry } from './imports-csv';
import {
  advanceImport,
  findImport,
  findImportEntries,
  insertImport,
  runningImportIds,
  type ImportSummary,
} from './imports-repository';
import { emptyTally, importBatch, type ImportTally } from './imports-service';

type Rejected = Omit<MerchantImport['rejected'][number], 'problems'> &
  Partial<Pick<MerchantImport['rejected'][number], 'problems'>>;

export const IMPORT_JOB = 'merchant-import';

/**
 * A running import whose progress has not moved for this long died with its server and is not
 * resumed: a newer upload may have followed. Longer than pg-boss's 15-minute expiry of a job whose
 * instance died (after which it is retried elsewhere), so such a job still resumes.
 */
const STALE_MS = 20 * 60_000;

const isStale = (row: ImportSummary, now: Date) =>
  row.status === 'running' && now.getTime() - Date.parse(row.updated_at) > STALE_MS;

function tallyOf(row: ImportSummary): ImportTally {
  return {
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

function toImport(row: ImportSummary, now: Date): MerchantImport {
  return { id: row.id, status: isStale(row, now) ? 'failed' : row.status, ...tallyOf(row) };
}

/** The job stops between batches when its server shuts down; a retry carries on. */
class ImportInterrupted extends Error {}

/**
 * Staff uploads run as a job, batch by batch, on whichever instance takes it. The checked rows
 * are stored with the import and its progress row says which batch is next: each batch commits
 * its upserts together with that progress, and only if no other worker moved it on first, so a
 * retried or duplicated job never writes or counts a batch twice.
 */
export class ImportJobs {
  private closing = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly jobs: JobRunner,
    private readonly log: FastifyBaseLogger,
    private readonly now: () => Date,
  ) {
    jobs.define<{ importId: string }>(IMPORT_JOB, ({ importId }) => this.work(importId), {
      retryLimit: 5,
    });
  }

  async start(entries: ImportEntry[], actorId: string): Promise<MerchantImport> {
    const now = this.now().toISOString();
    const row = {
      id: ulid(),
      status: 'running' as const,
      ...emptyTally(entries.length),
      rejected: '[]',
      created_by: actorId,
      created_at: now,
      updated_at: now,
    };
    await insertImport(this.db, { ...row, entries: JSON.stringify(entries) });
    await this.jobs.send(IMPORT_JOB, { importId: row.id }, { singletonKey: row.id });
    return toImport(row, this.now());
  }

  async get(id: string): Promise<MerchantImport> {
    const row = await findImport(this.db, id);
    if (!row) throw notFound('IMPORT_NOT_FOUND', '导入任务不存在');
    return toImport(row, this.now());
  }

  /**
   * After a restart of the in-process runner (whose queue was in memory): queue again the
   * imports that were running. pg-boss keeps its jobs, so there is nothing to do there.
   */
  async resumeUnfinished(): Promise<void> {
    if (this.jobs.kind !== 'in-process') return;
    for (const id of await runningImportIds(this.db)) {
      await this.jobs.send(IMPORT_JOB, { importId: id }, { singletonKey: id });
    }
  }

  /** Running imports stop after their current batch. */
  close(): void {
    this.closing = true;
  }

  private async work(id: string): Promise<void> {
    const row = await findImport(this.db, id);
    const stored = row?.status === 'running' ? await findImportEntries(this.db, id) : null;
    if (!row || stored === null) return; // done, failed, or gone: nothing left to do
    if (isStale(row, this.now())) {
      await advanceImport(this.db, id, Number(row.done), {
        status: 'failed',
        ...progressOf(tallyOf(row)),
        updated_at: this.now().toISOString(),
      });
      return;
    }
    const entries = JSON.parse(stored) as ImportEntry[];
    let tally = tallyOf(row);
    while (tally.done < tally.total) {
      if (this.closing) throw new ImportInterrupted(`import ${id} interrupted at ${tally.done}`);
      const next = await this.nextBatch(id, entries, tally);
      if (!next) return; // another worker has it
      tally = next;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await this.finish(row, tally);
  }

  /** One batch and its progress in one transaction; null (rolled back) if it was not ours. */
  private async nextBatch(
    id: string,
    entries: ImportEntry[],
    from: ImportTally,
  ): Promise<ImportTally | null> {
    const lost = new Error('batch taken');
    try {
      return await this.db.transaction().execute(async (trx) => {
        const now = this.now();
        const tally = await importBatch(trx, entries, from, now);
        const saved = await advanceImport(trx, id, from.done, {
          status: 'running',
          ...progressOf(tally),
          updated_at: now.toISOString(),
        });
        if (!saved) throw lost;
        return tally;
      });
    } catch (err) {
      if (err === lost) return null;
      throw err;
    }
  }

  private async finish(row: ImportSummary, tally: ImportTally): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const at = this.now();
      const saved = await advanceImport(trx, row.id, tally.done, {
        status: 'done',
        ...progressOf(tally),
        updated_at: at.toISOString(),
      });
      if (!saved) return;
      await recordAudit(trx, {
        actorId: row.created_by,
        action: 'merchant.import',
        targetType: 'merchant_import',
        targetId: row.id,
        detail: { ...tally, rejected: tally.rejected.length, finished: true },
        at,
      });
    });
    this.log.info({ importId: row.id, done: tally.done }, 'merchant import done');
  }
}

const progressOf = (t: ImportTally) => ({
  done: t.done,
  inserted: t.inserted,
  updated: t.updated,
  unchanged: t.unchanged,
  rejected: JSON.stringify(t.rejected),
});
