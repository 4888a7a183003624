import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { PledgeTransitionBody } from '@api/pledges';
import { DEFAULT_WITHDRAWAL_NOTICE_DAYS, earliestWithdrawal } from '@/domain/pledge-text';
import { useRemote } from '@/hooks/use-remote';
import { cachedRegion, fetchRegion } from '@/services/region';
import { useSession } from '@/services/session';
import { merchantsApi } from '@/features/merchants';
import { pledgesApi } from '../../api';

const DONE: Record<PledgeTransitionBody['action'], string> = {
  verify: '已核验通过',
  revoke: '已撤销',
  withdraw: '已撤回',
};

/** The public certificate, who may act on it, and the transitions. */
export function useCertificate(id: string) {
  const certificate = useRemote(() => pledgesApi.get(id));
  const session = useSession();
  const role = session?.user.role;
  const isStaff = role === 'staff' || role === 'admin';
  const memberships = useRemote(async () =>
    session && !isStaff ? (await merchantsApi.myMemberships()).items : [],
  );
  const merchantId = certificate.data?.merchantId;
  const isOwner = Boolean(
    merchantId &&
    memberships.data?.some(
      (m) => m.merchantId === merchantId && m.role === 'owner' && m.status === 'active',
    ),
  );

  // A verified return pledge promised advance notice: the county's period, as the server checks.
  const region = useRemote(fetchRegion, cachedRegion());
  const noticeDays = region.data?.pledges?.withdrawalNoticeDays ?? DEFAULT_WITHDRAWAL_NOTICE_DAYS;
  const today = dayjs().format('YYYY-MM-DD');
  const pledge = certificate.data;
  const withNotice = pledge?.status === 'verified' && pledge.kind === 'offline-return';
  const earliest = withNotice ? earliestWithdrawal(today, noticeDays) : today;

  /** Throws when the transition was not recorded (the dialog stays open). */
  const transition = async (body: PledgeTransitionBody) => {
    await pledgesApi.transition(id, body);
    void certificate.reload();
    void Taro.showToast({ title: DONE[body.action], icon: 'success' });
  };

  return {
    certificate,
    isOwner,
    isStaff,
    transition,
    earliest,
    noticeDays: withNotice ? noticeDays : 0,
  };
}
