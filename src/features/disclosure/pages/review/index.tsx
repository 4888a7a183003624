import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { StaffBatch } from '@api/disclosure';
import { GatedPage } from '@/components/access-gate';
import { LoadState } from '@/components/load-state';
import { BatchActions } from '../../staff-components/batch-actions';
import { BatchHeader } from '../../staff-components/batch-header';
import { BatchHistory } from '../../staff-components/batch-history';
import { BatchResponses } from '../../staff-components/batch-responses';
import { BatchRows } from '../../staff-components/batch-rows';
import { useBatchReview, type BatchReview } from './use-batch-review';

function ReviewBody({ batch, review }: { batch: StaffBatch; review: BatchReview }) {
  return (
    <>
      <BatchHeader batch={batch} />
      <BatchActions
        batch={batch}
        me={review.me}
        busy={review.busy}
        notice={review.noticeAt('actions')}
        act={review.act}
        correct={review.correct}
      />
      {batch.status !== 'draft' && (
        <View className="section">
          <View className="section-title">经营者异议和说明</View>
          <BatchResponses batch={batch} review={review} />
        </View>
      )}
      <View className="section">
        <View className="section-title">候选条目</View>
        <BatchRows batch={batch} review={review} />
      </View>
      <View className="section">
        <View className="section-title">操作记录</View>
        <BatchHistory events={batch.history} />
      </View>
    </>
  );
}

function Review({ id }: { id: string }) {
  const review = useBatchReview(id);
  const { batch } = review;
  return (
    <LoadState {...batch} onRetry={() => void batch.reload()} skeletonRows={12}>
      {(item) => <ReviewBody batch={item} review={review} />}
    </LoadState>
  );
}

/** 审核公示批次 (staff): the batch, its rows and exclusions, the responses, the steps, the record. */
export default function ReviewPage() {
  const { id } = useRouter().params;
  return (
    <GatedPage className="disclosure-review" staffOnly>
      {id ? (
        <Review id={id} />
      ) : (
        <View className="section" role="alert">
          没有指定要查看的公示批次。
        </View>
      )}
    </GatedPage>
  );
}
