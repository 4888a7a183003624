import { useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { QuizStatus, Topic } from '@api/quiz';
import { QUIZ_TOPICS } from '@/domain/quiz-vocabulary';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { useRegion } from '@/hooks/use-region';
import { SignInGate } from '@/components/access-gate';
import { quizApi } from '../../api';
import { TopicChips } from '../../components/topic-chips';
import { paperDrafts, type PaperDraft } from '../../hooks/paper-store';
import { useCountdown } from '../../hooks/use-countdown';
import { DAILY_LIMIT_MESSAGE, useStartPaper } from '../../hooks/use-start-paper';
import { campaignLine, formatClock, formatDuration } from '../../quiz-vocabulary';
import { quizRoutes } from '../../routes';
import './index.scss';

/** 继续答题: the paper drawn earlier and not yet handed in. */
function ResumeCard({ draft }: { draft: PaperDraft }) {
  // Ticks like the paper's own clock (same deadline: receipt + duration).
  const left = useCountdown(draft.receivedAt + draft.paper.durationSeconds * 1000) ?? 0;
  const answered = Object.values(draft.answers).filter((keys) => keys.length > 0).length;
  const open = () => void Taro.navigateTo({ url: quizRoutes.paper(draft.paper.paperId) });
  return (
    <View className="section quiz-home__resume" role="status">
      <View className="quiz-home__resume-text">
        <Text className="quiz-home__resume-title">
          {left > 0 ? '你有一份未完成的试卷' : '上次的试卷已到时间'}
        </Text>
        <Text className="muted">
          已答 {answered}/{draft.paper.questions.length} 题
          {left > 0 ? ` · 剩余 ${formatClock(left)}` : ' · 交卷即可查看成绩'}
        </Text>
      </View>
      <Button type="primary" size="small" onClick={open}>
        {left > 0 ? '继续答题' : '去交卷'}
      </Button>
    </View>
  );
}

function Landing({ status }: { status: QuizStatus }) {
  // ?topic= from a 法润乡村 check-in: the session's topic chosen already.
  const asked = useRouter().params.topic;
  const [topic, setTopic] = useState<Topic | undefined>(() =>
    (QUIZ_TOPICS as readonly string[]).includes(asked ?? '') ? (asked as Topic) : undefined,
  );
  const [draft, setDraft] = useState(paperDrafts.open);
  const starter = useStartPaper();
  useDidShow(() => setDraft(paperDrafts.open()));

  const remaining = Math.max(0, status.dailyPapers - status.usedToday);
  const limitMessage = starter.limitReached ?? (remaining === 0 ? DAILY_LIMIT_MESSAGE : undefined);
  const counts = Object.fromEntries(status.topics.map((t) => [t.topic, t.questions]));

  return (
    <>
      <View className="section quiz-home__rules">
        <View className="quiz-home__rule">
          <Text className="quiz-home__rule-value">{status.questionsPerPaper}</Text>
          <Text className="muted">题/局</Text>
        </View>
        <View className="quiz-home__rule">
          <Text className="quiz-home__rule-value">{formatDuration(status.paperSeconds)}</Text>
          <Text className="muted">限时</Text>
        </View>
        <View className="quiz-home__rule">
          <Text className="quiz-home__rule-value">{status.dailyPapers}</Text>
          <Text className="muted">次/天</Text>
        </View>
        <View className="quiz-home__rule">
          <Text className="quiz-home__rule-value quiz-home__remaining">{remaining}</Text>
          <Text className="muted">今日剩余</Text>
        </View>
      </View>
      <Text className="muted quiz-home__rule-line">
        每局 {status.questionsPerPaper} 题，限时 {formatDuration(status.paperSeconds)}
        ，每天可答 {status.dailyPapers} 次，今日剩余 {remaining} 次。多选题全部选对才得分。
      </Text>

      {draft && <ResumeCard draft={draft} />}

      <View className="section">
        <View className="section-title">选择题目范围</View>
        <TopicChips value={topic} onChange={setTopic} counts={counts} />
        {limitMessage ? (
          <View className="quiz-home__limit" role="alert">
            {limitMessage}
          </View>
        ) : null}
        <Button
          className="quiz-home__start"
          block
          type="primary"
          size="large"
          loading={starter.busy}
          disabled={starter.busy || Boolean(limitMessage)}
          onClick={() => void starter.start(topic)}
        >
          开始答题
        </Button>
      </View>

      <View className="section quiz-home__best">
        <Text className="section-title">我的最好成绩</Text>
        {status.best ? (
          <Text className="quiz-home__best-score">
            {status.best.score}分 · 用时{formatDuration(status.best.seconds)}
          </Text>
        ) : (
          <Text className="muted">还没有成绩，答一局试试吧</Text>
        )}
      </View>

      <View className="section quiz-home__entries">
        <View
          className="quiz-home__entry tap-target"
          role="button"
          onClick={() => void Taro.navigateTo({ url: quizRoutes.mistakes })}
        >
          <Text className="quiz-home__entry-title">错题本</Text>
          <Text className="muted">{status.mistakes} 道错题待复习</Text>
        </View>
        <View
          className="quiz-home__entry tap-target"
          role="button"
          onClick={() => void Taro.navigateTo({ url: quizRoutes.leaderboard })}
        >
          <Text className="quiz-home__entry-title">排行榜</Text>
          <Text className="muted">看看谁是识假达人</Text>
        </View>
      </View>
    </>
  );
}

function SignedInLanding() {
  const status = useRemote(quizApi.status);
  // Back from a finished paper: the day's count and the best score have changed.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void status.reload();
    shown.current = true;
  });
  return (
    <LoadState {...status} onRetry={() => void status.reload()} skeletonRows={8}>
      {(data) => <Landing status={data} />}
    </LoadState>
  );
}

/** 识假辨假答题: the rules, the day's chances, a topic and 开始答题. */
export default function QuizLandingPage() {
  const region = useRegion();
  return (
    <PageShell className="quiz-home">
      <View className="quiz-home__hero">
        <Text className="quiz-home__campaign">{campaignLine(region)}</Text>
        <Text className="quiz-home__title">识假辨假 知识答题</Text>
        <Text className="quiz-home__slogan">学会识别假冒伪劣，维护自身合法权益</Text>
      </View>
      <SignInGate reason="答题成绩、错题本和排行榜需要登录后记录。">
        <SignedInLanding />
      </SignInGate>
    </PageShell>
  );
}
