import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { DateField } from '@/components/date-field';
import { FormField } from '@/components/form-field';
import { TapCells } from '@/components/tap-cells';
import { ADVISORY_LIMITS } from '@/domain/advisory-vocabulary';
import { useRegistrySearch } from '@/features/merchants';
import './staff-form.scss';

export interface NamedMerchantDraft {
  merchantId: string;
  merchantName: string;
  penaltyNo: string;
  penaltyDate: string;
}

interface MerchantFieldProps {
  value: NamedMerchantDraft;
  errors: { merchant?: string; penaltyNo?: string; penaltyDate?: string };
  onChange: (patch: Partial<NamedMerchantDraft>) => void;
}

/**
 * 点名商家 (警示 only, optional): a registered merchant found by search, and then — because
 * 消费者权益保护法第五十六条 allows naming it only on a published administrative penalty — the
 * penalty decision's number and date, both required.
 */
export function MerchantField({ value, errors, onChange }: MerchantFieldProps) {
  const [query, setQuery] = useState('');
  const { results, failed } = useRegistrySearch(query);
  const today = dayjs();

  if (!value.merchantId) {
    return (
      <FormField
        label="点名商家（选填）"
        error={errors.merchant}
        hint="只有已被依法作出并公布行政处罚的商家才能点名（消费者权益保护法第五十六条）"
      >
        <Input
          name="merchantQuery"
          value={query}
          placeholder="搜索商家名称、地址或信用代码"
          maxLength={50}
          onChange={setQuery}
        />
        {failed && <Text className="muted">搜索失败，请检查网络后重试</Text>}
        {results && results.length === 0 && (
          <Text className="muted">没有找到“{query.trim()}”，请换个关键词</Text>
        )}
        {results && results.length > 0 && (
          <View aria-label="商家搜索结果">
            <TapCells
              items={results.map((merchant) => ({
                key: merchant.id,
                title: merchant.name,
                description: merchant.address,
                onTap: () => {
                  onChange({ merchantId: merchant.id, merchantName: merchant.name });
                  setQuery('');
                },
              }))}
            />
          </View>
        )}
      </FormField>
    );
  }

  return (
    <>
      <FormField label="点名商家" error={errors.merchant}>
        <View className="staff-form__chosen" role="status">
          <View className="staff-form__chosen-text">
            <Text className="staff-form__chosen-name">{value.merchantName || '已选商家'}</Text>
            <Text className="muted">该商家页面将显示这条警示</Text>
          </View>
          <Button
            size="small"
            fill="outline"
            onClick={() =>
              onChange({ merchantId: '', merchantName: '', penaltyNo: '', penaltyDate: '' })
            }
          >
            移除
          </Button>
        </View>
      </FormField>
      <FormField
        label="行政处罚决定书文号"
        required
        error={errors.penaltyNo}
        hint="点名商家须依据已公布的行政处罚（消费者权益保护法第五十六条）"
      >
        <Input
          name="penaltyNo"
          value={value.penaltyNo}
          placeholder="如 X市监处罚〔2026〕12号"
          maxLength={ADVISORY_LIMITS.penaltyNo.max}
          onChange={(penaltyNo) => onChange({ penaltyNo })}
        />
      </FormField>
      <FormField label="处罚决定日期" required error={errors.penaltyDate}>
        <DateField
          value={value.penaltyDate}
          title="处罚决定日期"
          unset="未选择"
          start={today.subtract(10, 'year').toDate()}
          end={today.toDate()}
          onChange={(penaltyDate) => onChange({ penaltyDate })}
        />
      </FormField>
    </>
  );
}
