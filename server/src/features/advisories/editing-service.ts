import type { Kysely, Transaction } from 'kysely';
import { ulid } from 'ulid';
import type {
  AdvisoryContent,
  AdvisoryCreated,
  AdvisoryTransitionBody,
  AdvisoryVersions,
  StaffAdvisory,
  StaffAdvisoryList,
  StaffAdvisoryQuery,
} from '@api/advisories';
import type { Updateable } from 'kysely';
import type { AdvisoriesTable, Database } from '../../db/schema';
import { recordAudit } from '../../db/audit';
import { stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import {
  changedMeanwhile as changedBy,
  checkEdit,
  checkTransition,
  fieldsInvalid as advisoryInvalid,
  revisionOf as parseRevision,
  type PendingRevision,
  type ReviewWords,
} from '../../review-workflow';
import { shanghaiDate } from '../../time';
import type { AppDeps } from '../../deps';
import { forgetMerchant } from '../merchants/detail-cache';
import { findMerchantById } from '../merchants/merchants-repository';
import { deliver } from '../messages/messages-service';
import { getRegion } from '../region/region-service';
import { foreignUploads } from '../uploads/uploads-service';
import {
  findAdvisory,
  insertAdvisory,
  insertVersion,
  listByStatus,
  listVersions,
  updateAdvisory,
  type AdvisoryRow,
} from './advisories-repository';
import { contentProblems, normaliseContent, searchText } from './advisory-rules';
import { contentOf, staffIdsOf, toStaffAdvisory, toVersion } from './advisory-view';
import { staffNames } from './staff-names-service';

export type AdvisoryDeps = Pick<AppDeps, 'db' | 'storage' | 'now'>;

/** The upload purpose of an advisory's images (the staff member's own photo uploads). */
export const ADVISORY_IMAGE_PURPOSE = 'evidence' as const;

export const advisoryNotFound = () => notFound('ADVISORY_NOT_FOUND', '提示/警示不存在');

const WORDS: ReviewWords = { noun: '提示/警示', code: 'ADVISORY' };
const changedMeanwhile = () => changedBy(WORDS);

type Revision = PendingRevision<AdvisoryContent>;

const revisionOf = (row: AdvisoryRow): Revision | undefined =>
  parseRevision<AdvisoryContent>(row.revision);

const reviewState = (row: AdvisoryRow, revision: Revision | undefined) => ({
  status: row.status,
  authorId: row.author_id,
  revision,
});

/**
 * The content checked against the profile, its images (the caller's own photos, or ones the
 * advisory already has) and its named merchant (must exist). Nothing is written before this.
 */
async function checkedContent(
  deps: AdvisoryDeps,
  caller: TokenPayload,
  input: AdvisoryContent,
  keptImages: readonly string[] = [],
): Promise<AdvisoryContent> {
  const db = deps.db.db;
  const content = normaliseContent(input);
  const region = await getRegion(db);
  const fields = contentProblems(content, region, shanghaiDate(deps.now()));
  const fresh = content.images.filter((id) => !keptImages.includes(id));
  if (
    fresh.length > 0 &&
    (await foreignUploads(db, fresh, caller.sub, ADVISORY_IMAGE_PURPOSE)).length
  ) {
    fields.images = '请使用您本人上传的图片';
  }
  if (
    content.merchant &&
    !fields.merchant &&
    !(await findMerchantById(db, content.merchant.merchantId))
  ) {
    fields['merchant.merchantId'] = '未查到该商家';
  }
  if (Object.keys(fields).length > 0) throw advisoryInvalid(fields);
  return content;
}

/** The columns copied out of a content for the lists. */
const contentColumns = (c: AdvisoryContent) => ({
  kind: c.kind,
  title: c.title,
  category: c.category,
  search_text: searchText(c),
  content: JSON.stringify(c),
  valid_from: c.validFrom ?? null,
  valid_until: c.validUntil ?? null,
  merchant_id: c.merchant?.merchantId ?? null,
});

/**
 * A new draft. `alongside` runs in the same transaction once the draft is written (the tips
 * feature records a promotion there): if it throws, neither is kept.
 */
export async function createAdvisory(
  deps: AdvisoryDeps,
  caller: TokenPayload,
  body: AdvisoryContent,
  claim?: IdempotencyClaim,
  alongside?: (trx: Transaction<Database>, id: string, now: Date) => Promise<void>,
): Promise<AdvisoryCreated> {
  const content = await checkedContent(deps, caller, body);
  const now = deps.now();
  const at = now.toISOString();
  const id = ulid();
  await deps.db.db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    await insertAdvisory(trx, {
      id,
      status: 'draft',
      version: 1,
      ...contentColumns(content),
      author_id: caller.sub,
      created_at: at,
      updated_at: at,
      submitted_at: null,
      returned_reason: null,
      publish_at: null,
      published_by: null,
      unpublished_at: null,
      unpublished_by: null,
      unpublished_reason: null,
      revision: null,
    });
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'advisory.create',
      targetType: 'advisory',
      targetId: id,
      detail: {
        kind: content.kind,
        title: content.title,
        merchantId: content.merchant?.merchantId,
      },
      at: now,
    });
    await alongside?.(trx, id, now);
  });
  return { id, status: 'draft' };
}

/** What creating answered, again (an Idempotency-Key replay). */
export async function createdAdvisory(deps: AdvisoryDeps, id: string): Promise<AdvisoryCreated> {
  const row = await findAdvisory(deps.db.db, id);
  if (!row) throw advisoryNotFound();
  return { id: row.id, status: row.status };
}

async function loaded(db: Kysely<Database>, id: string): Promise<AdvisoryRow> {
  const row = await findAdvisory(db, id);
  if (!row) throw advisoryNotFound();
  return row;
}

/** Advisories as staff see them, with who wrote and published them (one name query). */
async function toStaff(db: Kysely<Database>, rows: AdvisoryRow[]): Promise<StaffAdvisory[]> {
  const nameOf = await staffNames(db, rows.flatMap(staffIdsOf));
  return rows.map((row) => toStaffAdvisory(row, nameOf));
}

async function staffView(db: Kysely<Database>, id: string): Promise<StaffAdvisory> {
  const [advisory] = await toStaff(db, [await loaded(db, id)]);
  return advisory;
}

export async function staffAdvisory(deps: AdvisoryDeps, id: string): Promise<StaffAdvisory> {
  return staffView(deps.db.db, id);
}

/**
 * Edit: a draft by its author in place; a published advisory gets a new version (a revision,
 * reviewed like a draft, while the published one stays public); a submitted one must be sent
 * back first; an unpublished one stays as it was.
 */
export async function updateAdvisoryContent(
  deps: AdvisoryDeps,
  caller: TokenPayload,
  id: string,
  body: AdvisoryContent,
): Promise<StaffAdvisory> {
  const db = deps.db.db;
  const row = await loaded(db, id);
  const revision = revisionOf(row);
  const now = deps.now();
  const at = now.toISOString();
  let change: Updateable<AdvisoriesTable>;
  let action: string;
  if (checkEdit(reviewState(row, revision), caller.sub, WORDS) === 'in-place') {
    const content = await checkedContent(deps, caller, body, contentOf(row).images);
    change = { ...contentColumns(content), updated_at: at };
    action = 'advisory.edit';
  } else {
    const kept = [...contentOf(row).images, ...(revision?.content.images ?? [])];
    const content = await checkedContent(deps, caller, body, kept);
    const next: Revision = { status: 'draft', content, authorId: caller.sub, updatedAt: at };
    change = { revision: JSON.stringify(next), updated_at: at };
    action = 'advisory.revise';
  }
  await db.transaction().execute(async (trx) => {
    if (
      !(await updateAdvisory(trx, id, { status: row.status, updatedAt: row.updated_at }, change))
    ) {
      throw changedMeanwhile();
    }
    await recordAudit(trx, {
      actorId: caller.sub,
      action,
      targetType: 'advisory',
      targetId: id,
      detail: { version: row.version + (action === 'advisory.revise' ? 1 : 0) },
      at: now,
    });
  });
  // The merchant page lists the public 警示 naming it: show the change at once.
  for (const merchantId of [row.merchant_id, change.merchant_id]) {
    if (merchantId) forgetMerchant(merchantId);
  }
  return staffView(db, id);
}

const DETAIL_PAGE = '/features/advisories/pages/detail/index?id=';

/** The author hears of a publication or a return in 消息. */
function tellAuthor(
  db: Kysely<Database>,
  at: string,
  authorId: string,
  id: string,
  title: string,
  body: string,
) {
  return deliver(db, at, [
    { userId: authorId, kind: 'advisory-review', title, body, link: `${DETAIL_PAGE}${id}` },
  ]);
}

/**
 * submit (the author: draft → submitted), return (staff: submitted → draft, with a reason),
 * publish (another staff member than the author: submitted → published, public from publishAt
 * or now; every published version is kept), unpublish (published → unpublished, with a reason,
 * kept). On a published advisory with a new version, submit/return/publish act on that version.
 */
export async function transitionAdvisory(
  deps: AdvisoryDeps,
  caller: TokenPayload,
  id: string,
  body: AdvisoryTransitionBody,
): Promise<StaffAdvisory> {
  const db = deps.db.db;
  const row = await loaded(db, id);
  const revision = revisionOf(row);
  const now = deps.now();
  const at = now.toISOString();
  if (body.publishAt !== undefined && body.action !== 'publish') {
    throw advisoryInvalid({ publishAt: '只有发布时可以设定发布时间' });
  }
  const verdict = checkTransition(reviewState(row, revision), body, caller.sub, WORDS, at);
  const { onRevision, reason } = verdict;
  // An advisory always has an author (the demo ones: the seed).
  const authorId = verdict.authorId ?? row.author_id;
  const title = onRevision && revision ? revision.content.title : row.title;
  let change: Updateable<AdvisoriesTable>;
  let version = row.version;
  let publishedContent: AdvisoryContent | undefined;
  let message: { title: string; body: string } | undefined;

  switch (body.action) {
    case 'submit': {
      change = verdict.revision
        ? { revision: JSON.stringify(verdict.revision) }
        : { status: 'submitted', submitted_at: at };
      break;
    }
    case 'return': {
      change = verdict.revision
        ? { revision: JSON.stringify(verdict.revision) }
        : { status: 'draft', returned_reason: reason };
      message = { title: `「${title}」被退回修改`, body: `退回原因：${reason}` };
      break;
    }
    case 'publish': {
      if (body.publishAt !== undefined && Number.isNaN(Date.parse(body.publishAt))) {
        throw advisoryInvalid({ publishAt: '发布时间无效' });
      }
      const requested = body.publishAt ? new Date(body.publishAt) : now;
      const publishAt = (requested < now ? now : requested).toISOString();
      if (onRevision && revision) {
        publishedContent = revision.content;
        version = row.version + 1;
        change = {
          ...contentColumns(revision.content),
          version,
          revision: null,
          published_by: caller.sub,
        };
      } else {
        publishedContent = contentOf(row);
        change = { status: 'published', publish_at: publishAt, published_by: caller.sub };
      }
      const when = onRevision || publishAt === at ? '已发布' : `将于 ${publishAt} 发布`;
      message = { title: `「${title}」${when}`, body: `第 ${version} 版已通过审核。` };
      break;
    }
    case 'unpublish': {
      change = {
        status: 'unpublished',
        unpublished_at: at,
        unpublished_by: caller.sub,
        unpublished_reason: reason,
      };
      break;
    }
  }

  await db.transaction().execute(async (trx) => {
    const ok = await updateAdvisory(
      trx,
      id,
      { status: row.status, updatedAt: row.updated_at },
      { ...change, updated_at: at },
    );
    if (!ok) throw changedMeanwhile();
    if (publishedContent) {
      await insertVersion(trx, {
        advisory_id: id,
        version,
        content: JSON.stringify(publishedContent),
        author_id: authorId,
        published_by: caller.sub,
        published_at: at,
      });
    }
    if (message && authorId !== caller.sub) {
      await tellAuthor(trx, at, authorId, id, message.title, message.body);
    }
    await recordAudit(trx, {
      actorId: caller.sub,
      action: `advisory.${body.action}`,
      targetType: 'advisory',
      targetId: id,
      detail: {
        from: row.status,
        version,
        ...(onRevision && { revision: true }),
        ...(reason && { reason }),
        ...(change.publish_at && { publishAt: change.publish_at }),
      },
      at: now,
    });
  });
  // The merchant page lists the public 警示 naming it: show the change at once.
  for (const merchantId of [row.merchant_id, change.merchant_id]) {
    if (merchantId) forgetMerchant(merchantId);
  }
  return staffView(db, id);
}

export async function staffAdvisoryList(
  deps: AdvisoryDeps,
  query: StaffAdvisoryQuery,
): Promise<StaffAdvisoryList> {
  const page = await stringKeysetPage(
    query,
    (window) => listByStatus(deps.db.db, query.status, window),
    (r) => [r.updated_at, r.id],
  );
  return { items: await toStaff(deps.db.db, page.rows), nextCursor: page.nextCursor };
}

export async function advisoryVersions(deps: AdvisoryDeps, id: string): Promise<AdvisoryVersions> {
  const db = deps.db.db;
  await loaded(db, id);
  const rows = await listVersions(db, id);
  const nameOf = await staffNames(
    db,
    rows.flatMap((r) => [r.author_id, r.published_by]),
  );
  return { items: rows.map((row) => toVersion(row, nameOf)) };
}
