import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ExclusionBody, StaffBatch, StaffRow } from '@api/disclosure';
import { PagedListView } from '@/components/paged-list-view';
import type { BatchReview } from '../pages/review/use-batch-review';
import { ExclusionDialog } from './exclusion-dialog';
import { RowCard } from './row-card';
import { shortReason } from './staff-labels';
import '@/components/filter-chips.scss';
import './staff-disclosure.scss';

interface Chip {
  key: string;
  label: string;
  filter: BatchReview['rowFilter'];
}

function chipsOf(batch: StaffBatch): Chip[] {
  return [
    { key: 'included', label: `公示中 ${batch.included}`, filter: { excluded: false } },
    { key: 'excluded', label: `已排除 ${batch.excluded}`, filter: { excluded: true } },
    { key: 'all', label: `全部 ${batch.candidates}`, filter: {} },
    ...batch.exclusionsByReason
      .filter((entry) => entry.count > 0)
      .map((entry) => ({
        key: entry.reason,
        label: `${shortReason(entry.reason)} ${entry.count}`,
        filter: { excluded: true, reason: entry.reason },
      })),
  ];
}

const keyOf = (filter: BatchReview['rowFilter']) =>
  filter.reason ??
  (filter.excluded === undefined ? 'all' : filter.excluded ? 'excluded' : 'included');

/** 候选条目: filtered by 公示中 / 已排除 / a reason (with its count), each with 排除 or 恢复. */
export function BatchRows({ batch, review }: { batch: StaffBatch; review: BatchReview }) {
  const [excluding, setExcluding] = useState<StaffRow>();
  const editable = batch.allowedActions.includes('exclude');
  const active = keyOf(review.rowFilter);
  return (
    <>
      <View className="filter-chips disclosure-chips" role="tablist" aria-label="筛选条目">
        {chipsOf(batch).map((chip) => (
          <View
            key={chip.key}
            className={`filter-chips__chip tap-target ${chip.key === active ? 'is-active' : ''}`}
            role="tab"
            aria-selected={chip.key === active}
            onClick={() => chip.key !== active && review.setRowFilter(chip.filter)}
          >
            {chip.label}
          </View>
        ))}
      </View>
      <PagedListView
        list={review.rows}
        className="batch-rows"
        empty={<Text className="muted batch-rows__empty">没有符合条件的条目</Text>}
      >
        {(rows) =>
          rows.map((row) => (
            <RowCard
              key={row.id}
              row={row}
              editable={editable}
              busy={review.busy}
              notice={review.noticeAt(row.id)}
              onExclude={setExcluding}
              onInclude={(target) => void review.include(target.id).catch(() => undefined)}
            />
          ))
        }
      </PagedListView>
      <ExclusionDialog
        row={excluding}
        onCancel={() => setExcluding(undefined)}
        onConfirm={async (row, body: ExclusionBody) => {
          await review.exclude(row.id, body);
          setExcluding(undefined);
        }}
      />
    </>
  );
}
