import Taro from '@tarojs/taro';
import { merchantRoutes } from './routes';
import { scanTarget, type ScanTarget } from './scan-target';

export const openMerchant = (id: string) => Taro.navigateTo({ url: merchantRoutes.detail(id) });
const openMerchantByCode = (code: string) =>
  Taro.navigateTo({ url: merchantRoutes.detailByCode(code) });

/** 扫一扫: the shop (its code) or business (a licence's credit code) scanned; nothing if none. */
export async function scanMerchantCode(): Promise<
  Exclude<ScanTarget, { kind: 'unknown' }> | undefined
> {
  let scanned: { result?: string; path?: string };
  try {
    scanned = await Taro.scanCode({});
  } catch {
    return undefined; // cancelled
  }
  const target = scanTarget(scanned);
  if (target.kind !== 'unknown') return target;
  void Taro.showToast({ title: '未识别出商家码或统一社会信用代码', icon: 'none' });
  return undefined;
}

/** 扫一扫: a shop's code opens the shop; a licence's credit code looks the business up. */
export async function scanAndOpen(): Promise<void> {
  const target = await scanMerchantCode();
  if (target?.kind === 'merchant') await openMerchant(target.id);
  else if (target?.kind === 'credit-code') await openMerchantByCode(target.code);
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
