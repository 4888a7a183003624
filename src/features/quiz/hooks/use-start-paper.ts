import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { Topic } from '@api/quiz';
import type { ApiError } from '@/services/request';
import { quizApi } from '../api';
import { quizRoutes } from '../routes';
import { paperDrafts } from './paper-store';

export const DAILY_LIMIT_MESSAGE = '今天的答题次数已用完，明天再来挑战吧！可以先去错题本复习。';

/**
 * 开始答题: draws a paper, keeps it as a draft and opens it. A daily limit answer becomes
 * `limitReached` (shown on the page); other failures are a toast.
 */
export function useStartPaper(how: 'navigate' | 'redirect' = 'navigate') {
  const [busy, setBusy] = useState(false);
  const [limitReached, setLimitReached] = useState<string>();

  const start = async (topic?: Topic) => {
    if (busy) return;
    setBusy(true);
    try {
      const paper = await quizApi.draw(topic ? { topic } : {});
      paperDrafts.start(paper);
      const url = quizRoutes.paper(paper.paperId);
      await (how === 'redirect' ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }));
    } catch (caught) {
      const error = caught as ApiError;
      if (error.code === 'QUIZ_DAILY_LIMIT') setLimitReached(DAILY_LIMIT_MESSAGE);
      else void Taro.showToast({ title: error.message || '出题失败，请重试', icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  return { start, busy, limitReached };
}
