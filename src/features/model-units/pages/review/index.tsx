import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Empty } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { ModelUnitApplication } from '@api/model-units';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { StaffGate } from '@/features/merchants/components/access-gate';
import { PrivateImage } from '@/components/private-image';
import { RejectDialog } from '@/features/merchants/components/reject-dialog';
import { openMerchant } from '@/features/merchants/navigation';
import { ApproveDialog } from './approve-dialog';
import { useReview } from './use-review';
import './index.scss';

type Decision = { application: ModelUnitApplication; decision: 'approve' | 'reject' };

function Details({
  application,
  onDecide,
}: {
  application: ModelUnitApplication;
  onDecide: (decision: Decision['decision']) => void;
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
          <View className="review__photos">
            {application.photos.map((photo, index) => (
              <PrivateImage
                key={photo.id}
                className="review__photo"
                url={photo.url}
                label={`申请照片${index + 1}`}
              />
            ))}
          </View>
        )}
      </View>
      <View className="review__actions">
        <Button type="danger" fill="outline" onClick={() => onDecide('reject')}>
          驳回
        </Button>
        <Button type="primary" onClick={() => onDecide('approve')}>
          通过
        </Button>
      </View>
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
  onDecide: (decision: Decision['decision']) => void;
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
  const [current, setCurrent] = useState<Decision>();
  const close = () => setCurrent(undefined);

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
        empty={<Empty title="没有待审核的申请" description="商家提交的示范单位申请会出现在这里" />}
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
              onDecide={(decision) => setCurrent({ application, decision })}
            />
          ))
        }
      </PagedListView>
      <ApproveDialog
        key={current?.decision === 'approve' ? current.application.id : 'none'}
        application={current?.decision === 'approve' ? current.application : undefined}
        onCancel={close}
        onConfirm={async (body) => {
          if (current) await review.decide(current.application, body);
        }}
      />
      <RejectDialog
        visible={current?.decision === 'reject'}
        title={`驳回「${current?.application.merchantName ?? ''}」`}
        hint="驳回原因会显示给商家，请写明不符合的条件。"
        onCancel={close}
        onConfirm={async (reason) => {
          if (current) await review.decide(current.application, { decision: 'reject', reason });
        }}
      />
    </>
  );
}

/** 示范单位审核 (staff): the submitted applications, oldest first; approve with a level or reject. */
export default function ReviewPage() {
  return (
    <PageShell className="review">
      <StaffGate>
        <Queue />
      </StaffGate>
    </PageShell>
  );
}
