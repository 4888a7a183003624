import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PledgeStats } from '@api/pledges';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PagedListView } from '@/components/paged-list-view';
import type { Remote } from '@/hooks/use-remote';
import { GatedPage } from '@/components/access-gate';
import { ReasonDialog } from '@/components/reason-dialog';
import { merchantRoutes } from '@/features/merchants';
import { PledgeCard } from '../../components/pledge-card';
import { VerifyDialog } from '../../components/verify-dialog';
import { usePledgeReview } from './use-pledge-review';
import './index.scss';

function Stats({ stats }: { stats: Remote<PledgeStats> }) {
  return (
    <LoadState {...stats} onRetry={() => void stats.reload()} skeletonRows={3}>
      {(data) => (
        <View className="section pledge-review__stats">
          <View className="section-title">承诺统计</View>
          <View className="pledge-review__figures">
            <View className="pledge-review__figure" aria-label={`有效承诺${data.total}`}>
              <Text className="pledge-review__number">{data.total}</Text>
              <Text className="muted">有效承诺</Text>
            </View>
            <View className="pledge-review__figure" aria-label={`待核验${data.pending}`}>
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

function Review() {
  const review = usePledgeReview();
  const { queue } = review;

  return (
    <>
      <Stats stats={review.stats} />
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
                  onClick={() => queue.ask(pledge, 'revoke')}
                >
                  撤销
                </Button>
                <Button size="small" type="primary" onClick={() => queue.ask(pledge, 'verify')}>
                  核验通过
                </Button>
              </View>
            </PledgeCard>
          ))
        }
      </PagedListView>
      <VerifyDialog pledge={review.verifying} onCancel={queue.close} onConfirm={review.verify} />
      <ReasonDialog
        visible={review.revoking !== undefined}
        // Short: NutUI cuts a dialog title to one line (the shop's name goes in the hint).
        title="撤销承诺"
        hint={`撤销「${review.revoking?.merchantName ?? ''}」的承诺，原因会公开显示在承诺书和商家页面上。`}
        confirmText="确认撤销"
        onCancel={queue.close}
        onConfirm={review.revoke}
      />
    </>
  );
}

/** 承诺核验 (staff): signed pledges waiting for a check, and the county's figures. */
export default function PledgeReviewPage() {
  return (
    <GatedPage className="pledge-review" staffOnly>
      <Review />
    </GatedPage>
  );
}
