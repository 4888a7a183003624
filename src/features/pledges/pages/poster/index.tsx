import { useRouter } from '@tarojs/taro';
import { View, Text, Canvas } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { useRegion } from '@/hooks/use-region';
import { pledgesApi } from '../../api';
import { CANVAS_ID, posterData, usePoster } from './use-poster';
import './index.scss';

/** 承诺海报: a printable poster with the promise, the number and the QR code. */
export default function PosterPage() {
  const id = useRouter().params.id ?? '';
  const pledge = useRemote(() => pledgesApi.get(id));
  const region = useRegion();
  const data = pledge.data ? posterData(pledge.data, region) : undefined;
  const poster = usePoster(data, id);
  const weapp = process.env.TARO_ENV === 'weapp';

  return (
    <PageShell className="poster">
      <LoadState {...pledge} onRetry={() => void pledge.reload()} skeletonRows={8}>
        {() => (
          <>
            <View className="poster__frame">
              {weapp ? (
                <Canvas id={CANVAS_ID} type="2d" className="poster__canvas" />
              ) : (
                <canvas id={CANVAS_ID} className="poster__canvas" aria-label="承诺海报" />
              )}
            </View>
            {poster.state === 'drawing' && <Text className="muted poster__note">海报生成中…</Text>}
            {poster.state === 'failed' && (
              <View className="poster__note poster__error" role="alert">
                海报生成失败，请返回后重试
              </View>
            )}
            {poster.qrMissing && (
              <View className="poster__note poster__error" role="alert">
                二维码加载失败，海报中暂缺二维码，请检查网络后重新打开
              </View>
            )}
            <View className="poster__actions">
              <Button
                block
                type="primary"
                loading={poster.saving}
                disabled={poster.state !== 'ready' || poster.saving}
                onClick={() => void poster.save()}
              >
                {weapp ? '保存到相册' : '下载海报图片'}
              </Button>
              <Text className="muted">保存后可打印张贴在收银台、店门口等醒目位置。</Text>
            </View>
          </>
        )}
      </LoadState>
    </PageShell>
  );
}
