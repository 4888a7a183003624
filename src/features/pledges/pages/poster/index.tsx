import { useRouter } from '@tarojs/taro';
import { PosterScreen } from '@/components/poster/poster-view';
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
    <PosterScreen
      className="poster"
      source={pledge}
      canvasId={CANVAS_ID}
      label="承诺海报"
      poster={poster}
      hint="保存后可打印张贴在收银台、店门口等醒目位置。"
    />
  );
}
