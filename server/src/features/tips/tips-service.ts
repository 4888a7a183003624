import { ulid } from 'ulid';
import type { Kysely } from 'kysely';
import type {
  MyTip,
  MyTipPage,
  MyTipQuery,
  PublicTip,
  StaffTip,
  StaffTipPage,
  TipBody,
  TipListQuery,
  TipModerationBody,
  TipPromoted,
  TipPromotionBody,
  TipPage,
  TipQueueQuery,
  TipReport,
  TipReportBody,
  TipReportCreated,
  TipReportPage,
  TipReportQueueQuery,
  TipReportResolutionBody,
  UsefulState,
} from '@api/tips';
import { normaliseTipBody, TIP_LIMITS, type TipReportReason } from '@/domain/tip-vocabulary';
import { textLength } from '@/domain/text-length';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { stringKeysetPage } from '../../pagination';
import { AppError, badRequest, conflict, notFound } from '../../plugins/app-error';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import type { TokenPayload } from '../../plugins/auth';
import { shanghaiDate, shanghaiDayStartIso } from '../../time';
import { WechatError, type SecCheckResult } from '../../wechat';
import { accountNames, findUserById } from '../auth/auth-repository';
import { createAdvisory } from '../advisories/editing-service';
import { deliver } from '../messages/messages-service';
import { getRegion } from '../region/region-service';
import { foreignUploads, storedUpload, uploadUrl } from '../uploads/uploads-service';
import {
  closeReportsOfTip,
  countTipsSince,
  findDuplicate,
  findOwnReport,
  findReport,
  findTip,
  findTips,
  insertReport,
  insertTip,
  isPublishedTipPhoto,
  listByAuthor,
  listPending,
  listPublished,
  listReports,
  markedByUser,
  markPromoted,
  markUseful,
  moveTip,
  openReportCounts,
  resolveReportRow,
  withdrawTip,
  type TipReportRow,
  type TipRow,
} from './tips-repository';
import { containsPattern, maskedAuthor, tipCategories, tipsPerDay } from './tips-rules';

/** 消费小贴士: consumers write, WeChat checks, staff moderate, everybody reads. */

type Deps = Pick<AppDeps, 'db' | 'now' | 'wechat' | 'storage'>;

/** Photos of tips are uploaded with the purpose of user-taken photos (evidence). */
export const TIP_PHOTO_PURPOSE = 'evidence' as const;

const tipNotFound = () => notFound('TIP_NOT_FOUND', '小贴士不存在或已下线');
const reportNotFound = () => notFound('TIP_REPORT_NOT_FOUND', '举报不存在');

const tipLink = (id: string) => `/features/tips/pages/detail/index?id=${id}`;

const photoIds = (row: TipRow): string[] => JSON.parse(row.photos) as string[];
const photoLinks = (row: TipRow) =>
  photoIds(row).map((id) => ({ id, url: `/api/v1/tips/${row.id}/photos/${id}` }));

function toPublic(row: TipRow, nickname: string | undefined, marked: boolean): PublicTip {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    category: row.category,
    photos: photoLinks(row),
    authorName: maskedAuthor(nickname ?? ''),
    usefulCount: Number(row.useful_count),
    markedUseful: marked,
    publishedAt: row.published_at ?? row.created_at,
  };
}

function toMine(row: TipRow): MyTip {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    category: row.category,
    // The author reads their own uploads directly.
    photos: photoIds(row).map((id) => ({ id, url: uploadUrl(id) })),
    status: row.status,
    ...(row.reject_reason ? { rejectReason: row.reject_reason } : {}),
    usefulCount: Number(row.useful_count),
    createdAt: row.created_at,
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
  };
}

async function toStaff(db: Kysely<Database>, rows: TipRow[]): Promise<StaffTip[]> {
  const names = await accountNames(
    db,
    rows.map((r) => r.author_id),
  );
  const reports = await openReportCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    body: row.body,
    category: row.category,
    photos: photoIds(row).map((id) => ({ id, url: uploadUrl(id) })),
    status: row.status,
    secCheck: row.sec_check,
    authorNickname: names.get(row.author_id)?.nickname || '微信用户',
    ...(row.reject_reason ? { rejectReason: row.reject_reason } : {}),
    openReports: reports.get(row.id) ?? 0,
    ...(row.promoted_advisory_id ? { promotedAdvisoryId: row.promoted_advisory_id } : {}),
    createdAt: row.created_at,
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
  }));
}

/** The form's problems, in the form's words (400 TIP_INVALID with fields). */
async function checkForm(deps: Deps, caller: TokenPayload, body: TipBody) {
  const fields: Record<string, string> = {};
  const title = body.title.trim();
  const text = body.body.trim();
  if (textLength(title) < TIP_LIMITS.title.min) {
    fields.title = `标题至少${TIP_LIMITS.title.min}个字`;
  }
  if (textLength(text) < TIP_LIMITS.body.min) fields.body = `内容至少${TIP_LIMITS.body.min}个字`;
  const region = await getRegion(deps.db.db);
  if (!tipCategories(region).includes(body.category)) fields.category = '请选择列表中的分类';
  const photos = body.photos ?? [];
  const foreign = await foreignUploads(deps.db.db, photos, caller.sub, TIP_PHOTO_PURPOSE);
  if (foreign.length > 0) fields.photos = '图片不存在或不是你上传的，请重新上传';
  if (Object.keys(fields).length > 0) {
    throw badRequest('TIP_INVALID', Object.values(fields)[0], fields);
  }
  return { title, text, photos, limit: tipsPerDay(region) };
}

const dailyLimit = (limit: number) =>
  new AppError(429, 'TIP_DAILY_LIMIT', `每人每天最多投稿 ${limit} 条小贴士，明天再来吧`);
const duplicate = () => conflict('TIP_DUPLICATE', '你已经投过内容相同的小贴士了，请勿重复投稿');

/** What WeChat's checks say about the text and the photos; risky refuses with a clear message. */
async function securityCheck(
  deps: Deps,
  openid: string,
  content: string,
  photos: readonly string[],
): Promise<'pass' | 'review' | 'unchecked'> {
  const results: SecCheckResult[] = [];
  try {
    const text = await deps.wechat.msgSecCheck({ openid, content, scene: 3 });
    if (text.suggest === 'risky') {
      throw new AppError(
        422,
        'TIP_CONTENT_REFUSED',
        '内容未通过微信内容安全检测，请修改标题或正文后再提交',
      );
    }
    results.push(text);
    for (const [index, id] of photos.entries()) {
      const upload = await storedUpload({ db: deps.db.db, storage: deps.storage }, id);
      const image = upload && (await upload.bytes());
      if (!upload || !image) {
        throw badRequest('TIP_INVALID', '图片不存在，请重新上传', { photos: '图片不存在' });
      }
      const result = await deps.wechat.imageSecCheck({ openid, image, mime: upload.mime });
      if (result.suggest === 'risky') {
        throw new AppError(
          422,
          'TIP_PHOTO_REFUSED',
          `第${index + 1}张图片未通过微信内容安全检测，请更换后再提交`,
          { [`photos.${index}`]: '未通过内容安全检测' },
        );
      }
      results.push(result);
    }
  } catch (err) {
    // WeChat unreachable: staff moderation still stands between the tip and the public.
    if (err instanceof WechatError) return 'unchecked';
    throw err;
  }
  return results.every((r) => r.suggest === 'pass') ? 'pass' : 'review';
}

/** A new tip: checked by WeChat, then waiting for staff; never public before that. */
export async function createTip(
  deps: Deps,
  caller: TokenPayload,
  body: TipBody,
  claim?: IdempotencyClaim,
): Promise<MyTip> {
  const db = deps.db.db;
  const { title, text, photos, limit } = await checkForm(deps, caller, body);
  const now = deps.now();
  const dayStart = shanghaiDayStartIso(shanghaiDate(now));
  const bodyKey = normaliseTipBody(text);
  if ((await countTipsSince(db, caller.sub, dayStart)) >= limit) throw dailyLimit(limit);
  if (await findDuplicate(db, caller.sub, bodyKey)) throw duplicate();

  const user = await findUserById(db, caller.sub);
  const secCheck = await securityCheck(deps, user?.openid ?? '', `${title}\n${text}`, photos);

  const at = now.toISOString();
  const row: TipRow = {
    id: ulid(),
    author_id: caller.sub,
    title,
    body: text,
    body_key: bodyKey,
    category: body.category,
    photos: JSON.stringify(photos),
    status: 'pending',
    sec_check: secCheck,
    reject_reason: null,
    moderated_by: null,
    moderated_at: null,
    useful_count: 0,
    promoted_advisory_id: null,
    created_at: at,
    updated_at: at,
    published_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, row.id);
    if ((await countTipsSince(trx, caller.sub, dayStart)) >= limit) throw dailyLimit(limit);
    if (await findDuplicate(trx, caller.sub, bodyKey)) throw duplicate();
    await insertTip(trx, row);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'tip.submit',
      targetType: 'tip',
      targetId: row.id,
      detail: { secCheck },
      at: now,
    });
  });
  return toMine(row);
}

/** The author's own tip again (an Idempotency-Key replay). */
export async function ownTip(deps: Deps, userId: string, id: string): Promise<MyTip> {
  const row = await findTip(deps.db.db, id);
  if (!row || row.author_id !== userId) throw tipNotFound();
  return toMine(row);
}

async function publicTips(
  db: Kysely<Database>,
  caller: TokenPayload | undefined,
  rows: TipRow[],
): Promise<PublicTip[]> {
  const names = await accountNames(
    db,
    rows.map((r) => r.author_id),
  );
  const marked = caller
    ? await markedByUser(
        db,
        caller.sub,
        rows.map((r) => r.id),
      )
    : new Set<string>();
  return rows.map((r) => toPublic(r, names.get(r.author_id)?.nickname, marked.has(r.id)));
}

export async function listTips(
  deps: Deps,
  caller: TokenPayload | undefined,
  query: TipListQuery,
): Promise<TipPage> {
  const db = deps.db.db;
  const text = query.q?.trim();
  const page = await stringKeysetPage(
    query,
    (window) =>
      listPublished(
        db,
        {
          ...(query.category ? { category: query.category } : {}),
          ...(text ? { like: containsPattern(text) } : {}),
        },
        window,
      ),
    (r) => [r.published_at ?? r.created_at, r.id],
  );
  return { items: await publicTips(db, caller, page.rows), nextCursor: page.nextCursor };
}

async function publishedTip(db: Kysely<Database>, id: string): Promise<TipRow> {
  const row = await findTip(db, id);
  if (!row || row.status !== 'published') throw tipNotFound();
  return row;
}

export async function getTip(
  deps: Deps,
  caller: TokenPayload | undefined,
  id: string,
): Promise<PublicTip> {
  const db = deps.db.db;
  const [tip] = await publicTips(db, caller, [await publishedTip(db, id)]);
  return tip;
}

/** A published tip's photo, public as the tip is. */
export async function tipPhoto(
  deps: Deps,
  id: string,
  photoId: string,
): Promise<{ mime: string; bytes: Buffer }> {
  if (!(await isPublishedTipPhoto(deps.db.db, id, photoId))) throw tipNotFound();
  const upload = await storedUpload({ db: deps.db.db, storage: deps.storage }, photoId);
  const bytes = upload && (await upload.bytes());
  if (!upload || !bytes) throw tipNotFound();
  return { mime: upload.mime, bytes };
}

export async function myTips(deps: Deps, userId: string, query: MyTipQuery): Promise<MyTipPage> {
  const page = await stringKeysetPage(
    query,
    (window) => listByAuthor(deps.db.db, userId, window),
    (r) => [r.created_at, r.id],
  );
  return { items: page.rows.map(toMine), nextCursor: page.nextCursor };
}

/** The author takes their tip back, whatever its status (withdrawn twice: 409). */
export async function withdraw(deps: Deps, userId: string, id: string): Promise<MyTip> {
  const db = deps.db.db;
  const now = deps.now();
  await db.transaction().execute(async (trx) => {
    if (!(await withdrawTip(trx, id, userId, now.toISOString()))) {
      const row = await findTip(trx, id);
      if (!row || row.author_id !== userId) throw tipNotFound();
      throw conflict('TIP_ALREADY_WITHDRAWN', '这条小贴士已经撤回了');
    }
    await recordAudit(trx, {
      actorId: userId,
      action: 'tip.withdraw',
      targetType: 'tip',
      targetId: id,
      at: now,
    });
  });
  return ownTip(deps, userId, id);
}

/** 有用: once per user; marking again changes nothing. */
export async function markTipUseful(deps: Deps, userId: string, id: string): Promise<UsefulState> {
  const db = deps.db.db;
  await publishedTip(db, id);
  await db.transaction().execute(async (trx) => {
    await markUseful(trx, id, userId, deps.now().toISOString());
  });
  const row = await publishedTip(db, id);
  return { usefulCount: Number(row.useful_count), markedUseful: true };
}

/** 不当内容: a report of a published tip, for the staff queue. */
export async function reportTip(
  deps: Deps,
  userId: string,
  id: string,
  body: TipReportBody,
  claim?: IdempotencyClaim,
): Promise<TipReportCreated> {
  const db = deps.db.db;
  await publishedTip(db, id);
  const report = { id: ulid(), createdAt: deps.now().toISOString() };
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, report.id);
    await insertReport(trx, {
      id: report.id,
      tip_id: id,
      user_id: userId,
      reason: body.reason,
      note: body.note?.trim() || null,
      status: 'open',
      created_at: report.createdAt,
      resolved_at: null,
      resolved_by: null,
    });
  });
  return report;
}

export async function reportedTip(
  deps: Deps,
  userId: string,
  id: string,
): Promise<TipReportCreated> {
  const row = await findOwnReport(deps.db.db, userId, id);
  if (!row) throw reportNotFound();
  return { id: row.id, createdAt: row.created_at };
}

// ─── Staff ─────────────────────────────────────────────────────────────────────

export async function tipQueue(deps: Deps, query: TipQueueQuery): Promise<StaffTipPage> {
  const db = deps.db.db;
  const page = await stringKeysetPage(
    query,
    (window) => listPending(db, window),
    (r) => [r.created_at, r.id],
  );
  return { items: await toStaff(db, page.rows), nextCursor: page.nextCursor };
}

/** Approve (published) or reject with a reason; the author hears of it in 消息. */
export async function moderateTip(
  deps: Deps,
  actorId: string,
  id: string,
  body: TipModerationBody,
): Promise<StaffTip> {
  const db = deps.db.db;
  const now = deps.now();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const approve = body.decision === 'approve';
    const moved = await moveTip(trx, id, 'pending', {
      status: approve ? 'published' : 'rejected',
      reject_reason: approve ? null : body.reason,
      moderated_by: actorId,
      moderated_at: at,
      updated_at: at,
      ...(approve ? { published_at: at } : {}),
    });
    const row = await findTip(trx, id);
    if (!row) throw tipNotFound();
    if (!moved) throw conflict('TIP_NOT_PENDING', '这条小贴士已经处理过了');
    await recordAudit(trx, {
      actorId,
      action: approve ? 'tip.approve' : 'tip.reject',
      targetType: 'tip',
      targetId: id,
      ...(approve ? {} : { detail: { reason: body.reason } }),
      at: now,
    });
    await deliver(trx, at, [
      {
        userId: row.author_id,
        kind: 'tip-moderation',
        title: approve ? '你的小贴士已发布' : '你的小贴士未通过审核',
        body: approve
          ? `「${row.title}」已通过审核并公开发布，感谢分享！`
          : `「${row.title}」未通过审核：${body.reason}。可修改后重新投稿。`,
        link: approve ? tipLink(id) : '/features/tips/pages/mine/index',
      },
    ]);
  });
  const [tip] = await toStaff(db, [(await findTip(db, id)) as TipRow]);
  return tip;
}

async function toReports(db: Kysely<Database>, rows: TipReportRow[]): Promise<TipReport[]> {
  const tips = await toStaff(db, await findTips(db, [...new Set(rows.map((r) => r.tip_id))]));
  const byId = new Map(tips.map((t) => [t.id, t]));
  return rows.flatMap((r) => {
    const tip = byId.get(r.tip_id);
    if (!tip) return [];
    return [
      {
        id: r.id,
        tip,
        reason: r.reason as TipReportReason,
        ...(r.note ? { note: r.note } : {}),
        status: r.status,
        createdAt: r.created_at,
        ...(r.resolved_at ? { resolvedAt: r.resolved_at } : {}),
      },
    ];
  });
}

export async function tipReportQueue(
  deps: Deps,
  query: TipReportQueueQuery,
): Promise<TipReportPage> {
  const db = deps.db.db;
  const page = await stringKeysetPage(
    query,
    (window) => listReports(db, query.status ?? 'open', window),
    (r) => [r.created_at, r.id],
  );
  return { items: await toReports(db, page.rows), nextCursor: page.nextCursor };
}

/** hide: the tip leaves every public route and all its open reports close; dismiss: this one. */
export async function resolveTipReport(
  deps: Deps,
  actorId: string,
  id: string,
  body: TipReportResolutionBody,
): Promise<TipReport> {
  const db = deps.db.db;
  const now = deps.now();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const report = await findReport(trx, id);
    if (!report) throw reportNotFound();
    const patch = { resolved_at: at, resolved_by: actorId };
    if (
      !(await resolveReportRow(trx, id, {
        status: body.action === 'hide' ? 'hidden' : 'dismissed',
        ...patch,
      }))
    ) {
      throw conflict('TIP_REPORT_RESOLVED', '这条举报已经处理过了');
    }
    if (body.action === 'hide') {
      await closeReportsOfTip(trx, report.tip_id, { status: 'hidden', ...patch });
      const hidden = await moveTip(trx, report.tip_id, 'published', {
        status: 'hidden',
        updated_at: at,
        moderated_by: actorId,
        moderated_at: at,
      });
      const tip = await findTip(trx, report.tip_id);
      if (hidden && tip) {
        await deliver(trx, at, [
          {
            userId: tip.author_id,
            kind: 'tip-moderation',
            title: '你的小贴士已被屏蔽',
            body: `「${tip.title}」被举报后经工作人员核实，已不再公开显示。`,
            link: '/features/tips/pages/mine/index',
          },
        ]);
      }
    }
    await recordAudit(trx, {
      actorId,
      action: `tip.report.${body.action}`,
      targetType: 'tip_report',
      targetId: id,
      ...(body.note?.trim() ? { detail: { note: body.note.trim() } } : {}),
      at: now,
    });
  });
  const [report] = await toReports(db, [(await findReport(db, id)) as TipReportRow]);
  return report;
}

const CREDIT = '（据消费者投稿）';

/**
 * A good published tip becomes an official 提示 draft (credited 据消费者投稿) through the
 * advisories feature, which checks it like any draft; the tip keeps the draft's id. Once only.
 */
export async function promoteTip(
  deps: Deps,
  caller: TokenPayload,
  id: string,
  body: TipPromotionBody,
  claim?: IdempotencyClaim,
): Promise<TipPromoted> {
  const db = deps.db.db;
  const tip = await publishedTip(db, id);
  if (tip.promoted_advisory_id) {
    throw conflict('TIP_ALREADY_PROMOTED', '这条小贴士已经转为官方提示草稿了');
  }
  const region = await getRegion(db);
  const created = await createAdvisory(
    deps,
    caller,
    {
      kind: '提示',
      title: tip.title,
      body: `${tip.body}\n\n${CREDIT}`,
      images: [],
      category: tip.category,
      issuer: body.issuer ?? region.council,
      legalBasis: [],
    },
    claim,
  );
  const at = deps.now();
  await db.transaction().execute(async (trx) => {
    await markPromoted(trx, id, created.id, at.toISOString());
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'tip.promote',
      targetType: 'tip',
      targetId: id,
      detail: { advisoryId: created.id },
      at,
    });
  });
  return { tipId: id, advisoryId: created.id };
}
