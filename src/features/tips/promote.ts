import Taro from '@tarojs/taro';
import { advisoryRoutes } from '@/features/advisories';
import { tipsStaffApi } from './api';

/**
 * 转为官方提示: the published tip becomes a 提示 draft (credited 据消费者投稿), opened in the
 * advisory editor. False when it failed (request() has said why).
 */
export async function promoteTip(id: string): Promise<boolean> {
  try {
    const { advisoryId } = await tipsStaffApi.promote(id);
    void Taro.navigateTo({ url: advisoryRoutes.edit(advisoryId) });
    return true;
  } catch {
    return false;
  }
}
