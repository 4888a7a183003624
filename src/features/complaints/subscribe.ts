import Taro from '@tarojs/taro';

/** The subscribe-message template for status changes, when the build configured one. */
export function complaintTemplateId(): string {
  try {
    return process.env.TARO_APP_COMPLAINT_TEMPLATE_ID ?? '';
  } catch {
    return ''; // no `process` at run time and the build did not define the value
  }
}

/**
 * Asks for WeChat subscribe messages about status changes (weapp only, and only when a template
 * is configured). Must run straight from a tap, before anything is awaited. True when accepted.
 */
export async function askForStatusMessages(): Promise<boolean> {
  const template = complaintTemplateId();
  if (process.env.TARO_ENV !== 'weapp' || !template) return false;
  try {
    // Taro's option type also lists other platforms' fields; weapp reads tmplIds only.
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [template] } as never)) as Record<
      string,
      unknown
    >;
    return answer[template] === 'accept';
  } catch {
    return false; // declined, or the template is unknown: the complaint goes ahead anyway
  }
}
