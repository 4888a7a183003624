import Taro from '@tarojs/taro';

/**
 * Asks for a WeChat subscribe message of one template (weapp only, and only when the build
 * configured it: an empty id asks nothing). Must run straight from a tap, before anything is
 * awaited. True when accepted; declining or an unknown template never stops what the person does.
 */
export async function askForSubscribeMessage(template: string): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || !template) return false;
  try {
    // Taro's option type also lists other platforms' fields; weapp reads tmplIds only.
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [template] } as never)) as Record<
      string,
      unknown
    >;
    return answer[template] === 'accept';
  } catch {
    return false;
  }
}
