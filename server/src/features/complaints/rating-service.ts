import type { ComplaintDetail, RatingBody } from '@api/complaints';
import { conflict } from '../../plugins/app-error';
import { auditComplaint } from './complaint-audit';
import { enforce, stateOf, visibleComplaint, type ComplaintCall } from './complaint-access';
import { decideRating } from './transition-rules';
import { updateComplaintIf } from './complaints-repository';
import { getComplaint } from './complaints-service';

/** The complainant's one rating of the handling, once it has ended. */
export async function rateComplaint(
  call: ComplaintCall,
  body: RatingBody,
): Promise<ComplaintDetail> {
  const { deps, caller, id } = call;
  const { row, parties } = await visibleComplaint(call);
  enforce(decideRating(stateOf(row), parties), 'RATING_NOT_ALLOWED');
  const now = deps.now();
  const at = now.toISOString();
  const rating: NonNullable<ComplaintDetail['rating']> = { score: body.score, at };
  if (body.comment?.trim()) rating.comment = body.comment.trim();
  await deps.db.db.transaction().execute(async (trx) => {
    const updated = await updateComplaintIf(
      trx,
      id,
      { status: row.status, unrated: true },
      { rating: JSON.stringify(rating), updated_at: at },
    );
    if (!updated) throw conflict('RATING_NOT_ALLOWED', '您已评价过本次处理');
    await auditComplaint(trx, 'complaint.rate', id, caller, now, { score: body.score });
  });
  return getComplaint(call);
}
