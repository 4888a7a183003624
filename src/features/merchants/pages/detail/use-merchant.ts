import { useRouter } from '@tarojs/taro';
import type { MerchantDetail } from '@api/merchants';
import { useRemote } from '@/hooks/use-remote';
import { merchantsApi } from '../../api';
import { merchantIdFromScene } from '../../scan-target';

/** The merchant named by the page's query: ?id=, ?code= (a credit code) or a shop code's scene. */
export function useMerchant() {
  const { params } = useRouter();
  const id = params.id ?? merchantIdFromScene(params.scene);
  const code = params.code;
  const remote = useRemote<MerchantDetail>(() => {
    if (id) return merchantsApi.get(id);
    if (code) return merchantsApi.byCode(code);
    return Promise.reject(new Error('missing merchant'));
  });
  const notFound =
    !remote.data && !remote.loading && (!id && !code ? true : remote.error?.status === 404);
  const invalidCode =
    remote.error?.code === 'INVALID_CREDIT_CODE' ? remote.error.message : undefined;
  return { ...remote, notFound, invalidCode, code };
}
