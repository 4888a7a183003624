import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ApiError } from '@/services/request';
import { quizApi } from '../../api';
import { answersBody, paperDrafts, storedResults, type PaperDraft } from '../../hooks/paper-store';
import { useCountdown } from '../../hooks/use-countdown';
import { WARNING_SECONDS } from '../../quiz-vocabulary';
import { quizRoutes } from '../../routes';
import { toggleChoice } from '../../components/question-view';

/** Why the paper can no longer be answered here. */
export type PaperEnd =
  { kind: 'expired'; message: string } | { kind: 'missing'; message: string } | { kind: 'looking' };

/**
 * One paper being answered: the draft in storage (every choice written at once), the
 * countdown from receipt, the last-30-seconds warning, hand-in and the automatic hand-in at 0.
 */
export function usePaper(id: string) {
  const [draft, setDraft] = useState<PaperDraft | undefined>(() => paperDrafts.get(id));
  const [end, setEnd] = useState<PaperEnd | undefined>(() =>
    paperDrafts.get(id) ? undefined : { kind: 'looking' },
  );
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string>();
  const busy = useRef(false);
  const autoTried = useRef(false);
  const warned = useRef(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const deadline = draft ? draft.receivedAt + draft.paper.durationSeconds * 1000 : undefined;
  const left = useCountdown(deadline);

  // No draft on this phone: perhaps handed in already (another device, or a lost redirect).
  useEffect(() => {
    if (draft) return;
    let alive = true;
    quizApi
      .result(id)
      .then(() => alive && void Taro.redirectTo({ url: quizRoutes.result(id) }))
      .catch(
        () =>
          alive &&
          setEnd({
            kind: 'missing',
            message: '没有找到这份试卷，可能已清除或在其他设备上作答。请返回重新开始。',
          }),
      );
    return () => {
      alive = false;
    };
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const change = useCallback((patch: Partial<PaperDraft>) => {
    const current = draftRef.current;
    if (!current) return;
    const next = { ...current, ...patch };
    paperDrafts.save(next);
    draftRef.current = next;
    setDraft(next);
  }, []);

  const choose = (questionId: string, key: string) => {
    const current = draftRef.current;
    const question = current?.paper.questions.find((q) => q.id === questionId);
    // Time is up or the paper is on its way: the answers are final.
    if (!current || !question || submitting || left === 0) return;
    const chosen = toggleChoice(question, current.answers[questionId] ?? [], key);
    change({ answers: { ...current.answers, [questionId]: chosen } });
  };

  const goTo = (index: number) => {
    const current = draftRef.current;
    if (!current) return;
    const bounded = Math.max(0, Math.min(current.paper.questions.length - 1, index));
    change({ current: bounded });
  };

  const submit = async () => {
    const current = draftRef.current;
    if (!current || busy.current) return;
    busy.current = true;
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      const result = await quizApi.submit(
        id,
        { answers: answersBody(current) },
        current.idempotencyKey,
      );
      storedResults.set(id, { result, remainingToday: current.paper.remainingToday });
      paperDrafts.clear(id);
      await Taro.redirectTo({ url: quizRoutes.result(id) });
    } catch (caught) {
      const error = caught as ApiError;
      if (error.code === 'QUIZ_ALREADY_SUBMITTED') {
        paperDrafts.clear(id);
        await Taro.redirectTo({ url: quizRoutes.result(id) });
      } else if (error.code === 'QUIZ_PAPER_EXPIRED') {
        paperDrafts.clear(id);
        setEnd({
          kind: 'expired',
          message: error.message || '答题时间已过，本次作答无法提交，请重新开始一局。',
        });
      } else if (error.code === 'QUIZ_PAPER_NOT_FOUND') {
        paperDrafts.clear(id);
        setEnd({ kind: 'missing', message: error.message || '没有找到这份试卷' });
      } else {
        setSubmitError(error.message || '提交失败，请重试');
      }
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  };

  // The last 30 seconds: warn once.
  useEffect(() => {
    if (left === undefined || left === 0 || left > WARNING_SECONDS || warned.current) return;
    warned.current = true;
    void Taro.showToast({ title: `还剩${WARNING_SECONDS}秒，请抓紧作答`, icon: 'none' });
  }, [left]);

  // Time is up: hand in what there is, once (a failure then offers 重新提交).
  useEffect(() => {
    if (left !== 0 || autoTried.current || !draftRef.current) return;
    autoTried.current = true;
    void submit();
    // submit reads the latest draft through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [left]);

  return { draft, end, left, submitting, submitError, choose, goTo, submit };
}
