import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text, Canvas } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { useRegion } from '@/hooks/use-region';
import { useSession } from '@/services/session';
import { quizApi } from '../../api';
import { storedResults } from '../../hooks/paper-store';
import { quizRoutes, shareTitle } from '../../quiz-vocabulary';
import { CANVAS_ID, posterData, usePoster } from './use-poster';
import './index.scss';

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
  const weapp = process.env.TARO_ENV === 'weapp';

  const title = result.data ? shareTitle(result.data.score, region?.county) : '识假辨假知识答题';
  Taro.useShareAppMessage(() => ({ title, path: `${quizRoutes.landing}?src=share` }));

  return (
    <PageShell className="quiz-poster">
      <LoadState {...result} onRetry={() => void result.reload()} skeletonRows={8}>
        {() => (
          <>
            <View className="quiz-poster__frame">
              {weapp ? (
                <Canvas id={CANVAS_ID} type="2d" className="quiz-poster__canvas" />
              ) : (
                <canvas id={CANVAS_ID} className="quiz-poster__canvas" aria-label="成绩海报" />
              )}
            </View>
            {poster.state === 'drawing' && (
              <Text className="muted quiz-poster__note">海报生成中…</Text>
            )}
            {poster.state === 'failed' && (
              <View className="quiz-poster__note quiz-poster__error" role="alert">
                海报生成失败，请返回后重试
              </View>
            )}
            {poster.qrMissing && (
              <View className="quiz-poster__note quiz-poster__error" role="alert">
                二维码加载失败，海报中暂缺二维码，请检查网络后重新打开
              </View>
            )}
            <View className="quiz-poster__actions">
              <Button
                block
                type="primary"
                loading={poster.saving}
                disabled={poster.state !== 'ready' || poster.saving}
                onClick={() => void poster.save()}
              >
                {weapp ? '保存到相册' : '下载海报图片'}
              </Button>
              <Text className="muted">保存后分享到朋友圈，邀请好友一起学习识假辨假知识。</Text>
            </View>
          </>
        )}
      </LoadState>
    </PageShell>
  );
}
