import type { Kysely } from 'kysely';
import type { ComplaintDetail, MessageBody } from '@api/complaints';
import type { Database } from '../../db/schema';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { foreignUploads } from '../uploads/uploads-service';
import { auditComplaint } from './complaint-audit';
import {
  complaintNotFound,
  enforce,
  stateOf,
  visibleComplaint,
  type ComplaintCall,
} from './complaint-access';
import { decideMessage, type Party } from './transition-rules';
import {
  attachEvidence,
  findComplaint,
  insertEvent,
  listEvidenceIds,
  nextEventId,
  touchComplaint,
  type EventRow,
} from './complaints-repository';
import { getComplaint } from './complaints-service';
import { NOT_OWN_EVIDENCE, validationFailed } from './validation-error';
import { toFen } from './complaint-view';

/** The fields' problems: evidence only with an evidence message, new and the caller's own. */
async function messageProblems(
  db: Kysely<Database>,
  caller: TokenPayload,
  id: string,
  body: MessageBody,
  evidence: readonly string[],
): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  if (body.kind === 'evidence') {
    if (evidence.length === 0) fields.evidence = '请选择要补充的证据照片';
    else if ((await foreignUploads(db, evidence, caller.sub, 'evidence')).length > 0) {
      fields.evidence = NOT_OWN_EVIDENCE;
    } else {
      const attached = new Set(await listEvidenceIds(db, id));
      if (evidence.some((e) => attached.has(e))) fields.evidence = '该照片已在投诉材料中';
    }
  } else if (evidence.length > 0) {
    fields.evidence = '只有补充证据时可以附照片';
  }
  if (body.amount !== undefined && body.kind !== 'proposal') {
    fields.amount = '只有和解方案可以填写金额';
  }
  if (!body.message.trim()) fields.message = '不能为空';
  return fields;
}

/** Who wrote it, on the timeline: staff notes are staff's; replies and proposals the merchant's. */
function authorOf(body: MessageBody, parties: ReadonlySet<Party>): EventRow['actor_role'] {
  if (body.kind === 'note' && parties.has('staff')) return 'staff';
  return body.kind === 'reply' || body.kind === 'proposal' ? 'merchant' : 'consumer';
}

/** A message on the complaint's timeline, with the evidence it adds. */
export async function addMessage(
  call: ComplaintCall,
  body: MessageBody,
  claim?: IdempotencyClaim,
): Promise<ComplaintDetail> {
  const { deps, caller, id } = call;
  const { db } = deps.db;
  const { row, parties } = await visibleComplaint(call);
  enforce(decideMessage(stateOf(row), body.kind, parties), 'COMPLAINT_CLOSED');
  const evidence = [...new Set(body.evidence ?? [])];
  const fields = await messageProblems(db, caller, id, body, evidence);
  if (Object.keys(fields).length > 0) throw validationFailed(fields);

  const now = deps.now();
  const at = now.toISOString();
  const eventId = nextEventId();
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    // Re-checked in the transaction: a message must not land on a complaint closed meanwhile.
    const current = await findComplaint(trx, id);
    if (!current) throw complaintNotFound();
    enforce(decideMessage(stateOf(current), body.kind, parties), 'COMPLAINT_CLOSED');
    await insertEvent(trx, {
      id: eventId,
      complaint_id: id,
      at,
      actor_role: authorOf(body, parties),
      actor_id: caller.sub,
      kind: body.kind,
      status: null,
      message: body.message.trim(),
      evidence: evidence.length > 0 ? JSON.stringify(evidence) : null,
      amount_fen: body.amount !== undefined ? toFen(body.amount) : null,
    });
    await attachEvidence(trx, id, evidence, eventId, at);
    await touchComplaint(trx, id, at);
    await auditComplaint(trx, `complaint.message.${body.kind}`, id, caller, now, { eventId });
  });
  return getComplaint(call);
}
