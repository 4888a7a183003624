import { View, Text, Canvas } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Remote } from '@/hooks/use-remote';
import { LoadState } from '../load-state';
import { PageShell } from '../page-shell';
import type { CanvasPoster } from './use-canvas-poster';
import './poster-view.scss';

interface PosterViewProps {
  canvasId: string;
  /** The H5 canvas's accessible name, e.g. 承诺海报. */
  label: string;
  poster: CanvasPoster;
  /** The line under the save button: what to do with the saved image. */
  hint: string;
}

/** The poster's canvas, its drawing / failure notes and the save button. */
export function PosterView({ canvasId, label, poster, hint }: PosterViewProps) {
  const weapp = process.env.TARO_ENV === 'weapp';
  return (
    <>
      <View className="poster-view__frame">
        {weapp ? (
          <Canvas id={canvasId} type="2d" className="poster-view__canvas" />
        ) : (
          <canvas id={canvasId} className="poster-view__canvas" aria-label={label} />
        )}
      </View>
      {poster.state === 'drawing' && <Text className="muted poster-view__note">海报生成中…</Text>}
      {poster.state === 'failed' && (
        <View className="poster-view__note poster-view__error" role="alert">
          <Text>海报生成失败，请重试</Text>
          <Button size="small" fill="outline" type="primary" onClick={poster.retry}>
            重新生成
          </Button>
        </View>
      )}
      {poster.qrFailure && (
        <View className="poster-view__note poster-view__error" role="alert">
          <Text>{poster.qrFailure}，海报中暂缺二维码。</Text>
          <Button size="small" fill="outline" type="primary" onClick={poster.retry}>
            重新加载二维码
          </Button>
        </View>
      )}
      <View className="poster-view__actions">
        <Button
          block
          type="primary"
          loading={poster.saving}
          disabled={poster.state !== 'ready' || poster.saving}
          onClick={() => void poster.save()}
        >
          {weapp ? '保存到相册' : '下载海报图片'}
        </Button>
        <Text className="muted">{hint}</Text>
      </View>
    </>
  );
}

interface PosterScreenProps extends PosterViewProps {
  className: string;
  /** What the poster is drawn from: the page waits for it (skeleton, error with retry). */
  source: Remote<unknown>;
}

/** A poster page: loads what the poster shows, then the canvas and the save button. */
export function PosterScreen({ className, source, ...view }: PosterScreenProps) {
  return (
    <PageShell className={className}>
      <LoadState {...source} onRetry={() => void source.reload()} skeletonRows={8}>
        {() => <PosterView {...view} />}
      </LoadState>
    </PageShell>
  );
}
