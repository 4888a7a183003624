import Taro, { useRouter } from '@tarojs/taro';
import { useRemote } from '@/hooks/use-remote';
import { disclosureApi } from '../../api';
import { disclosureRoutes } from '../../routes';

/** One batch, public or (preview=1, staff) exactly as it would be published; 转发 by title. */
export function useDisclosureBatch() {
  const params = useRouter().params;
  const id = params.id ?? '';
  const preview = params.preview === '1';
  const remote = useRemote(() => (preview ? disclosureApi.preview(id) : disclosureApi.get(id)));

  Taro.useShareAppMessage(() => ({
    title: remote.data?.title ?? '投诉公示',
    path: disclosureRoutes.batch(id),
  }));

  return { id, preview, remote };
}
