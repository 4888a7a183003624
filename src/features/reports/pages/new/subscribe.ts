import Taro from '@tarojs/taro';

/** The subscribe-message template for a report's decision, when the build configured one. */
function reportTemplateId(): string {
  try {
    return process.env.TARO_APP_REPORT_TEMPLATE_ID ?? '';
  } catch {
    return ''; // no `process` at run time and the build did not define the value
  }
}

/**
 * 实名举报 on weapp: asks for the subscribe message that tells of the decision (第三十一条).
 * Must run straight from a tap, before anything is awaited. True when accepted.
 */
export async function askForDecisionMessage(): Promise<boolean> {
  const template = reportTemplateId();
  if (process.env.TARO_ENV !== 'weapp' || !template) return false;
  try {
    // Taro's option type also lists other platforms' fields; weapp reads tmplIds only.
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [template] } as never)) as Record<
      string,
      unknown
    >;
    return answer[template] === 'accept';
  } catch {
    return false; // declined: the report goes ahead, the message centre still tells them
  }
}
