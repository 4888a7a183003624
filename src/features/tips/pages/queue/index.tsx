import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StaffTip, TipModerationBody } from '@api/tips';
import { gatedPage } from '@/components/access-gate';
import { DecisionDialog } from '@/components/decision-dialog';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { useReviewQueue } from '@/hooks/use-review-queue';
import { tipsStaffApi } from '../../api';
import { RejectDialog } from '../../components/reject-dialog';
import { StaffTipCard } from '../../components/staff-tip-card';
import { promoteTip } from '../../promote';
import './index.scss';

type Decision = 'reject' | 'promote';

function Queue() {
  const queue = useReviewQueue<StaffTip, TipModerationBody, Decision>({
    load: (cursor) => tipsStaffApi.queue(cursor),
    send: (id, body) => tipsStaffApi.moderate(id, body),
    doneTitle: (body) =>
      body.decision === 'approve' ? '已通过，已公开' : '已处理，作者会收到通知',
    reloadOnShow: true,
  });
  const { pending } = queue;

  const approveAndPromote = async () => {
    if (!pending) return;
    await queue.decide(pending.item, { decision: 'approve' });
    queue.close();
    await promoteTip(pending.item.id);
  };

  return (
    <>
      <View className="section tip-queue__intro">
        <Text className="muted">
          按提交时间排列，最早的在前。通过后所有人可见；不通过请选择原因，作者会收到通知。
        </Text>
      </View>
      <PagedListView
        list={queue}
        empty={
          <View className="tip-queue__empty">
            <EmptyState title="没有待审核的投稿" description="消费者提交的小贴士会出现在这里" />
          </View>
        }
      >
        {(items) =>
          items.map((tip) => (
            <StaffTipCard key={tip.id} tip={tip}>
              <View className="staff-tip__actions">
                <Button size="small" fill="outline" onClick={() => queue.ask(tip, 'promote')}>
                  通过并转为官方提示
                </Button>
                <Button
                  size="small"
                  type="danger"
                  fill="outline"
                  onClick={() => queue.ask(tip, 'reject')}
                >
                  不通过
                </Button>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => void queue.decide(tip, { decision: 'approve' }).catch(() => {})}
                >
                  通过
                </Button>
              </View>
            </StaffTipCard>
          ))
        }
      </PagedListView>
      <RejectDialog
        title={pending?.kind === 'reject' ? pending.item.title : undefined}
        onCancel={queue.close}
        onConfirm={async (reason) => {
          if (!pending) return;
          await queue.decide(pending.item, { decision: 'reject', reason });
          queue.close();
        }}
      />
      <DecisionDialog
        visible={pending?.kind === 'promote'}
        title="通过并转为官方提示"
        confirmText="确认"
        onCancel={queue.close}
        onConfirm={approveAndPromote}
      >
        <Text>
          「{pending?.item.title}
          」通过后公开，并生成一份注明“据消费者投稿”的提示草稿，可在编辑后送审发布。
        </Text>
      </DecisionDialog>
    </>
  );
}

/** 投稿审核 (staff): tips waiting for a person, oldest first, with WeChat's check result. */
export default gatedPage('tip-queue', { staffOnly: true }, Queue);
