import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { LegalReference } from '@api/advisories';
import { OptionPicker } from '@/components/option-picker';
import { ADVISORY_LIMITS, KNOWN_LAWS, lawName } from '@/domain/advisory-vocabulary';
import './staff-form.scss';

const OTHER_LAW = '其他法律法规';
const LAW_OPTIONS = [...KNOWN_LAWS, OTHER_LAW];
const isKnown = (law: string) => (KNOWN_LAWS as readonly string[]).includes(lawName(law));

interface LegalBasisEditorProps {
  rows: LegalReference[];
  /** Problems by row index. */
  errors: (index: number) => string | undefined;
  onChange: (rows: LegalReference[]) => void;
  /** At most this many rows (a campaign allows fewer than an advisory). */
  max?: number;
}

/**
 * 法律依据: rows of a law (the laws shipped with the app, or another typed in) and its article
 * (第五十六条), added and removed up to the limit.
 */
export function LegalBasisEditor({
  rows,
  errors,
  onChange,
  max = ADVISORY_LIMITS.legalBasis,
}: LegalBasisEditorProps) {
  // Rows whose law is typed in rather than picked (a typed name may be empty for a while).
  const [typed, setTyped] = useState(
    () => new Set(rows.flatMap((row, i) => (row.law && !isKnown(row.law) ? [i] : []))),
  );
  const set = (index: number, patch: Partial<LegalReference>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    setTyped(new Set([...typed].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i))));
  };
  const full = rows.length >= max;

  return (
    <View className="legal-basis">
      {rows.map((row, index) => {
        const custom = typed.has(index);
        const error = errors(index);
        return (
          <View key={index} className="staff-form__row" aria-label={`法律依据${index + 1}`}>
            <View className="staff-form__row-head">
              <Text>第 {index + 1} 条依据</Text>
              <Button size="small" fill="none" onClick={() => remove(index)}>
                删除
              </Button>
            </View>
            <OptionPicker
              title="选择法律法规"
              options={LAW_OPTIONS}
              value={custom ? OTHER_LAW : lawName(row.law)}
              placeholder="选择法律法规"
              onChange={(picked) => {
                const other = picked === OTHER_LAW;
                setTyped((current) => {
                  const next = new Set(current);
                  if (other) next.add(index);
                  else next.delete(index);
                  return next;
                });
                set(index, { law: other ? '' : picked });
              }}
            />
            {custom && (
              <Input
                className="staff-form__input"
                name={`law-${index}`}
                value={row.law}
                placeholder="法律法规名称，如 广告法"
                maxLength={42}
                onChange={(law) => set(index, { law })}
              />
            )}
            <Input
              className="staff-form__input"
              name={`article-${index}`}
              value={row.article}
              placeholder="条款，如 第五十六条、第二十四条第一款"
              maxLength={40}
              onChange={(article) => set(index, { article })}
            />
            {error && (
              <View className="staff-form__error" role="alert">
                {error}
              </View>
            )}
          </View>
        );
      })}
      <Button
        size="small"
        fill="outline"
        disabled={full}
        onClick={() => onChange([...rows, { law: '', article: '' }])}
      >
        {full ? `最多${max}条` : '+ 添加法律依据'}
      </Button>
    </View>
  );
}
