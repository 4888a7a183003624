import { View } from '@tarojs/components';
import { LoadState } from '@/components/load-state';
import { useSession } from '@/services/session';
import { gatedPage } from '@/components/access-gate';
import { complaintsApi } from '../../api';
import { MediationConsent } from '../../components/mediation-consent';
import { TerminationNotices } from '../../components/termination-notices';
import { Actions } from './actions';
import { Complainant, Deadlines, Facts, Header, Outcome, Timeline } from './sections';
import { SupervisionControl } from './supervision';
import { useComplaint } from './use-complaint';
import './index.scss';

function Detail() {
  const complaint = useComplaint();
  const role = useSession()?.user.role;
  const staff = role === 'staff' || role === 'admin';
  return (
    <LoadState {...complaint} onRetry={() => void complaint.reload()} skeletonRows={12}>
      {(data) => (
        <>
          <Header complaint={data} />
          <Deadlines complaint={data} staff={staff} />
          {staff && <SupervisionControl complaint={data} />}
          {complaint.problem && (
            <View className="section complaint-detail__problem" role="alert">
              {complaint.problem}
            </View>
          )}
          <MediationConsent
            complaint={data}
            role={role}
            send={(body) =>
              complaint
                .run((id) => complaintsApi.consent(id, body), '已记录调解意愿')
                .catch(() => undefined)
            }
          />
          <Actions complaint={data} role={role} run={complaint.run} />
          <Outcome complaint={data} />
          <TerminationNotices complaint={data} role={role} />
          <Facts complaint={data} />
          <Complainant complaint={data} canCall={staff} />
          <Timeline entries={data.timeline} />
        </>
      )}
    </LoadState>
  );
}

/** 投诉详情: for the complainant, the merchant and staff; what each may do comes from the server. */
export default gatedPage(
  'complaint-detail',
  { signInReason: '登录后可查看投诉详情和办理进度。' },
  Detail,
);
