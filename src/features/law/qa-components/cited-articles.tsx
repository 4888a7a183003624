import { View, Text } from '@tarojs/components';
import type { ArticleRef } from '@api/law';
import { articleLabel } from '@/domain/law-citations';
import { BUILTIN_LAWS } from '@/domain/law-vocabulary';
import type { ArticleCheck } from './article-check';
import type { LabelledCitation } from './qa-answer';
import { paragraphs } from './qa-text';
import './cited-articles.scss';

type Check = (law: string, no: number) => ArticleCheck | undefined;

const builtinTitle = (law: string) => BUILTIN_LAWS.find((known) => known.key === law)?.title;

/** Content citations as readers see them: the law's title (the library's, else the app's) and 第X条. */
export const labelled = (refs: readonly ArticleRef[], check: Check): LabelledCitation[] =>
  refs.map((ref) => {
    const found = check(ref.law, ref.no);
    const lawTitle =
      (found?.state === 'found' ? found.detail.law.title : builtinTitle(ref.law)) ?? ref.law;
    return { ...ref, lawTitle, label: articleLabel(ref.no) };
  });

/** 条文原文: the words of every cited article, to check the answer against before publishing. */
export function CitedArticles({ refs, check }: { refs: readonly ArticleRef[]; check: Check }) {
  return (
    <View className="cited-articles" aria-label="引用条文原文">
      {labelled(refs, check).map((ref) => {
        const found = check(ref.law, ref.no);
        return (
          <View key={`${ref.law}-${ref.no}`} className="cited-articles__item">
            <Text className="cited-articles__title">
              《{ref.lawTitle}》{ref.label}
            </Text>
            {found?.state === 'found' ? (
              <>
                {found.detail.article.partial && <Text className="muted">（节选）</Text>}
                {paragraphs(found.detail.article.text).map((line, index) => (
                  <Text key={index} className="cited-articles__text" userSelect>
                    {line}
                  </Text>
                ))}
              </>
            ) : found?.state === 'missing' ? (
              <View className="cited-articles__missing" role="alert">
                本条未收录：请退回作者核对条号
              </View>
            ) : found?.state === 'failed' ? (
              <Text className="muted">暂时无法加载条文：{found.message}</Text>
            ) : (
              <Text className="muted">正在加载条文…</Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
