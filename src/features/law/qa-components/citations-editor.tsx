import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { OptionPicker } from '@/components/option-picker';
import { NUMERIC_KEYPAD } from '@/components/form-field';
import { LAW_LIMITS } from '@/domain/law-vocabulary';
import { articleNumber, type CitationDraft } from './citation-draft';
import type { ArticleCheck } from './article-check';
import './citations-editor.scss';

/** A row whose article the library does not hold (the form refuses to send it). */
export const MISSING = '本条未收录，请核对条号';

export interface LawChoice {
  key: string;
  title: string;
}

/** The first line of the article, to confirm it is the one meant; or why there is none. */
function Confirmation({ check }: { check: ArticleCheck | undefined }) {
  if (!check) return null;
  if (check.state === 'loading') return <Text className="muted">正在核对条文…</Text>;
  if (check.state === 'missing') {
    return (
      <View className="citations-editor__missing" role="alert">
        {MISSING}
      </View>
    );
  }
  if (check.state === 'failed') return <Text className="muted">暂时无法核对：{check.message}</Text>;
  const { article } = check.detail;
  return (
    <View className="citations-editor__found" aria-label="条文首行">
      <Text className="citations-editor__label">{article.label}</Text>
      <Text className="citations-editor__text">{article.text.split('\n')[0]}</Text>
    </View>
  );
}

interface CitationsEditorProps {
  rows: CitationDraft[];
  laws: readonly LawChoice[];
  /** Problems by row index. */
  errors: (index: number) => string | undefined;
  /** The library's answer about a row's article (useArticleChecks). */
  check: (law: string, no: number | undefined) => ArticleCheck | undefined;
  onChange: (rows: CitationDraft[]) => void;
}

/** 依据: rows of a law (from the library) and an article number, each confirmed by its first line. */
export function CitationsEditor({ rows, laws, errors, check, onChange }: CitationsEditorProps) {
  const set = (index: number, patch: Partial<CitationDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const titleOf = (key: string) => laws.find((law) => law.key === key)?.title ?? '';
  const full = rows.length >= LAW_LIMITS.qa.citations.max;

  return (
    <View className="citations-editor">
      {rows.map((row, index) => {
        const error = errors(index);
        return (
          <View key={index} className="citations-editor__row" aria-label={`依据${index + 1}`}>
            <View className="citations-editor__head">
              <Text>第 {index + 1} 条依据</Text>
              {rows.length > 1 && (
                <Button
                  size="small"
                  fill="none"
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  删除
                </Button>
              )}
            </View>
            <OptionPicker
              title="选择法律法规"
              options={laws.map((law) => law.title)}
              value={titleOf(row.law)}
              placeholder="选择法律法规"
              onChange={(title) =>
                set(index, { law: laws.find((l) => l.title === title)?.key ?? '' })
              }
            />
            <Input
              className="citations-editor__input"
              name={`citation-${index}`}
              value={row.no}
              type="text"
              nativeProps={NUMERIC_KEYPAD.number}
              placeholder="条号，如 25 或 第二十五条"
              maxLength={12}
              onChange={(no) => set(index, { no })}
            />
            {row.law && <Confirmation check={check(row.law, articleNumber(row.no))} />}
            {error && error !== MISSING && (
              <View className="citations-editor__error" role="alert">
                {error}
              </View>
            )}
          </View>
        );
      })}
      <Button
        size="small"
        fill="outline"
        type="primary"
        disabled={full}
        onClick={() => onChange([...rows, { law: rows[rows.length - 1]?.law ?? '', no: '' }])}
      >
        {full ? `最多引用${LAW_LIMITS.qa.citations.max}条` : '＋ 再加一条依据'}
      </Button>
    </View>
  );
}
