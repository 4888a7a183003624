import { ulid } from 'ulid';
import type { MyTip, TipBody } from '@api/tips';
import { normaliseTipBody, TIP_LIMITS } from '@/domain/tip-vocabulary';
import { textLength } from '@/domain/text-length';
import { recordAudit } from '../../db/audit';
import { AppError, badRequest, conflict } from '../../plugins/app-error';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import type { TokenPayload } from '../../plugins/auth';
import { shanghaiDate, shanghaiDayStartIso } from '../../time';
import { WechatError, type SecCheckResult } from '../../wechat';
import { findUserById } from '../auth/auth-repository';
import { getRegion } from '../region/region-service';
import { foreignUploads, storedUpload } from '../uploads/uploads-service';
import { atOneMoment, tipNotFound, type Deps } from './tips-common';
import {
  countTipsSince,
  findDuplicate,
  findTip,
  insertTip,
  withdrawTip,
  type TipRow,
} from './tips-repository';
import { tipCategories, tipsPerDay } from './tips-rules';
import { toMine } from './tip-view';

/** 消费小贴士 from the writer's side: the form, WeChat's checks, the limits, withdrawal. */

/** Photos of tips are uploaded with the purpose of user-taken photos (evidence). */
export const TIP_PHOTO_PURPOSE = 'evidence' as const;

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

/** The author takes their tip back, whatever its status (withdrawn twice: 409). */
export async function withdraw(deps: Deps, userId: string, id: string): Promise<MyTip> {
  await atOneMoment(deps, async (trx, now, at) => {
    if (!(await withdrawTip(trx, id, userId, at))) {
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
