import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/page-shell';
import { PosterView } from '@/components/poster/poster-view';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { useRegion } from '@/hooks/use-region';
import { useSession } from '@/services/session';
import { quizApi } from '../../api';
import { storedResults } from '../../hooks/paper-store';
import { quizRoutes, shareTitle } from '../../quiz-vocabulary';
import { CANVAS_ID, posterData, usePoster } from './use-poster';

/** 成绩海报: the score, the campaign and a QR code back to the quiz, to save and share. */
export default function QuizPosterPage() {
  const id = useRouter().params.id ?? '';
  const [stored] = useState(() => storedResults.get(id));
  const result = useRemote(
    () => (stored ? Promise.resolve(stored.result) : quizApi.result(id)),
    stored?.result,
  );
  const region = useRegion();
  const nickname = useSession()?.user.nickname;
  const data = result.data ? posterData(result.data, region, nickname) : undefined;
  const poster = usePoster(data);

  const title = result.data ? shareTitle(result.data.score, region?.county) : '识假辨假知识答题';
  Taro.useShareAppMessage(() => ({ title, path: `${quizRoutes.landing}?src=share` }));

  return (
    <PageShell className="quiz-poster">
      <LoadState {...result} onRetry={() => void result.reload()} skeletonRows={8}>
        {() => (
          <PosterView
            canvasId={CANVAS_ID}
            label="成绩海报"
            poster={poster}
            hint="保存后分享到朋友圈，邀请好友一起学习识假辨假知识。"
          />
        )}
      </LoadState>
    </PageShell>
  );
}
