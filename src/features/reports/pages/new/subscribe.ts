import { askForSubscribeMessage } from '@/services/subscribe-message';

/** The subscribe-message template for a report's decision, when the build configured one. */
function reportTemplateId(): string {
  try {
    return process.env.TARO_APP_REPORT_TEMPLATE_ID ?? '';
  } catch {
    return ''; // no `process` at run time and the build did not define the value
  }
}

/**
 * 实名举报 on weapp: asks for the subscribe message that tells of the decision (第三十一条); the
 * message centre tells them either way.
 */
export const askForDecisionMessage = () => askForSubscribeMessage(reportTemplateId());
