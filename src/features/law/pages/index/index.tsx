import { Text, View } from '@tarojs/components';
import { SearchBar, Tag } from '@nutui/nutui-react-taro';
import type { LawList, LawSummary } from '@api/law';
import { LAW_KINDS, LAW_LIMITS, QA_TOPICS } from '@/domain/law-vocabulary';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { openPage } from '@/components/tap-cells';
import { useRemote } from '@/hooks/use-remote';
import { lawApi } from '../../api';
import { versionDay } from '../../components/law-labels';
import { lawCache } from '../../law-cache';
import { lawRoutes } from '../../routes';
import { SearchResults } from './search-results';
import { useLawSearch } from './use-law-search';
import './index.scss';

async function loadLaws(): Promise<LawList> {
  const list = await lawApi.laws();
  lawCache.putList(list);
  return list;
}

function LawRow({ law }: { law: LawSummary }) {
  return (
    <View
      className="law-home__law tap-target"
      role="link"
      onClick={openPage(lawRoutes.law(law.key))}
    >
      <View className="law-home__law-title">
        <Text>{law.title}</Text>
        {!law.complete && (
          <Tag type="warning" plain>
            摘录
          </Tag>
        )}
      </View>
      <Text className="muted">
        {versionDay(law.versionDate)}版 · {law.articleCount}条{law.complete ? '' : '（摘录）'}
      </Text>
    </View>
  );
}

/** The laws grouped by kind (法律, 行政法规 …), in the server's order within each. */
function Laws({ list }: { list: LawList }) {
  return (
    <>
      {LAW_KINDS.map((kind) => {
        const laws = list.items.filter((law) => law.kind === kind);
        if (laws.length === 0) return null;
        return (
          <View key={kind} className="section" aria-label={kind}>
            <View className="section-title">{kind}</View>
            {laws.map((law) => (
              <LawRow key={law.key} law={law} />
            ))}
          </View>
        );
      })}
    </>
  );
}

/** 普法: search every article, the laws by kind, 问答 by topic and the 法润乡村 sessions. */
export default function LawHomePage() {
  const search = useLawSearch();
  const laws = useRemote(loadLaws, lawCache.list());
  const searching = search.text.trim() !== '';

  return (
    <PageShell className="law-home">
      <View className="law-home__bar">
        <SearchBar
          value={search.text}
          placeholder="搜条文：如 退货、三包、第二十五条"
          maxLength={LAW_LIMITS.query.max}
          onChange={(value) => search.setText(value)}
          onClear={() => search.setText('')}
          aria-label="搜索法条"
        />
      </View>
      {searching ? (
        <SearchResults search={search} />
      ) : (
        <>
          <LoadState {...laws} onRetry={() => void laws.reload()}>
            {(list) => <Laws list={list} />}
          </LoadState>

          <View className="section" aria-label="普法问答">
            <View className="section-title">普法问答</View>
            <View className="law-home__topics">
              {QA_TOPICS.map((topic) => (
                <Text
                  key={topic}
                  className="law-home__topic tap-target"
                  onClick={openPage(lawRoutes.qa(topic))}
                >
                  {topic}
                </Text>
              ))}
            </View>
            <Text className="law-home__all tap-target" onClick={openPage(lawRoutes.qa())}>
              全部问答 ›
            </Text>
          </View>

          <View
            className="section law-home__sessions tap-target"
            role="link"
            onClick={openPage(lawRoutes.sessions)}
          >
            <View className="law-home__sessions-text">
              <Text className="law-home__sessions-title">法润乡村</Text>
              <Text className="muted">普法活动进村入社区，看看附近的场次</Text>
            </View>
            <Text className="law-home__sessions-go">›</Text>
          </View>
        </>
      )}
    </PageShell>
  );
}
