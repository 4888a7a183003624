import Taro from '@tarojs/taro';
import { scanTarget } from './scan-target';

const DETAIL = '/features/merchants/pages/detail/index';

export const openMerchant = (id: string) => Taro.navigateTo({ url: `${DETAIL}?id=${id}` });
export const openMerchantByCode = (code: string) =>
  Taro.navigateTo({ url: `${DETAIL}?code=${code}` });

/** 扫一扫: a shop's code opens the shop; a licence's credit code looks the business up. */
export async function scanAndOpen(): Promise<void> {
  let scanned: { result?: string; path?: string };
  try {
    scanned = await Taro.scanCode({});
  } catch {
    return; // cancelled
  }
  const target = scanTarget(scanned);
  if (target.kind === 'merchant') await openMerchant(target.id);
  else if (target.kind === 'credit-code') await openMerchantByCode(target.code);
  else void Taro.showToast({ title: '未识别出商家码或统一社会信用代码', icon: 'none' });
}

/** The phone's position as "lat,lng", or undefined when the user declines. */
export async function currentPosition(): Promise<string | undefined> {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
    return `${latitude.toFixed(5)},${longitude.toFixed(5)}`;
  } catch {
    void Taro.showToast({ title: '未获得位置权限，按相关度排序', icon: 'none' });
    return undefined;
  }
}
