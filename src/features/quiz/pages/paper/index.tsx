import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Dialog, type ButtonProps } from '@nutui/nutui-react-taro';
import { NoticeCard } from '@/components/notice-card';
import { PageShell } from '@/components/page-shell';
import { QuestionView } from '../../components/question-view';
import { formatClock, WARNING_SECONDS } from '../../quiz-vocabulary';
import { quizRoutes } from '../../routes';
import { usePaper } from './use-paper';
import './index.scss';

/** 答题: one question at a time against the clock, with an answer sheet and 交卷. */
export default function PaperPage() {
  const id = useRouter().params.id ?? '';
  const paper = usePaper(id);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);

  if (paper.end || !paper.draft) {
    const end = paper.end;
    return (
      <PageShell className="quiz-paper">
        {end && end.kind !== 'looking' ? (
          <NoticeCard
            className="quiz-paper__ended"
            title={end.kind === 'expired' ? '答题时间已过' : '试卷不存在'}
            message={end.message}
            action="返回答题首页"
            onAction={() => void Taro.redirectTo({ url: quizRoutes.landing })}
          />
        ) : (
          <View className="section muted" aria-busy="true">
            正在打开试卷…
          </View>
        )}
      </PageShell>
    );
  }

  const { questions } = paper.draft.paper;
  const index = Math.min(paper.draft.current, questions.length - 1);
  const question = questions[index];
  const answers = paper.draft.answers;
  const isAnswered = (qid: string) => (answers[qid]?.length ?? 0) > 0;
  const answeredCount = questions.filter((q) => isAnswered(q.id)).length;
  const unanswered = questions.length - answeredCount;
  const left = paper.left ?? 0;
  const warning = left <= WARNING_SECONDS;
  const last = index === questions.length - 1;

  const handIn = () => {
    if (paper.submitting) return;
    if (unanswered > 0) setConfirming(true);
    else void paper.submit();
  };
  // 交卷 in the bottom bar on the last question, a quiet link under it before then.
  const handInButton = (look: Partial<Pick<ButtonProps, 'type' | 'fill' | 'size'>>) => (
    <Button {...look} loading={paper.submitting} disabled={paper.submitting} onClick={handIn}>
      {paper.submitError ? '重新提交' : '交卷'}
    </Button>
  );

  return (
    <PageShell className="quiz-paper">
      <View className="quiz-paper__bar">
        <Text className="quiz-paper__progress">
          第 {index + 1}/{questions.length} 题 · 已答 {answeredCount}
        </Text>
        <View
          className={`quiz-paper__clock ${warning ? 'quiz-paper__clock--warning' : ''}`}
          role="timer"
          aria-label="剩余时间"
        >
          {formatClock(left)}
        </View>
      </View>
      <View className="quiz-paper__track">
        <View
          className="quiz-paper__track-fill"
          style={{ width: `${(answeredCount / questions.length) * 100}%` }}
        />
      </View>
      {warning && left > 0 && (
        <View className="quiz-paper__warning" role="alert">
          最后{left}秒，时间到将自动交卷
        </View>
      )}

      <View className="section">
        <QuestionView
          question={question}
          index={index + 1}
          total={questions.length}
          chosen={answers[question.id] ?? []}
          onChoose={(key) => paper.choose(question.id, key)}
        />
      </View>

      {paper.submitError && (
        <View className="section quiz-paper__error" role="alert">
          <Text>提交失败：{paper.submitError}</Text>
          <Text className="muted">你的作答已保存在本机，不会丢失，请检查网络后重新提交。</Text>
        </View>
      )}

      {sheetOpen && (
        <View className="section quiz-paper__sheet" aria-label="答题卡">
          <View className="section-title">答题卡</View>
          <View className="quiz-paper__cells">
            {questions.map((q, i) => (
              <View
                key={q.id}
                className={`quiz-paper__cell tap-target ${isAnswered(q.id) ? 'quiz-paper__cell--done' : ''} ${i === index ? 'quiz-paper__cell--current' : ''}`}
                role="button"
                aria-label={`第${i + 1}题${isAnswered(q.id) ? '已答' : '未答'}`}
                onClick={() => {
                  paper.goTo(i);
                  setSheetOpen(false);
                }}
              >
                {i + 1}
              </View>
            ))}
          </View>
          <Text className="muted">
            已答 {answeredCount} 题，未答 {unanswered} 题
          </Text>
        </View>
      )}

      <View className="quiz-paper__actions">
        <Button disabled={index === 0} onClick={() => paper.goTo(index - 1)}>
          上一题
        </Button>
        <Button fill="outline" onClick={() => setSheetOpen(!sheetOpen)}>
          答题卡
        </Button>
        {last ? (
          handInButton({ type: 'primary' })
        ) : (
          <Button type="primary" onClick={() => paper.goTo(index + 1)}>
            下一题
          </Button>
        )}
      </View>
      {!last && (
        <View className="quiz-paper__handin">{handInButton({ fill: 'none', size: 'small' })}</View>
      )}

      <Dialog
        visible={confirming}
        title="确定交卷吗？"
        confirmText="交卷"
        cancelText="继续答题"
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void paper.submit();
        }}
      >
        还有 {unanswered} 题未作答，未作答的题目按答错计。
      </Dialog>
    </PageShell>
  );
}
