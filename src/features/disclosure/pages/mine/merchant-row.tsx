import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { MerchantRow } from '@api/disclosure';
import { DISCLOSURE_OUTCOME_LABELS, RESPONSE_KIND_LABELS } from '@/domain/disclosure-vocabulary';
import { dateTime, decisionText, shortDate } from '../../follow-up-components/disclosure-text';
import { ResponseForm } from './response-form';

interface MerchantRowCardProps {
  row: MerchantRow;
  /** The batch is public already: a row that stays in it is 已公示, not 将公示. */
  batchPublic: boolean;
  canRespond: boolean;
  onSent: () => void;
}

/** One complaint of the batch as its business sees it, its answers, and the form to answer. */
export function MerchantRowCard({ row, batchPublic, canRespond, onSent }: MerchantRowCardProps) {
  const shown = row.published ? (batchPublic ? '已公示' : '将公示') : '不公示';
  return (
    <View className="mine-row" aria-label={`投诉 ${row.trackingNo}`}>
      <View className="mine-row__head">
        <Text className="mine-row__category">{row.category}</Text>
        <Tag type={row.published ? 'primary' : 'default'}>{shown}</Tag>
      </View>
      <View className="mine-row__facts">
        <Text>行业：{row.industry}</Text>
        <Text>受理日期：{shortDate(row.acceptedOn)}</Text>
        <Text>
          处理结果：{DISCLOSURE_OUTCOME_LABELS[row.outcome]}
          {row.corrected ? '（已更正）' : ''}
        </Text>
        <Text className="muted">投诉编号 {row.trackingNo}（仅您可见，不公示）</Text>
      </View>
      {row.statement && <Text className="mine-row__statement">公示说明：{row.statement}</Text>}
      {row.responses.map((response) => {
        const decision = decisionText(response);
        return (
          <View key={response.id} className="mine-row__response">
            <View className="mine-row__response-head">
              <Text>
                {RESPONSE_KIND_LABELS[response.kind]} · {dateTime(response.createdAt)}
              </Text>
            </View>
            <Text className="mine-row__response-text">{response.text}</Text>
            <Text className={`mine-row__decision is-${decision.tone}`}>{decision.text}</Text>
          </View>
        );
      })}
      {canRespond && row.published && <ResponseForm rowId={row.id} onSent={onSent} />}
      {canRespond && !row.published && <Text className="muted">这条不公示，无需提出异议。</Text>}
    </View>
  );
}
