import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { tagError } from '../pledge-rules';
import './tag-input.scss';

interface TagInputProps {
  name: string;
  value: string[];
  onChange: (tags: string[]) => void;
  placeholder: string;
}

/** Removable tags plus a box to add one more (1–20 characters, no duplicates). */
export function TagInput({ name, value, onChange, placeholder }: TagInputProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const add = () => {
    const problem = tagError(text, value);
    setError(problem);
    if (problem) return;
    onChange([...value, text.trim()]);
    setText('');
  };
  return (
    <View className="tag-input">
      {value.length > 0 && (
        <View className="tag-input__tags">
          {value.map((tag) => (
            <View key={tag} className="tag-input__tag">
              <Text>{tag}</Text>
              <View
                className="tag-input__remove tap-target"
                role="button"
                aria-label={`删除${tag}`}
                onClick={() => onChange(value.filter((other) => other !== tag))}
              >
                ×
              </View>
            </View>
          ))}
        </View>
      )}
      <View className="tag-input__add">
        <Input
          name={name}
          value={text}
          placeholder={placeholder}
          maxLength={20}
          onChange={(next) => {
            setText(next);
            setError(undefined);
          }}
          onConfirm={add}
        />
        <Button size="small" fill="outline" onClick={add}>
          添加
        </Button>
      </View>
      {error && text !== '' ? <Text className="tag-input__error">{error}</Text> : null}
    </View>
  );
}
