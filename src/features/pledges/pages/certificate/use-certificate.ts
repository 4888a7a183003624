import Taro from '@tarojs/taro';
import type { PledgeTransitionBody } from '@api/pledges';
import { useRemote } from '@/hooks/use-remote';
import { useSession } from '@/services/session';
import { merchantsApi } from '@/features/merchants/api';
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

  /** Throws when the transition was not recorded (the dialog stays open). */
  const transition = async (body: PledgeTransitionBody) => {
    await pledgesApi.transition(id, body);
    void certificate.reload();
    void Taro.showToast({ title: DONE[body.action], icon: 'success' });
  };

  return { certificate, isOwner, isStaff, transition };
}
