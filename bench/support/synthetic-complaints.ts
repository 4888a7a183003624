import { sql, type Insertable, type Kysely } from 'kysely';
import { monotonicFactory } from 'ulid';
import { COMPLAINT_CATEGORIES } from '../../src/domain/complaint-vocabulary';
import { dialectOf } from '../../server/src/db/dialect';
import type {
  ComplaintEventsTable,
  ComplaintsTable,
  Database,
  UsersTable,
} from '../../server/src/db/schema';
import { seededRandom } from '../../server/src/db/seed/prng';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../server/src/time';

/**
 * Many handled complaints, fast, for the disclosure benchmark: submitted over a period, most of
 * them ended (settled, terminated, withdrawn after acceptance, a share of those closed later),
 * some rejected, withdrawn before acceptance or still open, a few about businesses that are not
 * registered. Complaints crowd on a few businesses, as they do: most businesses get none or one,
 * a few get dozens. Each row has the timeline entries a real one would (accepted, ended, closed)
 * so the batch can read the end from either. Multi-row inserts in one transaction; the same seed
 * gives the same rows. Personal fields hold placeholders (the benchmark never reads them).
 */
export interface SyntheticComplaintsOptions {
  complaints: number;
  /** Complaints are submitted on these Shanghai dates (inclusive). */
  periodFrom: string;
  periodTo: string;
  seed?: number;
  /** Nothing happens after this instant (ends later than it are left open). */
  now?: Date;
}

/** What the suite needs to know about what was inserted. */
export interface SyntheticComplaints {
  /** Rows per status as stored (closed counted as closed). */
  byStatus: Record<string, number>;
  merchantsWithComplaints: number;
}

const BATCH = 400;
const HOUR_MS = 3_600_000;

type Ending = 'settled' | 'terminated' | 'withdrawn' | 'rejected';
interface Fate {
  /** Share of all complaints. */
  weight: number;
  accepted: boolean;
  /** How it ended; none while open. */
  ending?: Ending;
  /** Closed by staff after it ended. */
  closed?: boolean;
  /** The status while still open. */
  open?: 'submitted' | 'accepted' | 'mediating';
}

/** How complaints stand now. */
const FATES: Fate[] = [
  { weight: 38, accepted: true, ending: 'settled' },
  { weight: 8, accepted: true, ending: 'settled', closed: true },
  { weight: 14, accepted: true, ending: 'terminated' },
  { weight: 4, accepted: true, ending: 'terminated', closed: true },
  { weight: 5, accepted: true, ending: 'withdrawn' },
  { weight: 7, accepted: false, ending: 'rejected' },
  { weight: 2, accepted: false, ending: 'rejected', closed: true },
  { weight: 4, accepted: false, ending: 'withdrawn' },
  { weight: 3, accepted: false, open: 'submitted' },
  { weight: 3, accepted: true, open: 'accepted' },
  { weight: 5, accepted: true, open: 'mediating' },
];

const OUTCOMES: Record<Ending, object> = {
  settled: { status: 'settled', agreement: '商家同意退款', amountRecovered: 100 },
  terminated: { status: 'terminated', reason: '经组织调解，一方明确表示无法达成调解协议' },
  withdrawn: { status: 'withdrawn' },
  rejected: { status: 'rejected', reason: '不属于市场监督管理部门职责范围' },
};

/** Problem categories are uneven: quality and after-sales most. */
const CATEGORY_WEIGHTS = [30, 10, 12, 20, 8, 8, 6, 6];
const UNREGISTERED_SHARE = 0.05;

export async function insertSyntheticComplaints(
  db: Kysely<Database>,
  options: SyntheticComplaintsOptions,
): Promise<SyntheticComplaints> {
  const random = seededRandom(options.seed ?? 1515);
  const nextId = monotonicFactory(random);
  const now = options.now ?? new Date();
  const nowMs = now.getTime();
  const weighted = <T>(entries: [T, number][]) => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    return () => {
      let r = random() * total;
      for (const [value, weight] of entries) {
        r -= weight;
        if (r < 0) return value;
      }
      return entries[0][0];
    };
  };
  const pickFate = weighted(FATES.map((fate) => [fate, fate.weight] as [Fate, number]));
  const pickCategory = weighted(
    COMPLAINT_CATEGORIES.map((c, i) => [c, CATEGORY_WEIGHTS[i] ?? 1] as [string, number]),
  );

  const merchants = await db
    .selectFrom('merchants')
    .select(['id', 'name', 'address', 'industry', 'town'])
    .orderBy('id')
    .execute();
  if (merchants.length === 0) throw new Error('insert the merchants first');
  // Shuffled once, then skewed towards the front: a few businesses draw most complaints.
  for (let i = merchants.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [merchants[i], merchants[j]] = [merchants[j], merchants[i]];
  }
  const pickMerchant = () => merchants[Math.floor(merchants.length * random() ** 1.6)];

  const nowIso = now.toISOString();
  const complainants: Insertable<UsersTable>[] = Array.from(
    { length: Math.max(10, Math.ceil(options.complaints / 3)) },
    (_, i) => ({
      id: nextId(),
      role: 'consumer',
      openid: `bench-disclosure-${i}`,
      unionid: null,
      session_key: null,
      username: null,
      password_hash: null,
      must_change_password: 0,
      nickname: '压测用户',
      created_at: nowIso,
      updated_at: nowIso,
    }),
  );

  const fromMs = Date.parse(shanghaiDayStartIso(options.periodFrom));
  const toMs = Math.min(Date.parse(shanghaiDayStartIso(addDays(options.periodTo, 1))), nowMs);
  const complaints: Insertable<ComplaintsTable>[] = [];
  const events: Insertable<ComplaintEventsTable>[] = [];
  const perDay = new Map<string, number>();
  const byStatus: Record<string, number> = {};
  const complainedAbout = new Set<string>();

  for (let i = 0; i < options.complaints; i++) {
    const submittedMs = fromMs + Math.floor(random() * (toMs - fromMs));
    const fate = pickFate();
    const acceptedMs = submittedMs + HOUR_MS * (2 + Math.floor(random() * 150));
    // Refused or withdrawn before acceptance: within days; otherwise after up to 60 days' mediation.
    const endMs = fate.accepted
      ? acceptedMs + HOUR_MS * (24 + Math.floor(random() * 24 * 60))
      : submittedMs + HOUR_MS * (2 + Math.floor(random() * 100));
    const closedMs = endMs + HOUR_MS * (24 + Math.floor(random() * 96));
    // What would happen after now has not happened yet.
    const accepted = fate.accepted && acceptedMs <= nowMs;
    const ending = fate.ending && endMs <= nowMs ? fate.ending : undefined;
    const closed = Boolean(fate.closed && ending && closedMs <= nowMs);
    const status: ComplaintsTable['status'] = closed
      ? 'closed'
      : (ending ?? (accepted ? (fate.open ?? 'mediating') : 'submitted'));
    byStatus[status] = (byStatus[status] ?? 0) + 1;

    const id = nextId(submittedMs);
    const merchant = random() < UNREGISTERED_SHARE ? undefined : pickMerchant();
    if (merchant) complainedAbout.add(merchant.id);
    const submitted = new Date(submittedMs);
    const day = shanghaiDate(submitted);
    const counter = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, counter);
    const lastMs = closed ? closedMs : ending ? endMs : accepted ? acceptedMs : submittedMs;
    const acceptDeadline = addDays(day, 9);
    const mediationDeadline = accepted ? addDays(shanghaiDate(new Date(acceptedMs)), 60) : null;

    complaints.push({
      id,
      tracking_no: `TS${day.replaceAll('-', '')}-${String(counter).padStart(4, '0')}-${id.slice(-4)}`,
      complainant_user_id: complainants[Math.floor(random() * complainants.length)].id as string,
      merchant_id: merchant?.id ?? null,
      merchant_name: merchant?.name ?? `未登记商户${i % 500}`,
      merchant_address: merchant?.address ?? '县城某街',
      industry: merchant?.industry ?? null,
      town: merchant?.town ?? null,
      category: pickCategory() as ComplaintsTable['category'],
      purchase_date: addDays(day, -1 - Math.floor(random() * 20)),
      discovered_on: null,
      amount_fen: 1000 + Math.floor(random() * 200_000),
      order_no: null,
      facts: '压测投诉：购买的商品有质量问题，要求退货退款。',
      request: JSON.stringify({ kinds: ['退款'] }),
      complainant_name_enc: 'bench',
      complainant_phone_enc: 'bench',
      complainant_address_enc: 'bench',
      consent_at: submitted.toISOString(),
      subscribed: 0,
      pledge_id: null,
      status,
      submitted_at: submitted.toISOString(),
      accept_deadline: acceptDeadline,
      merchant_settle_by: addDays(day, 14),
      accepted_at: accepted ? new Date(acceptedMs).toISOString() : null,
      mediation_deadline: mediationDeadline,
      paused_since: null,
      paused_days: 0,
      due_on:
        status === 'submitted'
          ? acceptDeadline
          : status === 'accepted' || status === 'mediating'
            ? (mediationDeadline as string)
            : '9999-12-31',
      outcome: ending ? JSON.stringify(OUTCOMES[ending]) : null,
      rating: null,
      updated_at: new Date(lastMs).toISOString(),
    });
    const event = (atMs: number, eventStatus: ComplaintsTable['status']) =>
      events.push({
        id: nextId(atMs),
        complaint_id: id,
        at: new Date(atMs).toISOString(),
        actor_role: eventStatus === 'withdrawn' ? 'consumer' : 'staff',
        actor_id: null,
        kind: 'status',
        status: eventStatus,
        message: '',
        evidence: null,
        amount_fen: null,
      });
    event(submittedMs, 'submitted');
    if (accepted) event(acceptedMs, 'accepted');
    if (accepted && status !== 'accepted') event(acceptedMs + HOUR_MS, 'mediating');
    if (ending) event(endMs, ending);
    if (closed) event(closedMs, 'closed');
  }

  // In the order they were written, as a real table fills: row order follows time.
  complaints.sort((a, b) => (a.submitted_at as string).localeCompare(b.submitted_at as string));
  await db.transaction().execute(async (trx) => {
    for (const [table, rows] of [
      ['users', complainants],
      ['complaints', complaints],
      ['complaint_events', events],
    ] as const) {
      for (let start = 0; start < rows.length; start += BATCH) {
        await trx
          .insertInto(table)
          .values(rows.slice(start, start + BATCH) as never)
          .execute();
      }
    }
  });
  // PostgreSQL plans from statistics: after a bulk load they are stale until autovacuum runs.
  if (dialectOf(db) === 'postgres') {
    await sql`ANALYZE users, complaints, complaint_events`.execute(db);
  }
  return { byStatus, merchantsWithComplaints: complainedAbout.size };
}
