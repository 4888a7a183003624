import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { StaffAdvisory } from '@api/advisories';
import { GatedPage } from '@/components/access-gate';
import { LoadState } from '@/components/load-state';
import { ReasonDialog } from '@/components/reason-dialog';
import { advisoryRoutes } from '../../routes';
import { AdvisoryHistory } from '../../staff-components/advisory-history';
import { AdvisoryPreview } from '../../staff-components/advisory-preview';
import { PublishDialog } from '../../staff-components/publish-dialog';
import { STAFF_STATUS_LABEL } from '../../staff-components/staff-vocabulary';
import { VersionList } from '../../staff-components/version-list';
import { reviewActions, useMerchantName, useReview } from './use-review';
import './index.scss';

const STATUS_TAG = {
  draft: 'default',
  submitted: 'warning',
  published: 'success',
  unpublished: 'danger',
} as const;

type Review = ReturnType<typeof useReview>;

function Actions({ item, review }: { item: StaffAdvisory; review: Review }) {
  const can = reviewActions(item, review.me);
  const edit = () => void Taro.navigateTo({ url: advisoryRoutes.edit(item.id) });
  const none = !can.edit && !can.submit && !can.review && !can.unpublish;
  return (
    <View className="advisory-review__actions">
      {can.review && (
        <>
          <Button
            block
            type="primary"
            disabled={can.ownSubmission || review.busy}
            onClick={() => review.setDialog('publish')}
          >
            {item.revision ? '发布新版本' : '发布'}
          </Button>
          {can.ownSubmission && (
            <View className="advisory-review__why" role="note">
              这是您撰写的，需由其他工作人员审核发布
            </View>
          )}
          <Button block fill="outline" type="primary" onClick={() => review.setDialog('return')}>
            退回修改
          </Button>
        </>
      )}
      {can.submit && (
        <Button
          block
          type="primary"
          loading={review.busy}
          disabled={review.busy}
          onClick={() => void review.act({ action: 'submit' }).catch(() => undefined)}
        >
          提交审核
        </Button>
      )}
      {can.edit && (
        <Button block fill="outline" type="primary" onClick={edit}>
          {item.status === 'published' && !item.revision ? '编辑（生成新版本）' : '编辑'}
        </Button>
      )}
      {can.unpublish && (
        <Button block fill="outline" type="danger" onClick={() => review.setDialog('unpublish')}>
          下线
        </Button>
      )}
      {none && (
        <Text className="muted advisory-review__why">
          {item.status === 'unpublished'
            ? '已下线，内容和记录保留备查。'
            : '草稿由作者本人编辑和提交审核。'}
        </Text>
      )}
    </View>
  );
}

function ReviewBody({ item, review }: { item: StaffAdvisory; review: Review }) {
  const merchantName = useMerchantName(item.content.merchant?.merchantId);
  const revisionMerchant = useMerchantName(item.revision?.content.merchant?.merchantId);
  const scheduled = item.publishAt !== undefined && Date.parse(item.publishAt) > Date.now();
  const title = item.content.title;
  return (
    <>
      <View className="section advisory-review__status">
        <Tag type={STATUS_TAG[item.status]}>{STAFF_STATUS_LABEL[item.status]}</Tag>
        {scheduled && item.status === 'published' && <Tag type="warning">定时发布</Tag>}
        <Text className="muted">第 {item.version} 版</Text>
        {item.status !== 'draft' && item.status !== 'submitted' && (
          <Text className="muted">
            阅读 {item.readCount} · 有用 {item.usefulCount}
          </Text>
        )}
      </View>

      {review.notice && (
        <View className="section advisory-review__notice" role="alert">
          {review.notice}
        </View>
      )}

      {item.revision && (
        <View className="section advisory-review__revision">
          <View className="section-title">
            新版本（{item.revision.status === 'submitted' ? '待审核' : '编辑中'}）
          </View>
          <AdvisoryPreview content={item.revision.content} merchantName={revisionMerchant} />
        </View>
      )}

      <View className="section">
        <View className="section-title">{item.revision ? '当前发布的版本' : '读者看到的样子'}</View>
        <AdvisoryPreview content={item.content} merchantName={merchantName} />
      </View>

      <Actions item={item} review={review} />

      <View className="section">
        <View className="section-title">状态记录</View>
        <AdvisoryHistory advisory={item} me={review.me} />
      </View>

      <View className="section">
        <View className="section-title">版本记录</View>
        <LoadState
          {...review.versions}
          onRetry={() => void review.versions.reload()}
          skeletonRows={2}
        >
          {(versions) => <VersionList versions={versions} current={item.version} me={review.me} />}
        </LoadState>
      </View>

      <PublishDialog
        visible={review.dialog === 'publish'}
        title={`发布「${item.revision?.content.title ?? title}」`}
        onCancel={() => review.setDialog(undefined)}
        onConfirm={(publishAt) => review.act({ action: 'publish', publishAt })}
      />
      <ReasonDialog
        visible={review.dialog === 'return'}
        title="退回修改"
        hint="退回原因会通过消息告诉作者"
        what="退回原因"
        confirmText="确认退回"
        onCancel={() => review.setDialog(undefined)}
        onConfirm={(reason) => review.act({ action: 'return', reason })}
      />
      <ReasonDialog
        visible={review.dialog === 'unpublish'}
        title={`下线「${title}」`}
        hint="下线后读者看不到这条；内容和原因留档备查"
        what="下线原因"
        confirmText="确认下线"
        onCancel={() => review.setDialog(undefined)}
        onConfirm={(reason) => review.act({ action: 'unpublish', reason })}
      />
    </>
  );
}

function Review({ id }: { id: string }) {
  const review = useReview(id);
  const { advisory } = review;
  return (
    <LoadState {...advisory} onRetry={() => void advisory.reload()} skeletonRows={12}>
      {(item) => <ReviewBody item={item} review={review} />}
    </LoadState>
  );
}

/** 审核提示警示 (staff): the preview, the history, the versions and the decisions. */
export default function ReviewPage() {
  const { id } = useRouter().params;
  return (
    <GatedPage className="advisory-review" staffOnly>
      {id ? (
        <Review id={id} />
      ) : (
        <View className="section" role="alert">
          没有指定要查看的提示警示。
        </View>
      )}
    </GatedPage>
  );
}
