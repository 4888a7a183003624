import { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/page-shell';
import { PosterView } from '@/components/poster/poster-view';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { useRegion } from '@/hooks/use-region';
import { pledgesApi } from '../../api';
import { CANVAS_ID, posterData, usePoster } from './use-poster';

/** 承诺海报: a printable poster with the promise, the number and the QR code. */
export default function PosterPage() {
  const id = useRouter().params.id ?? '';
  const pledge = useRemote(() => pledgesApi.get(id));
  const region = useRegion();
  const data = pledge.data ? posterData(pledge.data, region) : undefined;
  const poster = usePoster(data, id);

  return (
    <PageShell className="poster">
      <LoadState {...pledge} onRetry={() => void pledge.reload()} skeletonRows={8}>
        {() => (
          <PosterView
            canvasId={CANVAS_ID}
            label="承诺海报"
            poster={poster}
            hint="保存后可打印张贴在收银台、店门口等醒目位置。"
          />
        )}
      </LoadState>
    </PageShell>
  );
}
