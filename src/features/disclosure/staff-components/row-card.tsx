import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { StaffRow } from '@api/disclosure';
import {
  DISCLOSURE_OUTCOME_LABELS,
  EXCLUSION_REASONS,
  STAFF_EXCLUSIONS,
} from '@/domain/disclosure-vocabulary';
import './staff-disclosure.scss';

const day = (iso?: string) => (iso ? dayjs(iso).format('M月D日') : '—');

/** A line of facts that wraps between them, never inside one (大字模式). */
function Parts({ items }: { items: string[] }) {
  return (
    <View className="batch-row__parts muted">
      {items.map((item, index) => (
        <Text key={index}>
          {index > 0 ? '· ' : ''}
          {item}
        </Text>
      ))}
    </View>
  );
}

interface RowCardProps {
  row: StaffRow;
  /** The batch is still in draft or notice: rows may be excluded and restored. */
  editable: boolean;
  busy: boolean;
  notice?: string;
  onExclude: (row: StaffRow) => void;
  onInclude: (row: StaffRow) => void;
}

/** One candidate complaint as staff see it (tracking number, never personal data). */
export function RowCard({ row, editable, busy, notice, onExclude, onInclude }: RowCardProps) {
  const excluded = row.excludedReason !== undefined;
  const liftable =
    excluded && (STAFF_EXCLUSIONS as readonly string[]).includes(row.excludedReason ?? '');
  return (
    <View className={`batch-row ${excluded ? 'is-excluded' : ''}`} aria-label={row.trackingNo}>
      <View className="staff-batch__tags">
        {excluded ? <Tag type="default">已排除</Tag> : <Tag type="success">公示</Tag>}
        {row.outcome && <Tag plain>{DISCLOSURE_OUTCOME_LABELS[row.outcome]}</Tag>}
        {row.corrected && <Tag type="warning">已更正</Tag>}
        {row.responses > 0 && <Tag type="primary">{row.responses}条回应</Tag>}
      </View>
      <Text className="batch-row__business">{row.businessName}</Text>
      <Parts items={[row.trackingNo, row.industry, row.category]} />
      <Parts
        items={[
          `提交 ${day(row.submittedOn)}`,
          `受理 ${day(row.acceptedOn)}`,
          `办结 ${day(row.endedOn)}`,
        ]}
      />
      {row.excludedReason && (
        <Text className="batch-row__reason">
          排除原因：{EXCLUSION_REASONS[row.excludedReason]}
          {row.excludedNote ? `（${row.excludedNote}）` : ''}
        </Text>
      )}
      {row.statement && <Text className="batch-row__statement">经营者说明：{row.statement}</Text>}
      {editable && !excluded && (
        <Button
          size="small"
          fill="outline"
          type="danger"
          disabled={busy}
          onClick={() => onExclude(row)}
        >
          排除
        </Button>
      )}
      {editable && liftable && (
        <Button
          size="small"
          fill="outline"
          type="primary"
          disabled={busy}
          onClick={() => onInclude(row)}
        >
          恢复公示
        </Button>
      )}
      {notice && (
        <View className="batch-row__notice" role="alert">
          {notice}
        </View>
      )}
    </View>
  );
}
