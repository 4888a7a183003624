import Taro from '@tarojs/taro';

/** Opens the camera; resolves the scanned text and path, or undefined when the user cancels. */
export async function scan(
  scanType: ('barCode' | 'qrCode')[],
): Promise<{ result?: string; path?: string } | undefined> {
  try {
    return await Taro.scanCode({ scanType });
  } catch {
    return undefined;
  }
}
