import { View, Text } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import type { ResponseKind } from '@api/disclosure';
import { ChipGroup } from '@/components/chip-group';
import { FormField } from '@/components/form-field';
import { SubmitButton } from '@/components/submit-bar';
import {
  DISCLOSURE_LIMITS,
  RESPONSE_KIND_LABELS,
  RESPONSE_KINDS,
} from '@/domain/disclosure-vocabulary';
import { textLength } from '@/domain/text-length';
import { useResponseForm } from './use-response-form';
import './response-form.scss';

const HINT: Record<ResponseKind, string> = {
  objection: '认为这条记录有误（如不是本店、结果不对），请写明理由',
  statement: '对这条投诉补充说明（如整改情况），采纳后随公示一并公开',
};

/** 提出异议 / 补充说明 on one row of a batch in its objection period. */
export function ResponseForm({ rowId, onSent }: { rowId: string; onSent: () => void }) {
  const form = useResponseForm(rowId, onSent);
  const { value } = form;
  const { min, max } = DISCLOSURE_LIMITS.response;
  const count = textLength(value.text);
  return (
    <View className="response-form">
      <FormField label="类型" required hint={HINT[value.kind]}>
        <ChipGroup
          label="类型"
          value={value.kind}
          options={RESPONSE_KINDS}
          labelOf={(kind) => RESPONSE_KIND_LABELS[kind]}
          onChange={(kind) => form.change({ kind: kind as ResponseKind })}
        />
      </FormField>
      <FormField label="内容" required error={form.error}>
        <TextArea
          className="response-form__text"
          name={`response-${rowId}`}
          value={value.text}
          placeholder={`${min}–${max}字；请勿填写消费者姓名、电话等个人信息`}
          maxLength={max}
          autoSize
          onChange={(text) => form.change({ text })}
        />
        <Text
          className={`response-form__counter ${count < min || count > max ? 'is-short' : ''}`}
          aria-label="字数"
        >
          {count}/{max}
        </Text>
      </FormField>
      {form.notice && (
        <View className="response-form__notice" role="alert">
          {form.notice}
        </View>
      )}
      <SubmitButton busy={form.sending} onSubmit={form.submit}>
        {form.sending ? '正在提交…' : `提交${RESPONSE_KIND_LABELS[value.kind]}`}
      </SubmitButton>
    </View>
  );
}
