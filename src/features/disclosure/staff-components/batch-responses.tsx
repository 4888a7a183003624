import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { DisclosureResponse, ResponseDecisionState, StaffBatch } from '@api/disclosure';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import type { BatchReview } from '../pages/review/use-batch-review';
import { disclosureStaffApi } from '../staff-api';
import { ActionDialog } from './action-dialog';
import { ResponseCard } from './response-card';
import { UpholdDialog } from './uphold-dialog';
import '@/components/filter-chips.scss';
import './staff-disclosure.scss';

const TABS: { key: ResponseDecisionState; label: string; empty: string }[] = [
  { key: 'pending', label: '待处理', empty: '没有待处理的异议或说明' },
  { key: 'upheld', label: '已采纳', empty: '还没有采纳的' },
  { key: 'refused', label: '不采纳', empty: '还没有不采纳的' },
];

/**
 * 经营者回应: the pending ones first (or, once nothing waits after the objection period, the
 * upheld ones, which are published); 采纳 / 不采纳 while the batch allows it.
 */
export function BatchResponses({ batch, review }: { batch: StaffBatch; review: BatchReview }) {
  const [upholding, setUpholding] = useState<DisclosureResponse>();
  const [refusing, setRefusing] = useState<DisclosureResponse>();
  const [decision, setDecision] = useState<ResponseDecisionState>(() =>
    batch.pendingResponses > 0 || batch.status === 'notice' ? 'pending' : 'upheld',
  );
  const responses = usePagedList(
    async (cursor) => {
      const page = await disclosureStaffApi.responses(batch.id, decision, cursor);
      return { items: page.items, nextCursor: page.nextCursor ?? null };
    },
    { key: decision },
  );
  const decidable = batch.allowedActions.includes('decide');
  const tab = TABS.find((entry) => entry.key === decision) ?? TABS[0];
  const decide: BatchReview['decide'] = async (id, body) => {
    await review.decide(id, body);
    await responses.reload();
  };
  return (
    <>
      <View className="filter-chips disclosure-chips" role="tablist" aria-label="按处理情况查看">
        {TABS.map((entry) => (
          <View
            key={entry.key}
            className={`filter-chips__chip tap-target ${entry.key === tab.key ? 'is-active' : ''}`}
            role="tab"
            aria-selected={entry.key === tab.key}
            onClick={() => entry.key !== tab.key && setDecision(entry.key)}
          >
            {entry.label}
          </View>
        ))}
      </View>
      <PagedListView
        list={responses}
        className="batch-rows"
        empty={<Text className="muted batch-rows__empty">{tab.empty}</Text>}
      >
        {(responses) =>
          responses.map((response) => (
            <ResponseCard
              key={response.id}
              response={response}
              decidable={decidable}
              busy={review.busy}
              notice={review.noticeAt(response.id)}
              onUphold={setUpholding}
              onRefuse={setRefusing}
            />
          ))
        }
      </PagedListView>
      <UpholdDialog
        response={upholding}
        onCancel={() => setUpholding(undefined)}
        onConfirm={async (response, body) => {
          await decide(response.id, body);
          setUpholding(undefined);
        }}
      />
      <ActionDialog
        visible={refusing !== undefined}
        title="不采纳"
        confirmText="确认不采纳"
        hint="原因会告诉经营者"
        note={{ what: '不采纳原因' }}
        onCancel={() => setRefusing(undefined)}
        onConfirm={async (reason) => {
          if (!refusing) return;
          await decide(refusing.id, { decision: 'refused', reason });
          setRefusing(undefined);
        }}
      />
    </>
  );
}
