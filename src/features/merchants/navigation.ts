import Taro from '@tarojs/taro';
import { locate, scanCode } from '@/services/device';
import { merchantRoutes } from './routes';
import { scanTarget, type ScanTarget } from './scan-target';

export const openMerchant = (id: string) => Taro.navigateTo({ url: merchantRoutes.detail(id) });
const openMerchantByCode = (code: string) =>
  Taro.navigateTo({ url: merchantRoutes.detailByCode(code) });

/** 扫一扫: the shop (its code) or business (a licence's credit code) scanned; nothing if none. */
export async function scanMerchantCode(): Promise<
  Exclude<ScanTarget, { kind: 'unknown' }> | undefined
> {
  const scanned = await scanCode('可输入商家名称搜索');
  if (!scanned) return undefined;
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

/** The phone's position as "lat,lng", or undefined (saying why) when there is none. */
export async function currentPosition(): Promise<string | undefined> {
  const position = await locate();
  if ('failure' in position) {
    void Taro.showToast({ title: `${position.failure}，按相关度排序`, icon: 'none' });
    return undefined;
  }
  return `${position.latitude.toFixed(5)},${position.longitude.toFixed(5)}`;
}
