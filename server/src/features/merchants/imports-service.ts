import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { MerchantImport } from '@api/merchants';
import type { Database } from '../../db/schema';
import { problemsText } from '@/domain/merchant-import-rules';
import type { ImportEntry, ImportFacts } from './imports-csv';
import {
  findMerchantsByCodes,
  insertMerchants,
  merchantOfBusiness,
  updateMerchantRow,
  type MerchantRow,
} from './merchants-repository';

export type ImportTally = Omit<MerchantImport, 'id' | 'status'>;

export const emptyTally = (total: number): ImportTally => ({
  total,
  done: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  rejected: [],
});

/** Rows per transaction: big enough to be quick, small enough to show progress and yield. */
export const IMPORT_BATCH = 500;

/**
 * Upsert by credit code, batch by batch, each batch in its own transaction. A row whose facts
 * equal what is stored is counted unchanged and not written (updated_at stays), so importing
 * the same file twice changes nothing. `afterBatch` sees the running tally; between batches the
 * event loop is given back so that a large import does not stall the server.
 */
export async function importEntries(
  db: Kysely<Database>,
  entries: ImportEntry[],
  now: () => Date,
  afterBatch?: (tally: ImportTally) => Promise<void> | void,
): Promise<ImportTally> {
  let tally = emptyTally(entries.length);
  while (tally.done < entries.length) {
    const from = tally;
    tally = await db.transaction().execute((trx) => importBatch(trx, entries, from, now()));
    await afterBatch?.(tally);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return tally;
}

/**
 * The next batch after `tally.done` rows, written with the caller's transaction (which should
 * record the tally it answers in the same commit, so that a retried batch is never counted twice).
 */
export async function importBatch(
  db: Kysely<Database>,
  entries: ImportEntry[],
  tally: ImportTally,
  now: Date,
): Promise<ImportTally> {
  const batch = entries.slice(tally.done, tally.done + IMPORT_BATCH);
  const rejected = [...tally.rejected];
  const valid: ImportFacts[] = [];
  for (const entry of batch) {
    if ('problems' in entry) {
      const { row, problems } = entry;
      rejected.push({ row, reason: problemsText(problems), problems });
    } else valid.push(entry.facts);
  }
  const counts = await upsertBatch(db, valid, now.toISOString());
  return {
    total: tally.total,
    done: tally.done + batch.length,
    inserted: tally.inserted + counts.inserted,
    updated: tally.updated + counts.updated,
    unchanged: tally.unchanged + counts.unchanged,
    rejected,
  };
}

async function upsertBatch(
  db: Kysely<Database>,
  rows: ImportFacts[],
  now: string,
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  if (rows.length === 0) return counts;
  const existing = new Map(
    (
      await findMerchantsByCodes(
        db,
        rows.map((r) => r.creditCode),
      )
    ).map((m) => [m.credit_code, m]),
  );
  const inserts = [];
  for (const facts of rows) {
    const current = existing.get(facts.creditCode);
    if (!current) {
      inserts.push(
        merchantOfBusiness(
          { ...facts, type: facts.type ?? facts.defaultType },
          { id: ulid(), creditCode: facts.creditCode, status: 'listed', now },
        ),
      );
      continue;
    }
    const patch = changedFields(current, facts);
    if (Object.keys(patch).length === 0) {
      counts.unchanged += 1;
      continue;
    }
    await updateMerchantRow(db, current.id, { ...patch, updated_at: now });
    counts.updated += 1;
  }
  await insertMerchants(db, inserts);
  counts.inserted = inserts.length;
  return counts;
}

/** The facts of the row that differ from the stored merchant; empty optional cells never do. */
function changedFields(current: MerchantRow, facts: ImportFacts) {
  const wanted = {
    name: facts.name,
    ...(facts.type !== undefined && { type: facts.type }),
    industry: facts.industry,
    town: facts.town,
    address: facts.address,
    ...(facts.location && { lat: facts.location.lat, lng: facts.location.lng }),
    ...(facts.hours !== undefined && { hours: facts.hours }),
    ...(facts.publicPhone !== undefined && { public_phone: facts.publicPhone }),
  };
  return Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => {
      const stored = current[key as keyof MerchantRow];
      return typeof value === 'number'
        ? Number(stored) !== value || stored === null
        : stored !== value;
    }),
  ) as Partial<typeof wanted>;
}
