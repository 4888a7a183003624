import { randomBytes } from 'node:crypto';
import { sql, type Insertable, type Kysely } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { ReportStatus } from '@api/reports';
import { campaignPhase } from '../../src/domain/campaign-vocabulary';
import { DECLINE_REASONS, REPORT_DEADLINES } from '../../src/domain/report-vocabulary';
import { addWorkingDays } from '../../src/domain/working-days';
import { dialectOf } from '../../server/src/db/dialect';
import type {
  AuditLogTable,
  CountersTable,
  Database,
  ReportEventsTable,
  ReportPhotosTable,
  ReportsTable,
  UploadsTable,
  UsersTable,
} from '../../server/src/db/schema';
import { DEMO_CENTRE } from '../../server/src/db/seed/demo-merchants';
import { seededRandom } from '../../server/src/db/seed/prng';
import { loadHolidayCalendar } from '../../server/src/features/calendar/calendar-service';
import { businessKey, normalisedKey } from '../../server/src/features/reports/report-codes';
import regionJson from '../../server/src/db/seed/region.json';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../server/src/time';
import { DETAILS, GOODS, GOODS_MORE, SEEN } from './report-text';

/**
 * Many 举报, fast, for the reports benchmark: received over the last DAYS days, a few a day more
 * towards today; most of the older ones decided (立案, 不予立案, 移送, 合并, 办结), some still
 * 待核查 past their deadline; deadlines from the real holiday calendar, a few extended; the
 * campaigns active on the day named by part of them; towns from the registry (or typed, or none);
 * a third with a map point; some with photos; 4 in 10 real-name. Each row has the events and audit
 * rows filing and handling would write, and the day counters are set so that filing through the
 * API goes on numbering. Multi-row inserts in one transaction; the same seed gives the same rows.
 * Personal fields and code hashes hold placeholders (the benchmark never decrypts or matches them).
 */
export interface SyntheticReportsOptions {
  reports: number;
  seed?: number;
  now?: Date;
}

export interface SyntheticReports {
  byStatus: Record<string, number>;
  withPoints: number;
  /** Ids spread over the table, for the staff detail route. */
  sampleIds: string[];
  /** Campaign id → reports naming it. */
  byCampaign: Map<string, number>;
  /** The most common town among the busiest campaign's reports (the queue's filtered page). */
  busiestTown: string;
}

const DAYS = 150;
const BATCH = 400;
const HOUR_MS = 3_600_000;
const TOWNS = (regionJson as { towns: string[] }).towns;
const DECLINES = Object.keys(DECLINE_REASONS) as (keyof typeof DECLINE_REASONS)[];
const AUTHORITIES = ['县农业农村局', '县卫生健康局', '县交通运输局', '县公安局', '县文化旅游局'];

/** Decided reports, by what happened (shares of the decided). */
const DECIDED: [ReportStatus, number][] = [
  ['case-opened', 30],
  ['concluded', 22],
  ['not-opened', 26],
  ['transferred', 12],
  ['merged', 10],
];

export async function insertSyntheticReports(
  db: Kysely<Database>,
  options: SyntheticReportsOptions,
): Promise<SyntheticReports> {
  const random = seededRandom(options.seed ?? 1616);
  const nextId = monotonicFactory(random);
  // Steps happen after later reports arrive: their ids come from a factory of their own.
  const nextStepId = monotonicFactory(random);
  const now = options.now ?? new Date();
  const nowMs = now.getTime();
  const today = shanghaiDate(now);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const weighted = <T>(entries: [T, number][]) => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries[0][0];
  };

  const merchants = await db
    .selectFrom('merchants')
    .select(['id', 'name', 'address', 'industry', 'town', 'lat', 'lng'])
    .orderBy('id')
    .execute();
  if (merchants.length === 0) throw new Error('insert the merchants first');
  for (let i = merchants.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [merchants[i], merchants[j]] = [merchants[j], merchants[i]];
  }
  // Reports crowd on a few businesses, as complaints do.
  const pickMerchant = () => merchants[Math.floor(merchants.length * random() ** 1.8)];
  const campaigns = await db
    .selectFrom('campaigns')
    .select(['id', 'period_from', 'period_to'])
    .where('status', '=', 'published')
    .execute();
  const calendar = await loadHolidayCalendar(db);

  const nowIso = now.toISOString();
  const reporters: Insertable<UsersTable>[] = Array.from(
    { length: Math.max(10, Math.ceil(options.reports / 10)) },
    (_, i) => ({
      id: nextStepId(),
      role: 'consumer',
      openid: `bench-reports-${i}`,
      unionid: null,
      session_key: null,
      username: null,
      password_hash: null,
      must_change_password: 0,
      nickname: '压测举报人',
      created_at: nowIso,
      updated_at: nowIso,
    }),
  );

  const reports: Insertable<ReportsTable>[] = [];
  const events: Insertable<ReportEventsTable>[] = [];
  const audits: Insertable<AuditLogTable>[] = [];
  const uploads: Insertable<UploadsTable>[] = [];
  const photos: Insertable<ReportPhotosTable>[] = [];
  const perDay = new Map<string, number>();
  const byStatus: Record<string, number> = {};
  const byCampaign = new Map<string, number>();
  const townsByCampaign = new Map<string, Map<string, number>>();
  // The last report of each business that is not merged itself: what a duplicate merges into.
  const mergeTarget = new Map<string, string>();
  let withPoints = 0;

  const startMs = Date.parse(shanghaiDayStartIso(addDays(today, -DAYS)));
  // In the order they arrive (ids and numbers follow time); sqrt: more lately, none after now.
  const arrivals = Array.from({ length: options.reports }, () =>
    Math.floor(startMs + (nowMs - startMs) * Math.sqrt(random())),
  ).sort((a, b) => a - b);
  for (let i = 0; i < options.reports; i++) {
    const createdMs = arrivals[i];
    const receivedOn = shanghaiDate(new Date(createdMs));
    const counter = (perDay.get(receivedOn) ?? 0) + 1;
    perDay.set(receivedOn, counter);
    const id = nextId(createdMs);
    const createdAt = new Date(createdMs).toISOString();

    const registered = random() < 0.9 ? pickMerchant() : undefined;
    const name = registered?.name ?? `路边${pick(['小卖部', '摊点', '农资店', '诊所'])}${i % 700}`;
    const address = registered?.address ?? `${pick(TOWNS)}集市${i % 90}号`;
    const town = registered?.town ?? (random() < 0.6 ? pick(TOWNS) : null);
    const key = businessKey(registered?.id ?? null, name, address);
    const active = campaigns.filter(
      (c) => campaignPhase(c.period_from, c.period_to, receivedOn) === 'active',
    );
    const campaignId = active.length > 0 && random() < 0.6 ? pick(active).id : null;
    const description = `举报第${i + 1}号：在${name}${pick(SEEN)}${pick(random() < 0.5 ? GOODS : GOODS_MORE)}，${pick(DETAILS)}。`;
    const point = random() < 1 / 3;
    const centre = {
      lat: registered?.lat ?? DEMO_CENTRE.lat,
      lng: registered?.lng ?? DEMO_CENTRE.lng,
    };
    const realName = random() < 0.4;
    const extended = random() < 0.05;
    let decideBy = addWorkingDays(receivedOn, REPORT_DEADLINES.decideWorkingDays, calendar);
    if (extended)
      decideBy = addWorkingDays(decideBy, REPORT_DEADLINES.extensionWorkingDays, calendar);

    // Past the deadline: nearly all decided; before it: a third decided so far.
    const decided = random() < (decideBy < today ? 0.93 : 0.3);
    let status: ReportStatus = decided ? weighted(DECIDED) : 'received';
    const target = mergeTarget.get(key);
    if (status === 'merged' && !target) status = 'not-opened';
    const decidedOn = decided
      ? addWorkingDays(receivedOn, 1 + Math.floor(random() * 13), calendar)
      : null;
    const decidedMs = decidedOn
      ? Math.min(nowMs, Date.parse(shanghaiDayStartIso(decidedOn)) + 10 * HOUR_MS)
      : createdMs;
    const decidedAt = new Date(decidedMs).toISOString();
    const concludedAt = new Date(Math.min(nowMs, decidedMs + 24 * HOUR_MS * 20)).toISOString();
    if (status !== 'merged') mergeTarget.set(key, id);
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (campaignId) {
      byCampaign.set(campaignId, (byCampaign.get(campaignId) ?? 0) + 1);
      const towns = townsByCampaign.get(campaignId) ?? new Map<string, number>();
      if (town) towns.set(town, (towns.get(town) ?? 0) + 1);
      townsByCampaign.set(campaignId, towns);
    }
    if (point) withPoints += 1;
    const told = realName && decided && status !== 'merged';

    reports.push({
      id,
      report_no: `JB${receivedOn.replaceAll('-', '')}-${String(counter).padStart(4, '0')}`,
      code_hash: 'bench',
      reporter_kind: realName ? 'real-name' : 'anonymous',
      reporter_user_id: realName ? (pick(reporters).id as string) : null,
      reporter_name: realName ? 'bench' : null,
      reporter_phone: realName ? 'bench' : null,
      submitter_key: realName ? `bench-${i % 5000}` : null,
      merchant_id: registered?.id ?? null,
      business_name: name,
      business_address: address,
      business_key: key,
      industry: registered?.industry ?? null,
      town,
      campaign_id: campaignId,
      description,
      text_key: normalisedKey(description),
      seen_on: addDays(receivedOn, -Math.floor(random() * 5)),
      seen_time:
        random() < 0.5 ? `${String(8 + Math.floor(random() * 12)).padStart(2, '0')}:30` : null,
      place: registered ? `${name}店内` : address,
      latitude: point ? centre.lat + (random() - 0.5) * 0.2 : null,
      longitude: point ? centre.lng + (random() - 0.5) * 0.2 : null,
      location_name: point ? name : null,
      wants_reply: random() < 0.5 ? 1 : 0,
      subscribed: realName && random() < 0.5 ? 1 : 0,
      sec_check: random() < 0.02 ? 'review' : 'pass',
      status,
      received_on: receivedOn,
      decide_by: decideBy,
      extended: extended ? 1 : 0,
      extension_reason: extended ? '需要抽样检验' : null,
      decided_on: status === 'merged' ? null : decidedOn,
      decline_reason: status === 'not-opened' ? pick(DECLINES) : null,
      decision_note: decided ? '已核查' : null,
      transferred_to: status === 'transferred' ? pick(AUTHORITIES) : null,
      merged_into: status === 'merged' ? (target as string) : null,
      outcome: status === 'concluded' ? '已责令改正并处罚款' : null,
      malicious: random() < 0.01 ? 1 : 0,
      malicious_reason: null,
      tell_reporter_by: told
        ? addWorkingDays(decidedOn as string, REPORT_DEADLINES.tellReporterWorkingDays, calendar)
        : null,
      reporter_told_at: told ? decidedAt : null,
      created_at: createdAt,
      updated_at: status === 'concluded' ? concludedAt : decided ? decidedAt : createdAt,
    });

    const step = (at: string, label: string, action: string) => {
      events.push({ id: nextStepId(Date.parse(at)), report_id: id, at, label });
      audits.push({
        id: nextStepId(Date.parse(at)),
        actor_id: null,
        action,
        target_type: 'report',
        target_id: id,
        created_at: at,
        detail: null,
      });
    };
    step(createdAt, '已收到举报', 'submitted');
    if (extended) step(createdAt, `核查期限已延长至${decideBy}`, 'extend');
    if (status === 'case-opened' || status === 'concluded') step(decidedAt, '已立案', 'open-case');
    if (status === 'concluded') step(concludedAt, '已办结', 'conclude');
    if (status === 'not-opened') step(decidedAt, '不予立案', 'decline');
    if (status === 'transferred') step(decidedAt, '已移送', 'transfer');
    if (status === 'merged') step(decidedAt, '已与同一线索合并处理', 'merge');

    if (random() < 0.2) {
      for (let p = 0; p < 1 + Math.floor(random() * 3); p++) {
        const uploadId = nextStepId(createdMs);
        uploads.push({
          id: uploadId,
          sha256: randomBytes(32).toString('hex'),
          mime: 'image/jpeg',
          size: 150_000,
          purpose: 'report',
          owner_id: null,
          created_at: createdAt,
        });
        photos.push({ report_id: id, upload_id: uploadId, position: p });
      }
    }
  }

  const counters: CountersTable[] = [...perDay].map(([day, value]) => ({
    key: `report:${day.replaceAll('-', '')}`,
    value,
  }));
  await db.transaction().execute(async (trx) => {
    for (const [table, rows] of [
      ['users', reporters],
      ['uploads', uploads],
      ['reports', reports],
      ['report_photos', photos],
      ['report_events', events],
      ['audit_log', audits],
      ['counters', counters],
    ] as const) {
      for (let start = 0; start < rows.length; start += BATCH) {
        await trx
          .insertInto(table)
          .values(rows.slice(start, start + BATCH) as never)
          .execute();
      }
    }
  });
  if (dialectOf(db) === 'postgres') {
    await sql`ANALYZE users, uploads, reports, report_photos, report_events, audit_log`.execute(db);
  }

  const busiest = [...byCampaign].sort((a, b) => b[1] - a[1])[0]?.[0];
  const towns = [...(townsByCampaign.get(busiest ?? '') ?? new Map<string, number>())];
  const step = Math.max(1, Math.floor(reports.length / 200));
  return {
    byStatus,
    withPoints,
    sampleIds: reports.filter((_, n) => n % step === 0).map((r) => r.id as string),
    byCampaign,
    busiestTown: towns.sort((a, b) => b[1] - a[1])[0]?.[0] ?? TOWNS[0],
  };
}
