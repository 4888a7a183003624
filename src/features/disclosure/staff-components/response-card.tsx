import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { DisclosureResponse } from '@api/disclosure';
import { RESPONSE_KIND_LABELS } from '@/domain/disclosure-vocabulary';
import { REMEDY_LABELS } from './uphold-dialog';
import './staff-disclosure.scss';

const time = (iso: string) => dayjs(iso).format('M月D日 HH:mm');

interface ResponseCardProps {
  response: DisclosureResponse;
  /** The batch accepts decisions now. */
  decidable: boolean;
  busy: boolean;
  notice?: string;
  onUphold: (response: DisclosureResponse) => void;
  onRefuse: (response: DisclosureResponse) => void;
}

/** A business's objection or statement on one row, with staff's decision or 采纳 / 不采纳. */
export function ResponseCard({
  response,
  decidable,
  busy,
  notice,
  onUphold,
  onRefuse,
}: ResponseCardProps) {
  const pending = response.decision === 'pending';
  return (
    <View className="batch-response" aria-label={`${response.businessName}的回应`}>
      <View className="staff-batch__tags">
        <Tag type={response.kind === 'objection' ? 'danger' : 'info'}>
          {RESPONSE_KIND_LABELS[response.kind]}
        </Tag>
        {pending && <Tag type="warning">待处理</Tag>}
        {response.decision === 'upheld' && (
          <Tag type="success">
            已采纳{response.remedy ? ` · ${REMEDY_LABELS[response.remedy]}` : ''}
          </Tag>
        )}
        {response.decision === 'refused' && <Tag type="default">不采纳</Tag>}
      </View>
      <Text className="batch-row__business">{response.businessName}</Text>
      <Text>{response.text}</Text>
      <Text className="muted">{time(response.createdAt)}提交</Text>
      {!pending && (
        <Text className="muted">
          {response.decidedByName ?? ''}
          {response.decidedAt ? ` ${time(response.decidedAt)}` : ''}处理
          {response.decisionReason ? `：${response.decisionReason}` : ''}
        </Text>
      )}
      {pending && decidable && (
        <View className="batch-response__buttons">
          <Button size="small" type="primary" disabled={busy} onClick={() => onUphold(response)}>
            采纳
          </Button>
          <Button size="small" fill="outline" disabled={busy} onClick={() => onRefuse(response)}>
            不采纳
          </Button>
        </View>
      )}
      {notice && (
        <View className="batch-row__notice" role="alert">
          {notice}
        </View>
      )}
    </View>
  );
}
