import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type {
  CampaignContent,
  CampaignCreated,
  CampaignTransitionBody,
  StaffCampaign,
  StaffCampaignList,
  StaffCampaignQuery,
} from '@api/campaigns';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../db/audit';
import type { CampaignsTable, Database } from '../../db/schema';
import { stringKeysetPage } from '../../pagination';
import { AppError, conflict } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import type { IdempotencyClaim } from '../../plugins/idempotency';
import { claimIdempotencyKey } from '../../plugins/idempotency';
import { shanghaiDate } from '../../time';
import { publicAdvisoryCards } from '../advisories/reading-service';
import { accountNames } from '../auth/auth-repository';
import { reportCountsByCampaign } from '../reports/campaign-stats-repository';
import { foreignUploads } from '../uploads/uploads-service';
import { campaignNotFound, type CampaignDeps } from './campaign-reading-service';
import { campaignProblems, normaliseCampaign } from './campaign-rules';
import { contentColumns, PROFILE_AUTHOR, toStaffCampaign } from './campaign-view';
import {
  findCampaign,
  insertCampaign,
  listCampaignsByStatus,
  updateCampaign,
  type CampaignRow,
} from './campaigns-repository';

/** The upload purpose of a cover (staff only: POST /uploads refuses it to anyone else). */
export const CAMPAIGN_COVER_PURPOSE = 'campaign' as const;

const UNKNOWN_NAME = '已注销账号';

const changedMeanwhile = () => conflict('CAMPAIGN_CHANGED', '该专项整治刚被他人修改，请刷新后再试');
const invalidTransition = () =>
  conflict('INVALID_TRANSITION', '该专项整治当前状态不能执行此操作，请刷新');

function campaignInvalid(fields: Record<string, string>): AppError {
  return new AppError(400, 'VALIDATION_FAILED', Object.values(fields)[0], fields);
}

/**
 * The content checked beyond the schema: its own rules, a cover that is the caller's upload for
 * a campaign (or the one the campaign has), advisories that are published now. Nothing is
 * written before this.
 */
async function checkedContent(
  deps: CampaignDeps,
  caller: TokenPayload,
  input: CampaignContent,
  keptCover?: string | null,
): Promise<CampaignContent> {
  const db = deps.db.db;
  const content = normaliseCampaign(input);
  const fields = campaignProblems(content);
  if (
    content.cover !== undefined &&
    content.cover !== keptCover &&
    (await foreignUploads(db, [content.cover], caller.sub, CAMPAIGN_COVER_PURPOSE)).length > 0
  ) {
    fields.cover = '请使用您本人为专项整治上传的封面图';
  }
  if (content.advisoryIds.length > 0) {
    const published = new Set(
      (await publicAdvisoryCards(db, content.advisoryIds, deps.now())).map((a) => a.id),
    );
    const missing = content.advisoryIds.findIndex((id) => !published.has(id));
    if (missing >= 0) fields[`advisoryIds.${missing}`] = '只能关联已发布的消费提示/警示';
  }
  if (Object.keys(fields).length > 0) throw campaignInvalid(fields);
  return content;
}

/** Campaigns as staff see them: who created each and how many reports name it. */
async function toStaff(deps: CampaignDeps, rows: CampaignRow[]): Promise<StaffCampaign[]> {
  const db = deps.db.db;
  const names = await accountNames(
    db,
    rows.map((r) => r.created_by),
  );
  const counts = await reportCountsByCampaign(
    db,
    rows.map((r) => r.id),
  );
  const today = shanghaiDate(deps.now());
  return rows.map((row) => {
    const name = row.created_by ? names.get(row.created_by) : undefined;
    return toStaffCampaign(row, today, {
      createdByName: row.created_by
        ? name?.username || name?.nickname || UNKNOWN_NAME
        : PROFILE_AUTHOR,
      reportCount: counts.get(row.id) ?? 0,
    });
  });
}

async function loaded(db: Kysely<Database>, id: string): Promise<CampaignRow> {
  const row = await findCampaign(db, id);
  if (!row) throw campaignNotFound();
  return row;
}

export async function staffCampaign(deps: CampaignDeps, id: string): Promise<StaffCampaign> {
  const [campaign] = await toStaff(deps, [await loaded(deps.db.db, id)]);
  return campaign;
}

export async function staffCampaignList(
  deps: CampaignDeps,
  query: StaffCampaignQuery,
): Promise<StaffCampaignList> {
  const page = await stringKeysetPage(
    query,
    (window) => listCampaignsByStatus(deps.db.db, query.status, window),
    (r) => [r.updated_at, r.id],
  );
  return { items: await toStaff(deps, page.rows), nextCursor: page.nextCursor };
}

/** A staff campaign, as a draft. */
export async function createCampaign(
  deps: CampaignDeps,
  caller: TokenPayload,
  body: CampaignContent,
  claim?: IdempotencyClaim,
): Promise<CampaignCreated> {
  const content = await checkedContent(deps, caller, body);
  const now = deps.now();
  const at = now.toISOString();
  const id = ulid();
  await deps.db.db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    await insertCampaign(trx, {
      id,
      key: null,
      source: 'staff',
      status: 'draft',
      ...contentColumns(content),
      created_by: caller.sub,
      created_at: at,
      updated_at: at,
      published_at: null,
      withdrawn_at: null,
      withdrawn_reason: null,
    });
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'campaign.create',
      targetType: 'campaign',
      targetId: id,
      detail: { name: content.name, periodFrom: content.periodFrom, periodTo: content.periodTo },
      at: now,
    });
  });
  return { id, status: 'draft' };
}

/** What creating answered, again (an Idempotency-Key replay). */
export async function createdCampaign(deps: CampaignDeps, id: string): Promise<CampaignCreated> {
  const row = await loaded(deps.db.db, id);
  return { id: row.id, status: row.status };
}

async function changed(
  deps: CampaignDeps,
  caller: TokenPayload,
  row: CampaignRow,
  change: Updateable<CampaignsTable>,
  audit: { action: string; detail: Record<string, unknown> },
): Promise<StaffCampaign> {
  const now = deps.now();
  await deps.db.db.transaction().execute(async (trx) => {
    const ok = await updateCampaign(trx, row.id, row.updated_at, {
      ...change,
      updated_at: now.toISOString(),
    });
    if (!ok) throw changedMeanwhile();
    await recordAudit(trx, {
      actorId: caller.sub,
      action: audit.action,
      targetType: 'campaign',
      targetId: row.id,
      detail: audit.detail,
      at: now,
    });
  });
  return staffCampaign(deps, row.id);
}

/** Edit in any status (a published campaign changes at once: staff own it, profile ones too). */
export async function updateCampaignContent(
  deps: CampaignDeps,
  caller: TokenPayload,
  id: string,
  body: CampaignContent,
): Promise<StaffCampaign> {
  const row = await loaded(deps.db.db, id);
  const content = await checkedContent(deps, caller, body, row.cover_upload_id);
  return changed(deps, caller, row, contentColumns(content), {
    action: 'campaign.edit',
    detail: { status: row.status, name: content.name },
  });
}

/** publish: a draft or a withdrawn one; withdraw: a published one, with its reason kept. */
export async function transitionCampaign(
  deps: CampaignDeps,
  caller: TokenPayload,
  id: string,
  body: CampaignTransitionBody,
): Promise<StaffCampaign> {
  const row = await loaded(deps.db.db, id);
  const at = deps.now().toISOString();
  if (body.action === 'publish') {
    if (row.status === 'published') throw invalidTransition();
    return changed(
      deps,
      caller,
      row,
      { status: 'published', published_at: at, withdrawn_at: null, withdrawn_reason: null },
      { action: 'campaign.publish', detail: { from: row.status } },
    );
  }
  const reason = body.reason.trim();
  if (reason.length < 2) throw campaignInvalid({ reason: '请填写撤下原因' });
  if (row.status !== 'published') throw invalidTransition();
  return changed(
    deps,
    caller,
    row,
    { status: 'withdrawn', withdrawn_at: at, withdrawn_reason: reason },
    { action: 'campaign.withdraw', detail: { from: row.status, reason } },
  );
}
