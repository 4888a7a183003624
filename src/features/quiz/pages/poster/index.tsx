import Taro, { useRouter } from '@tarojs/taro';
import { PosterScreen } from '@/components/poster/poster-view';
import { useRegion } from '@/hooks/use-region';
import { useSession } from '@/services/session';
import { useQuizResult } from '../../hooks/use-quiz-result';
import { shareTitle } from '../../quiz-vocabulary';
import { quizRoutes } from '../../routes';
import { CANVAS_ID, posterData, usePoster } from './use-poster';

/** 成绩海报: the score, the campaign and a QR code back to the quiz, to save and share. */
export default function QuizPosterPage() {
  const id = useRouter().params.id ?? '';
  const { result } = useQuizResult(id);
  const region = useRegion();
  const nickname = useSession()?.user.nickname;
  const data = result.data ? posterData(result.data, region, nickname) : undefined;
  const poster = usePoster(data);

  const title = result.data ? shareTitle(result.data.score, region?.county) : '识假辨假知识答题';
  Taro.useShareAppMessage(() => ({ title, path: `${quizRoutes.landing}?src=share` }));

  return (
    <PosterScreen
      className="quiz-poster"
      source={result}
      canvasId={CANVAS_ID}
      label="成绩海报"
      poster={poster}
      hint="保存后分享到朋友圈，邀请好友一起学习识假辨假知识。"
    />
  );
}
