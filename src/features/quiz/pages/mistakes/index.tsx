import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import type { Topic } from '@api/quiz';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { gatedPage } from '@/components/access-gate';
import { quizApi } from '../../api';
import { MistakeCard } from '../../components/mistake-card';
import { TopicChips } from '../../components/topic-chips';
import { quizRoutes } from '../../routes';
import './index.scss';

function MistakeList() {
  const [topic, setTopic] = useState<Topic>();
  const list = usePagedList(
    async (cursor?: string) => {
      const page = await quizApi.mistakes(topic, cursor);
      return {
        items: page.items.map((mistake) => ({ ...mistake, id: mistake.question.id })),
        nextCursor: page.nextCursor ?? null,
      };
    },
    { key: topic ?? '', reloadOnShow: true },
  );

  const master = async (questionId: string) => {
    await quizApi.removeMistake(questionId);
    list.remove(questionId);
    void Taro.showToast({ title: '已移出错题本', icon: 'none' });
  };

  return (
    <>
      <View className="section">
        <TopicChips value={topic} onChange={setTopic} />
      </View>
      <PagedListView
        list={list}
        empty={
          <View className="section quiz-mistakes__empty">
            <EmptyState
              title={topic ? `「${topic}」没有错题` : '错题本是空的'}
              description="答错的题目会自动收进这里，方便反复练习"
            />
            <Button
              block
              type="primary"
              onClick={() => void Taro.navigateTo({ url: quizRoutes.landing })}
            >
              去答题
            </Button>
          </View>
        }
        header={
          <Text className="muted quiz-mistakes__tip">
            先自己做一遍再看答案；掌握了就移出错题本。
          </Text>
        }
      >
        {(items) =>
          items.map((mistake) => (
            <MistakeCard key={mistake.id} mistake={mistake} onMastered={() => master(mistake.id)} />
          ))
        }
      </PagedListView>
    </>
  );
}

/** 错题本: the questions answered wrongly, to try again until mastered. */
export default gatedPage(
  'quiz-mistakes',
  { signInReason: '错题本记录在你的账号下，登录后查看。' },
  MistakeList,
);
