import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { FormField } from '@/components/form-field';
import { ADVISORY_LIMITS } from '@/domain/advisory-vocabulary';
import { MarkupView } from '../components/markup-view';
import './body-field.scss';

const MARKUP_HELP = '空一行分段；行首写“- ”成列表；**文字** 加粗';

/** 正文: the markup typed in a TextArea, with its help line and a 预览 that renders it. */
export function BodyField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (body: string) => void;
}) {
  const [previewing, setPreviewing] = useState(false);
  return (
    <FormField label="正文" required error={error} hint={MARKUP_HELP}>
      <View className="body-field__bar">
        <Button
          size="small"
          fill={previewing ? undefined : 'outline'}
          type="primary"
          onClick={() => setPreviewing(!previewing)}
        >
          {previewing ? '返回编辑' : '预览'}
        </Button>
      </View>
      {previewing ? (
        <View className="body-field__preview" aria-label="正文预览">
          {value.trim() ? <MarkupView body={value} /> : <Text className="muted">还没有正文</Text>}
        </View>
      ) : (
        <TextArea
          name="body"
          className="body-field__text"
          value={value}
          placeholder={
            '用平实的话写清风险和做法，例如：\n\n- 预付卡不超过3个月消费额\n- 保留**合同和票据**'
          }
          maxLength={ADVISORY_LIMITS.body.max}
          showCount
          autoSize
          onChange={onChange}
        />
      )}
    </FormField>
  );
}
