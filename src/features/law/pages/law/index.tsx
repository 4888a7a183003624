import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Tag } from '@nutui/nutui-react-taro';
import type { LawText } from '@api/law';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { openPage } from '@/components/tap-cells';
import { FullTextNotice } from '../../components/excerpt-notice';
import { versionDay } from '../../components/law-labels';
import { savedDay } from '../../law-cache';
import { lawRoutes } from '../../routes';
import { useLaw } from './use-law';
import './index.scss';

type Chapter = LawText['chapters'][number];

/** 第X条 and its first paragraph, whole (article words are never cut). */
function ArticleRows({ law, chapter }: { law: string; chapter: Chapter }) {
  return (
    <>
      {chapter.articles.map((article) => (
        <View
          key={article.no}
          className="law-page__article tap-target"
          role="link"
          onClick={openPage(lawRoutes.article(law, article.no))}
        >
          <Text className="law-page__article-no">{article.label}</Text>
          <Text className="law-page__article-text">{article.text.split('\n')[0]}</Text>
        </View>
      ))}
    </>
  );
}

function Head({ law }: { law: LawText }) {
  return (
    <View className="section law-page__head">
      <Text className="law-page__title">{law.title}</Text>
      <View className="law-page__tags">
        <Tag type="primary" plain>
          {law.kind}
        </Tag>
        {!law.complete && <Tag type="warning">摘录</Tag>}
        {law.origin === 'imported' && (
          <Tag type="default" plain>
            本地配置
          </Tag>
        )}
      </View>
      <Text className="law-page__meta">版本：{versionDay(law.versionDate)}</Text>
      <Text className="law-page__meta">来源：{law.source.name}</Text>
      {law.preamble.map((line) => (
        <Text key={line} className="muted law-page__preamble">
          {line}
        </Text>
      ))}
    </View>
  );
}

/**
 * Chapters fold, the first open. Drawn here rather than with NutUI's Collapse, which measures
 * its content's height once and stayed shut on H5 when the page was still sliding in.
 */
function Chapters({ law }: { law: LawText }) {
  const [open, setOpen] = useState<string[]>(() => law.chapters.slice(0, 1).map((c) => c.title));
  const named = law.chapters.filter((chapter) => chapter.title);
  if (named.length === 0) {
    return (
      <View className="section">
        {law.chapters.map((chapter, index) => (
          <ArticleRows key={index} law={law.key} chapter={chapter} />
        ))}
      </View>
    );
  }
  const toggle = (title: string) =>
    setOpen((titles) =>
      titles.includes(title) ? titles.filter((t) => t !== title) : [...titles, title],
    );
  return (
    <View className="law-page__chapters">
      {law.chapters.map((chapter) => {
        const shown = open.includes(chapter.title);
        return (
          <View key={chapter.title} className="law-page__chapter">
            <View
              className="law-page__chapter-head tap-target"
              role="button"
              aria-expanded={shown}
              onClick={() => toggle(chapter.title)}
            >
              <Text className="law-page__chapter-title">{chapter.title || '正文'}</Text>
              <Text className="muted">{chapter.articles.length}条</Text>
              <Text className="law-page__toggle">{shown ? '收起' : '展开'}</Text>
            </View>
            {shown && (
              <View className="law-page__chapter-body">
                <ArticleRows law={law.key} chapter={chapter} />
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}

/** One law: what it is, where its words come from, its chapters and articles; readable offline. */
export default function LawPage() {
  const { remote, law, offlineSince, gone } = useLaw();
  return (
    <PageShell className="law-page">
      {gone ? (
        <View className="section">
          <EmptyState title="法律法规不存在" description="可以回到普法首页看看其他法律法规" />
        </View>
      ) : (
        <LoadState
          data={law}
          error={law ? undefined : remote.error}
          loading={remote.loading}
          onRetry={() => void remote.reload()}
        >
          {(item) => (
            <>
              {offlineSince && (
                <View
                  className="law-page__offline"
                  role="status"
                  onClick={() => void remote.reload()}
                >
                  离线阅读 · {savedDay(offlineSince)}保存的版本（点此刷新）
                </View>
              )}
              <Head law={item} />
              {!item.complete && (
                <FullTextNotice
                  message="本页为摘录，只收录部分条文。全文见国家法律法规数据库："
                  url={item.fullTextUrl}
                />
              )}
              <Chapters law={item} />
            </>
          )}
        </LoadState>
      )}
    </PageShell>
  );
}
