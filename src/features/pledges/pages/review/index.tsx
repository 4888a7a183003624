import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PagedListView } from '@/components/paged-list-view';
import { useRemote } from '@/hooks/use-remote';
import { GatedPage } from '@/components/access-gate';
import { merchantRoutes } from '@/features/merchants';
import { pledgesApi } from '../../api';
import { PledgeCard } from '../../components/pledge-card';
import { ReasonDialog } from '@/components/reason-dialog';
import { usePledgeReview } from './use-pledge-review';
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
  const queue = usePledgeReview();
  const revoking = queue.pending?.item;

  return (
    <>
      <PagedListView
        list={queue}
        empty={<EmptyState title="没有待核验的承诺" description="商家签署的承诺会出现在这里" />}
      >
        {(list) =>
          list.map((pledge) => (
            <PledgeCard key={pledge.id} pledge={pledge}>
              <View className="pledge-card__actions">
                <Button
                  size="small"
                  fill="none"
                  onClick={() =>
                    void Taro.navigateTo({ url: merchantRoutes.detail(pledge.merchantId) })
                  }
                >
                  商家页面
                </Button>
                <Button
                  size="small"
                  type="danger"
                  fill="outline"
                  disabled={queue.verifying === pledge.id}
                  onClick={() => queue.ask(pledge, 'revoke')}
                >
                  撤销
                </Button>
                <Button
                  size="small"
                  type="primary"
                  loading={queue.verifying === pledge.id}
                  disabled={queue.verifying === pledge.id}
                  onClick={() => void queue.verify(pledge)}
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
        onCancel={queue.close}
        onConfirm={queue.revoke}
      />
    </>
  );
}

/** 承诺核验 (staff): signed pledges waiting for a check, and the county's figures. */
export default function PledgeReviewPage() {
  return (
    <GatedPage className="pledge-review" staffOnly>
      <Stats />
      <Queue />
    </GatedPage>
  );
}
