import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SubmissionResult } from '@api/quiz';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { ReasonDialog } from '@/components/reason-dialog';
import { useRemote } from '@/hooks/use-remote';
import { useRegion } from '@/hooks/use-region';
import { quizApi } from '../../api';
import { ReviewCard } from '../../components/review-card';
import { useQuizResult } from '../../hooks/use-quiz-result';
import { useStartPaper } from '../../hooks/use-start-paper';
import {
  encouragement,
  formatDuration,
  MIN_PLAUSIBLE_SECONDS,
  shareTitle,
} from '../../quiz-vocabulary';
import { quizRoutes } from '../../routes';
import './index.scss';

const SHARE_PATH = `${quizRoutes.landing}?src=share`;

function ScoreCard({ result }: { result: SubmissionResult }) {
  return (
    <View className="quiz-result__score-card">
      <Text className="quiz-result__score" aria-label="得分">
        {result.score}
        <Text className="quiz-result__unit">分</Text>
      </Text>
      <Text className="quiz-result__summary">
        答对{result.correctCount}/{result.total} · 用时{formatDuration(result.secondsUsed)}
      </Text>
      <Text className="quiz-result__cheer">{encouragement(result.score)}</Text>
      {!result.ranked && (
        <View className="quiz-result__unranked" role="note">
          用时过短，本次成绩不计入排行榜（少于{MIN_PLAUSIBLE_SECONDS}秒）
        </View>
      )}
    </View>
  );
}

function Actions({ id, remaining }: { id: string; remaining: number | undefined }) {
  const starter = useStartPaper('redirect');
  const open = (url: string) => () => void Taro.navigateTo({ url });
  return (
    <View className="quiz-result__actions">
      {starter.limitReached && (
        <View className="quiz-result__limit" role="alert">
          {starter.limitReached}
        </View>
      )}
      {remaining !== undefined && remaining > 0 && !starter.limitReached && (
        <Button
          block
          type="primary"
          loading={starter.busy}
          disabled={starter.busy}
          onClick={() => void starter.start()}
        >
          再来一局（今日还剩{remaining}次）
        </Button>
      )}
      <Button block type="primary" fill="outline" onClick={open(quizRoutes.poster(id))}>
        生成成绩海报
      </Button>
      <View className="quiz-result__row">
        <Button fill="outline" onClick={open(quizRoutes.mistakes)}>
          错题本
        </Button>
        <Button fill="outline" onClick={open(quizRoutes.leaderboard)}>
          排行榜
        </Button>
      </View>
    </View>
  );
}

/** 答题结果: the score, each question with the chosen and correct answers, and what next. */
export default function ResultPage() {
  const id = useRouter().params.id ?? '';
  const { result, stored } = useQuizResult(id);
  const status = useRemote(quizApi.status);
  const region = useRegion();
  const [onlyWrong, setOnlyWrong] = useState(false);
  const [reporting, setReporting] = useState<string>();

  const remaining = status.data
    ? Math.max(0, status.data.dailyPapers - status.data.usedToday)
    : stored?.remainingToday;

  const title = result.data ? shareTitle(result.data.score, region?.county) : '识假辨假知识答题';
  Taro.useShareAppMessage(() => ({ title, path: SHARE_PATH }));
  Taro.useShareTimeline(() => ({ title, query: 'src=share' }));

  const report = async (message: string) => {
    if (!reporting) return;
    await quizApi.report({ questionId: reporting, message });
    setReporting(undefined);
    void Taro.showToast({ title: '感谢反馈，我们会尽快核实', icon: 'none' });
  };

  return (
    <PageShell className="quiz-result">
      <LoadState {...result} onRetry={() => void result.reload()} skeletonRows={8}>
        {(data) => {
          const items = data.review
            .map((item, i) => ({ item, index: i + 1 }))
            .filter(({ item }) => !onlyWrong || !item.isCorrect);
          return (
            <>
              <ScoreCard result={data} />
              <Actions id={id} remaining={remaining} />
              <View className="quiz-result__review-head">
                <Text className="section-title">答题解析</Text>
                <View
                  className="quiz-result__filter tap-target"
                  role="switch"
                  aria-checked={onlyWrong}
                  onClick={() => setOnlyWrong(!onlyWrong)}
                >
                  {onlyWrong ? '查看全部' : `只看错题（${data.total - data.correctCount}）`}
                </View>
              </View>
              {items.map(({ item, index }) => (
                <ReviewCard
                  key={item.question.id}
                  item={item}
                  index={index}
                  onReport={setReporting}
                />
              ))}
              {items.length === 0 && <View className="section muted">全部答对，没有错题！</View>}
            </>
          );
        }}
      </LoadState>
      <ReasonDialog
        visible={reporting !== undefined}
        title="题目有误"
        hint="请说明题干、选项、答案或解析哪里有误，工作人员核实后会修正。"
        confirmText="提交"
        what="问题描述"
        onCancel={() => setReporting(undefined)}
        onConfirm={report}
      />
    </PageShell>
  );
}
