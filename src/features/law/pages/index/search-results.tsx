import { Text, View } from '@tarojs/components';
import { LiteButton } from '@/components/lite-button';
import { openPage } from '@/components/tap-cells';
import { lawRoutes } from '../../routes';
import type { LawSearch } from './use-law-search';

/** The snippet with each occurrence of the query marked. */
function Highlighted({ text, q }: { text: string; q: string }) {
  const parts = q ? text.split(q) : [text];
  return (
    <Text className="law-home__snippet">
      {parts.map((part, index) => (
        <Text key={index}>
          {part}
          {index < parts.length - 1 && <Text className="law-home__match">{q}</Text>}
        </Text>
      ))}
    </Text>
  );
}

/** Article hits (law · 第X条 · the words around the match), then the 问答 cards that match. */
export function SearchResults({ search }: { search: LawSearch }) {
  const { q, result, searching, error, retry } = search;
  if (error) {
    return (
      <View className="section law-home__search-error" role="alert">
        <Text>{error.message}</Text>
        <LiteButton size="small" type="primary" onClick={retry}>
          重试
        </LiteButton>
      </View>
    );
  }
  if (!result) {
    return <View className="section muted">{searching ? '搜索中…' : ''}</View>;
  }
  const { articles, qa, more } = result;
  if (articles.length === 0 && qa.length === 0) {
    return (
      <View className="section law-home__none">
        <Text>没有找到“{q}”相关的条文</Text>
        <Text className="muted">换个说法试试，如“退货”“三包”“第二十五条”</Text>
      </View>
    );
  }
  return (
    <View className="law-home__results" aria-label="搜索结果">
      {articles.length > 0 && (
        <View className="section">
          <View className="section-title">
            条文（{more ? `前${articles.length}条` : articles.length}）
          </View>
          {articles.map((hit) => (
            <View
              key={`${hit.law}-${hit.no}`}
              className="law-home__hit tap-target"
              role="link"
              onClick={openPage(lawRoutes.article(hit.law, hit.no))}
            >
              <View className="law-home__hit-head">
                <Text className="law-home__hit-law">{hit.lawTitle}</Text>
                <Text className="law-home__hit-no">{hit.label}</Text>
              </View>
              <Highlighted text={hit.snippet} q={q} />
            </View>
          ))}
          {more && <Text className="muted">结果较多，只显示前面的条文，可以多输入几个字</Text>}
        </View>
      )}
      {qa.length > 0 && (
        <View className="section">
          <View className="section-title">普法问答</View>
          {qa.map((card) => (
            <View
              key={card.id}
              className="law-home__qa tap-target"
              role="link"
              onClick={openPage(lawRoutes.qaDetail(card.id))}
            >
              <Text className="law-home__qa-question">{card.question}</Text>
              <Text className="muted">{card.topic}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
