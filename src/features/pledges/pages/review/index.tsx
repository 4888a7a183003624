import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Empty } from '@nutui/nutui-react-taro';
import type { PledgeCertificate, PledgeTransitionBody } from '@api/pledges';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { ApiError } from '@/services/request';
import { StaffGate } from '@/features/merchants/components/access-gate';
import { pledgesApi } from '../../api';
import { PledgeCard } from '../../components/pledge-card';
import { ReasonDialog } from '../../components/reason-dialog';
import { pledgeRoutes } from '../../labels';
import './index.scss';

function Stats() {
  const stats = useRemote(pledgesApi.stats);
  return (
    <LoadState {...stats} onRetry={() => void stats.reload()} skeletonRows={3}>
      {(data) => (
        <View className="section pledge-review__stats">
          <View className="section-title">承诺统计</View>
          <View className="pledge-review__figures">
            <View className="pledge-review__figure">
              <Text className="pledge-review__number">{data.total}</Text>
              <Text className="muted">有效承诺</Text>
            </View>
            <View className="pledge-review__figure">
              <Text className="pledge-review__number">{data.pending}</Text>
              <Text className="muted">待核验</Text>
            </View>
          </View>
          {data.byTown.length > 0 && (
            <Text className="muted">
              按镇街：{data.byTown.map((row) => `${row.town} ${row.count}`).join('，')}
            </Text>
          )}
          {data.byIndustry.length > 0 && (
            <Text className="muted">
              按行业：{data.byIndustry.map((row) => `${row.industry} ${row.count}`).join('，')}
            </Text>
          )}
        </View>
      )}
    </LoadState>
  );
}

function Queue() {
  const queue = usePagedList(pledgesApi.pending, { reloadOnShow: true });
  const [revoking, setRevoking] = useState<PledgeCertificate>();
  const [busy, setBusy] = useState<string>();

  /** Throws when not recorded (the dialog stays open); decided elsewhere meanwhile: it leaves. */
  const decide = async (pledge: PledgeCertificate, body: PledgeTransitionBody) => {
    try {
      await pledgesApi.transition(pledge.id, body);
    } catch (caught) {
      if (caught instanceof ApiError && (caught.status === 404 || caught.status === 409)) {
        queue.remove(pledge.id);
        return;
      }
      throw caught;
    }
    queue.remove(pledge.id);
    void Taro.showToast({
      title: body.action === 'verify' ? '已核验通过' : '已撤销',
      icon: 'success',
    });
  };

  const verify = async (pledge: PledgeCertificate) => {
    setBusy(pledge.id);
    try {
      await decide(pledge, { action: 'verify' });
    } catch {
      // request() has shown the server's message; the item stays.
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <PagedListView
        list={queue}
        empty={<Empty title="没有待核验的承诺" description="商家签署的承诺会出现在这里" />}
      >
        {(list) =>
          list.map((pledge) => (
            <PledgeCard key={pledge.id} pledge={pledge}>
              <View className="pledge-card__actions">
                <Button
                  size="small"
                  fill="none"
                  onClick={() =>
                    void Taro.navigateTo({ url: pledgeRoutes.merchant(pledge.merchantId) })
                  }
                >
                  商家页面
                </Button>
                <Button
                  size="small"
                  type="danger"
                  fill="outline"
                  disabled={busy === pledge.id}
                  onClick={() => setRevoking(pledge)}
                >
                  撤销
                </Button>
                <Button
                  size="small"
                  type="primary"
                  loading={busy === pledge.id}
                  disabled={busy === pledge.id}
                  onClick={() => void verify(pledge)}
                >
                  核验通过
                </Button>
              </View>
            </PledgeCard>
          ))
        }
      </PagedListView>
      <ReasonDialog
        visible={revoking !== undefined}
        title={`撤销「${revoking?.merchantName ?? ''}」的承诺`}
        hint="撤销原因会公开显示在承诺书和商家页面上。"
        confirmText="确认撤销"
        onCancel={() => setRevoking(undefined)}
        onConfirm={async (reason) => {
          if (revoking) await decide(revoking, { action: 'revoke', reason });
          setRevoking(undefined);
        }}
      />
    </>
  );
}

/** 承诺核验 (staff): signed pledges waiting for a check, and the county's figures. */
export default function PledgeReviewPage() {
  return (
    <PageShell className="pledge-review">
      <StaffGate>
        <Stats />
        <Queue />
      </StaffGate>
    </PageShell>
  );
}
