/**
 * The camera, map and position, for both builds. WeChat's scanCode and chooseLocation have no
 * browser counterpart here, so the H5 build says plainly where they work instead of failing
 * silently; the position comes from the browser's geolocation.
 */
import Taro from '@tarojs/taro';

/** Read at call time: the build inlines it, and client tests switch it per test. */
const inBrowser = () => process.env.TARO_ENV === 'h5';

const say = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 3000 });

/** A user who backs out of the camera or map has nothing to be told. */
function cancelled(caught: unknown): boolean {
  const failure = caught as { errMsg?: string; message?: string } | undefined;
  return `${failure?.errMsg ?? ''} ${failure?.message ?? ''}`.includes('cancel');
}

export type Scanned = { result?: string; path?: string };

/**
 * 扫一扫: the scanned text and path, or undefined. In the browser it says scanning works in
 * the mini-program and what to do on this page instead (`instead`).
 */
export async function scanCode(
  instead: string,
  scanType?: ('barCode' | 'qrCode')[],
): Promise<Scanned | undefined> {
  if (inBrowser()) {
    say(`扫一扫需在微信小程序中使用，${instead}`);
    return undefined;
  }
  try {
    return await Taro.scanCode(scanType ? { scanType } : {});
  } catch (caught) {
    if (!cancelled(caught)) say('未能打开扫一扫，请允许微信使用摄像头后重试');
    return undefined;
  }
}

export type MapSpot = { name: string; address: string; latitude: number; longitude: number };

/** 在地图上选择: the chosen place, or undefined (the address can always be typed). */
export async function chooseOnMap(): Promise<MapSpot | undefined> {
  if (inBrowser()) {
    say('在地图上选择需在微信小程序中使用，地址可直接填写');
    return undefined;
  }
  try {
    return await Taro.chooseLocation({});
  } catch (caught) {
    if (!cancelled(caught)) say('未能打开地图，位置可以不填');
    return undefined;
  }
}

export type Position = { latitude: number; longitude: number };

const GEOLOCATION_FAILURES: Record<number, string> = {
  1: '浏览器未允许获取位置',
  2: '无法获取当前位置',
  3: '获取位置超时',
};

function browserPosition(): Promise<Position | { failure: string }> {
  const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
  if (!geolocation) return Promise.resolve({ failure: '当前浏览器不支持定位' });
  return new Promise((resolve) =>
    geolocation.getCurrentPosition(
      ({ coords }) => resolve({ latitude: coords.latitude, longitude: coords.longitude }),
      (error) => resolve({ failure: GEOLOCATION_FAILURES[error.code] ?? '无法获取当前位置' }),
      { timeout: 10_000, maximumAge: 60_000 },
    ),
  );
}

/** The phone's position, or why it could not be had (plain Chinese, for the caller to show). */
export async function locate(): Promise<Position | { failure: string }> {
  if (inBrowser()) return browserPosition();
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
    return { latitude, longitude };
  } catch {
    return { failure: '未获得位置权限' };
  }
}
