import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { QaTopic } from '@api/law';
import { EmptyState } from '@/components/empty-state';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { QA_TOPICS } from '@/domain/law-vocabulary';
import { usePagedList } from '@/hooks/use-paged-list';
import { lawQaApi } from '../../qa-api';
import { QaListItem } from '../../qa-components/qa-list-item';
import { TopicChips } from '../../qa-components/topic-chips';
import './index.scss';

const topicOf = (value: string | undefined): QaTopic | undefined => {
  const decoded = value ? decodeURIComponent(value) : '';
  return (QA_TOPICS as readonly string[]).includes(decoded) ? (decoded as QaTopic) : undefined;
};

/** 普法问答: published cards, all or one topic (?topic=), newest first. */
export default function LawQaPage() {
  const param = useRouter().params.topic;
  const [topic, setTopic] = useState(() => topicOf(param));
  const list = usePagedList((cursor) => lawQaApi.list(topic, cursor), { key: topic ?? '' });
  const choose = (next: QaTopic | undefined) => {
    setTopic(next);
    void Taro.pageScrollTo?.({ scrollTop: 0, duration: 0 })?.catch(() => undefined);
  };
  return (
    <PageShell className="law-qa">
      <View className="section law-qa__topics">
        <TopicChips value={topic} onChange={choose} />
      </View>
      <PagedListView
        list={list}
        empty={
          <View className="law-qa__empty">
            <EmptyState
              title={topic ? `“${topic}”还没有问答` : '还没有问答'}
              description={topic ? '看看其他主题，或点“全部”' : '工作人员审核发布后会显示在这里'}
            />
          </View>
        }
      >
        {(cards) =>
          cards.map((card) => <QaListItem key={card.id} card={card} showTopic={!topic} />)
        }
      </PagedListView>
    </PageShell>
  );
}
