import type { ComplaintDetail, ConsentBody, MediationAgreement } from '@api/complaints';
import { maskPersonalText } from '@/domain/free-text-masking';
import { maskName, maskPhone } from '@/domain/masking';
import { shanghaiDate } from '../../time';
import { conflict } from '../../plugins/app-error';
import { getRegion } from '../region/region-service';
import { auditComplaint } from './complaint-audit';
import {
  readsPersonalData,
  seesPersonalData,
  visibleComplaint,
  type ComplaintCall,
} from './complaint-access';
import { listEvents } from './complaints-repository';
import { getComplaint } from './complaints-service';
import { insertConsent } from './consent-repository';
import { planConsent, sideName } from './consent-rules';
import { toYuan } from './complaint-view';

/** 第十六条: a side's answer to mediation, recorded by staff or given by the party in the app. */
export async function recordMediationConsent(
  call: ComplaintCall,
  body: ConsentBody,
): Promise<ComplaintDetail> {
  const { deps, caller, id } = call;
  const { row, parties } = await visibleComplaint(call);
  const now = deps.now();
  const consent = planConsent(row, parties, body, caller.sub, now);
  await deps.db.db.transaction().execute(async (trx) => {
    if (!(await insertConsent(trx, id, consent))) {
      throw conflict('CONSENT_ALREADY_RECORDED', `${sideName(consent.side)}的调解意愿已有记录`);
    }
    const { side, decision, method } = consent;
    await auditComplaint(trx, 'complaint.mediation-consent', id, caller, now, {
      side,
      decision,
      method,
    });
  });
  return getComplaint(call);
}

/**
 * 第二十二条: the 调解书 of a settled mediation. The complainant sees their own name, staff see it
 * (the read is audited), the merchant sees it masked; anyone else gets 404, an unsettled one 409.
 */
export async function mediationAgreement(call: ComplaintCall): Promise<MediationAgreement> {
  const { deps, caller, id } = call;
  const { db } = deps.db;
  const { row, parties } = await visibleComplaint(call);
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
  const unmasked = seesPersonalData(parties);
  if (readsPersonalData(parties)) {
    await auditComplaint(db, 'complaint.read_personal_data', id, caller, deps.now(), {
      trackingNo: row.tracking_no,
      document: 'mediation-agreement',
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
