import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import dayjs from 'dayjs';
import type { ModelUnitApplication } from '@api/model-units';
import { PagedListView } from '@/components/paged-list-view';
import { gatedPage } from '@/components/access-gate';
import { PrivatePhotos } from '@/components/private-photos';
import { DecisionButtons, QueueRejectDialog, type Verdict } from '@/components/review-queue';
import { openMerchant } from '@/features/merchants';
import { ApproveDialog } from './approve-dialog';
import { useReview } from './use-review';
import './index.scss';

function Details({
  application,
  onDecide,
}: {
  application: ModelUnitApplication;
  onDecide: (verdict: Verdict) => void;
}) {
  return (
    <View className="review__details">
      <View className="review__link" onClick={() => void openMerchant(application.merchantId)}>
        查看商家页面：{application.merchantName} ›
      </View>
      <Text>申报类别：{application.category}</Text>
      <View className="review__checklist">
        <Text className="review__subtitle">自查清单</Text>
        {application.checklist.map((answer) => (
          <View
            key={answer.item}
            className={`review__answer ${answer.checked ? 'is-yes' : 'is-no'}`}
          >
            <Text className="review__mark">{answer.checked ? '✓' : '✗'}</Text>
            <Text>{answer.item}</Text>
          </View>
        ))}
      </View>
      <View>
        <Text className="review__subtitle">补充说明</Text>
        <Text className={application.note ? 'review__note' : 'muted'}>
          {application.note || '（未填写）'}
        </Text>
      </View>
      <View>
        <Text className="review__subtitle">照片（{application.photos.length}）</Text>
        {application.photos.length === 0 ? (
          <Text className="muted">（未上传）</Text>
        ) : (
          <PrivatePhotos
            photos={application.photos}
            className="review__photos"
            photoClassName="review__photo"
            label="申请照片"
          />
        )}
      </View>
      <DecisionButtons className="review__actions" onDecide={onDecide} />
    </View>
  );
}

function Item({
  application,
  expanded,
  onToggle,
  onDecide,
}: {
  application: ModelUnitApplication;
  expanded: boolean;
  onToggle: () => void;
  onDecide: (verdict: Verdict) => void;
}) {
  const ticked = application.checklist.filter((answer) => answer.checked).length;
  return (
    <View className="section review__item">
      <View className="review__head tap-target" role="button" onClick={onToggle}>
        <View className="review__summary">
          <Text className="review__name">{application.merchantName}</Text>
          <Text className="muted">
            {application.category} · 自查 {ticked}/{application.checklist.length} ·{' '}
            {dayjs(application.submittedAt).format('M月D日 HH:mm')}提交
          </Text>
        </View>
        <Text className="review__toggle">{expanded ? '收起' : '展开'}</Text>
      </View>
      {expanded && <Details application={application} onDecide={onDecide} />}
    </View>
  );
}

function Queue() {
  const review = useReview();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const current = review.pending;

  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PagedListView
        list={review}
        empty={
          <EmptyState title="没有待审核的申请" description="商家提交的示范单位申请会出现在这里" />
        }
        header={
          <View className="review__count muted">
            按提交时间排列，最早的在前。点开一条查看自查清单和照片。
          </View>
        }
      >
        {(list) =>
          list.map((application) => (
            <Item
              key={application.id}
              application={application}
              expanded={expanded.has(application.id)}
              onToggle={() => toggle(application.id)}
              onDecide={(verdict) => review.ask(application, verdict)}
            />
          ))
        }
      </PagedListView>
      <ApproveDialog
        key={current?.kind === 'approve' ? current.item.id : 'none'}
        application={current?.kind === 'approve' ? current.item : undefined}
        onCancel={review.close}
        onConfirm={async (body) => {
          if (current) await review.decide(current.item, body);
        }}
      />
      <QueueRejectDialog queue={review} hint="驳回原因会显示给商家，请写明不符合的条件。" />
    </>
  );
}

/** 示范单位审核 (staff): the submitted applications, oldest first; approve with a level or reject. */
export default gatedPage('review', { staffOnly: true }, Queue);
