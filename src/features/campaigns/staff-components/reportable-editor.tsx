import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { CAMPAIGN_LIMITS } from '@/domain/campaign-vocabulary';
import { reportableProblem } from '../pages/edit/campaign-form-rules';
import './campaign-form.scss';

/** 可举报事项: short items as chips, each removable, and a box to add one. */
export function ReportableEditor({
  items,
  onChange,
}: {
  items: string[];
  onChange: (items: string[]) => void;
}) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string>();
  const add = () => {
    const found = reportableProblem(typed, items);
    setProblem(found);
    if (found) return;
    onChange([...items, typed.trim()]);
    setTyped('');
  };
  return (
    <View className="campaign-form__reportable">
      {items.length > 0 && (
        <View className="campaign-form__chips">
          {items.map((item) => (
            <View key={item} className="campaign-form__chip">
              <Text>{item}</Text>
              <View
                className="campaign-form__chip-remove tap-target"
                role="button"
                aria-label={`删除 ${item}`}
                onClick={() => onChange(items.filter((other) => other !== item))}
              >
                ×
              </View>
            </View>
          ))}
        </View>
      )}
      <View className="campaign-form__add">
        <Input
          className="campaign-form__input"
          name="reportable-new"
          value={typed}
          placeholder="如 过期食品、无证经营"
          maxLength={CAMPAIGN_LIMITS.reportable.max}
          onChange={(text) => {
            setTyped(text);
            setProblem(undefined);
          }}
          onConfirm={add}
        />
        <Button size="small" type="primary" fill="outline" onClick={add}>
          添加
        </Button>
      </View>
      {problem && (
        <View className="campaign-form__error" role="alert">
          {problem}
        </View>
      )}
    </View>
  );
}
