import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker, Radio, Switch } from '@nutui/nutui-react-taro';
import { BoundInput, FormField } from '@/components/form-field';
import { ChipGroup } from '@/components/chip-group';
import { TagInput } from '../../components/tag-input';
import { day, PROOF_LABELS, REFUND_LABELS } from '../../labels';
import { pickedDate } from '@/domain/iso-date';
import { WINDOW_CHOICES, type TermsDraft, type TermsErrors } from '../../pledge-rules';

interface TermsFormProps {
  terms: TermsDraft;
  errors: TermsErrors;
  onChange: (patch: Partial<TermsDraft>) => void;
}

const SCOPE_LABELS: Record<TermsDraft['scope'], string> = {
  all: '全部商品',
  categories: '指定品类',
};

/** 线下无理由退货承诺 terms, checked as they are typed. */
export function TermsForm({ terms, errors, onChange }: TermsFormProps) {
  const [picking, setPicking] = useState(false);
  const today = dayjs();
  const start = dayjs(terms.startsOn);
  const draft = { value: terms, change: onChange };
  return (
    <View className="section">
      <View className="section-title">承诺条款</View>
      <FormField label="退货期限" required error={errors.windowDays} hint="自购买之日起计算">
        <ChipGroup
          className="sign__chips"
          value={String(terms.windowChoice)}
          options={WINDOW_CHOICES.map(String)}
          labelOf={(days) => `${days}天`}
          onChange={(next) =>
            onChange({ windowChoice: next === 'custom' ? 'custom' : Number(next) })
          }
        >
          <Radio value="custom" shape="button">
            自定义
          </Radio>
        </ChipGroup>
        {terms.windowChoice === 'custom' && (
          <View className="sign__inline">
            <BoundInput
              form={draft}
              name="customDays"
              type="number"
              placeholder="1–365"
              maxLength={3}
            />
            <Text>天</Text>
          </View>
        )}
      </FormField>

      <FormField label="适用范围" required error={errors.categories}>
        <ChipGroup
          className="sign__chips"
          value={terms.scope}
          options={Object.keys(SCOPE_LABELS) as TermsDraft['scope'][]}
          labelOf={(scope) => SCOPE_LABELS[scope]}
          onChange={(next) => onChange({ scope: next as TermsDraft['scope'] })}
        />
        {terms.scope === 'categories' && (
          <TagInput
            name="category"
            value={terms.categories}
            placeholder="输入品类，如 服装"
            onChange={(categories) => onChange({ categories })}
          />
        )}
      </FormField>

      <FormField
        label="不适用的商品"
        error={errors.excluded}
        hint="按法律规定或商品性质不宜退货的，可列为例外；可删除或添加"
      >
        <TagInput
          name="excluded"
          value={terms.excluded}
          placeholder="添加其他不适用的商品"
          onChange={(excluded) => onChange({ excluded })}
        />
      </FormField>

      <FormField label="购物凭证" required>
        <ChipGroup
          className="sign__chips"
          value={terms.proof}
          options={Object.keys(PROOF_LABELS) as TermsDraft['proof'][]}
          labelOf={(proof) => PROOF_LABELS[proof]}
          onChange={(next) => onChange({ proof: next as TermsDraft['proof'] })}
        />
      </FormField>

      <FormField label="退款方式" required error={errors.refundDays}>
        <ChipGroup
          className="sign__chips"
          value={terms.refundMethod}
          options={Object.keys(REFUND_LABELS) as TermsDraft['refundMethod'][]}
          labelOf={(method) => REFUND_LABELS[method]}
          onChange={(next) => onChange({ refundMethod: next as TermsDraft['refundMethod'] })}
        />
        <View className="sign__inline">
          <Text>退款</Text>
          <BoundInput
            form={draft}
            name="refundDays"
            type="number"
            placeholder="1–15"
            maxLength={2}
          />
          <Text>日内到账</Text>
        </View>
      </FormField>

      <FormField label="其他门店可退" hint="开启后，顾客可到本店其他门店办理退货">
        <Switch
          checked={terms.otherBranches}
          onChange={(checked) => onChange({ otherBranches: checked })}
        />
      </FormField>

      <FormField label="开始日期" required error={errors.startsOn} hint="今天或以后，不溯及既往">
        <View className="sign__inline">
          <Text>{start.isValid() ? day(terms.startsOn) : '未选择'}</Text>
          <Button size="small" fill="outline" onClick={() => setPicking(true)}>
            选择日期
          </Button>
        </View>
      </FormField>
      {picking && (
        <DatePicker
          visible
          type="date"
          title="承诺开始日期"
          showChinese
          startDate={today.toDate()}
          endDate={today.add(2, 'year').toDate()}
          defaultValue={(start.isValid() && !start.isBefore(today, 'day') ? start : today).toDate()}
          onConfirm={(_options, values) => onChange({ startsOn: pickedDate(values) })}
          onClose={() => setPicking(false)}
        />
      )}
    </View>
  );
}
