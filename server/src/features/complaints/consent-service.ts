import type { ComplaintDetail, ConsentBody, MediationAgreement } from '@api/complaints';
import { maskPersonalText } from '@/domain/free-text-masking';
import { maskName, maskPhone } from '@/domain/masking';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import { shanghaiDate } from '../../db/time';
import { conflict } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { getRegion } from '../region/service';
import { insertConsent, planConsent, sideName } from './consent';
import { listEvents } from './repository';
import { getComplaint, visibleComplaint } from './service';
import { toYuan } from './view';

/** 第十六条: a side's answer to mediation, recorded by staff or given by the party in the app. */
export async function recordMediationConsent(
  deps: AppDeps,
  caller: TokenPayload,
  id: string,
  body: ConsentBody,
): Promise<ComplaintDetail> {
  const { db } = deps.db;
  const { row, parties } = await visibleComplaint(db, caller, id);
  const consent = planConsent(row, parties, body, caller.sub, deps.now());
  await db.transaction().execute(async (trx) => {
    if (!(await insertConsent(trx, id, consent))) {
      throw conflict('CONSENT_ALREADY_RECORDED', `${sideName(consent.side)}的调解意愿已有记录`);
    }
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'complaint.mediation-consent',
      targetType: 'complaint',
      targetId: id,
      detail: { side: consent.side, decision: consent.decision, method: consent.method },
    });
  });
  return getComplaint(deps, caller, id);
}

/**
 * 第二十二条: the 调解书 of a settled mediation. The complainant sees their own name, staff see it
 * (the read is audited), the merchant sees it masked; anyone else gets 404, an unsettled one 409.
 */
export async function mediationAgreement(
  deps: AppDeps,
  caller: TokenPayload,
  id: string,
): Promise<MediationAgreement> {
  const { db } = deps.db;
  const { row, parties } = await visibleComplaint(db, caller, id);
  const outcome = row.outcome
    ? (JSON.parse(row.outcome) as { status: string; agreement?: string; amountRecovered?: number })
    : undefined;
  if (outcome?.status !== 'settled' || outcome.agreement === undefined) {
    throw conflict('AGREEMENT_NOT_AVAILABLE', '调解成功后才有调解书');
  }
  const settledAt =
    (await listEvents(db, id)).filter((e) => e.status === 'settled').at(-1)?.at ?? row.updated_at;
  const name = deps.personalData.decrypt(row.complainant_name_enc);
  const phone = deps.personalData.decrypt(row.complainant_phone_enc);
  const unmasked = parties.has('staff') || parties.has('complainant');
  if (parties.has('staff') && !parties.has('complainant')) {
    await recordAudit(db, {
      actorId: caller.sub,
      action: 'complaint.read_personal_data',
      targetType: 'complaint',
      targetId: id,
      detail: { trackingNo: row.tracking_no, document: 'mediation-agreement' },
    });
  }
  return {
    trackingNo: row.tracking_no,
    unit: (await getRegion(db)).bureau,
    complainant: unmasked ? { name, phone } : { name: maskName(name), phone: maskPhone(phone) },
    merchant: { name: row.merchant_name, address: row.merchant_address },
    agreement: unmasked ? outcome.agreement : maskPersonalText(outcome.agreement),
    amountRecovered: outcome.amountRecovered ?? toYuan(0),
    date: shanghaiDate(new Date(settledAt)),
  };
}
